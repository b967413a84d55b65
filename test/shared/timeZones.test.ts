// Date cells in a spreadsheet's time zone: read as its wall clock, written as its midnight, «today» is its today.
import { afterEach, describe, expect, it, vi } from "vitest";
import { readBook } from "../../shared/book.ts";
import { dateCellIn, dateOfCell, today } from "../../shared/dates.ts";
import { isTimeZone, TimeZoneError, useZoneFormatter } from "../../shared/timeZone.ts";
import { parseDateTime } from "../../shared/values.ts";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { zonelessIntl } from "../helpers/zonelessIntl.ts";

/** The instant Sheets gives for the wall clock 01.09.2025 00:00 in each zone (UTC+5, +10, +2; no DST since 2014). */
const MIDNIGHT = {
  "Asia/Yekaterinburg": Date.UTC(2025, 7, 31, 19),
  "Asia/Vladivostok": Date.UTC(2025, 7, 31, 14),
  "Europe/Kaliningrad": Date.UTC(2025, 7, 31, 22),
  "Europe/Moscow": Date.UTC(2025, 7, 31, 21),
} as const;

describe("date cells in the spreadsheet's zone", () => {
  it.each(Object.entries(MIDNIGHT))(
    "%s: 01.09.2025 reads as 2025-09-01 and is written back as the same instant",
    (zone, ms) => {
      const cell = new Date(ms);
      expect(dateOfCell(cell, zone)).toBe("2025-09-01T00:00:00");
      expect(parseDateTime(cell, zone)).toBe("2025-09-01T00:00:00");
      expect(dateCellIn("2025-09-01", zone).getTime()).toBe(ms);
      expect(dateCellIn("2025-09-01T10:30:00", zone).getTime()).toBe(ms + 10.5 * 3_600_000);
    },
  );

  it("keeps a time of day and works across a daylight-saving change (Berlin, 30.03.2025 03:30 CEST)", () => {
    const instant = new Date(Date.UTC(2025, 2, 30, 1, 30));
    expect(dateOfCell(instant, "Europe/Berlin")).toBe("2025-03-30T03:30:00");
    expect(dateCellIn("2025-03-30T03:30:00", "Europe/Berlin").getTime()).toBe(instant.getTime());
  });

  it("«today» is the spreadsheet's today: 23:30 in Moscow is already tomorrow in Vladivostok", () => {
    const now = new Date(Date.UTC(2026, 10, 30, 20, 30));
    expect(today(now, "Europe/Moscow")).toBe("2026-11-30");
    expect(today(now, "Asia/Vladivostok")).toBe("2026-12-01");
  });

  it("without a zone a cell is read in local time, as the .xlsx reader gives it; an unknown zone is an error, never another zone's date", () => {
    const local = new Date(2025, 8, 1, 0, 0);
    expect(dateOfCell(local)).toBe("2025-09-01T00:00:00");
    expect(dateCellIn("2025-09-01").getTime()).toBe(local.getTime());
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(() => dateOfCell(local, "Mars/Olympus")).toThrow(TimeZoneError);
    expect(() => dateCellIn("2025-09-01", "Mars/Olympus")).toThrow("TIME_ZONE_UNKNOWN: Mars/Olympus");
  });

  it("readBook reads a register kept in Yekaterinburg with its own dates: periods, «not in the future», report date", () => {
    const zone = "Asia/Yekaterinburg";
    const sheets = sampleSheets().map((s) => ({ name: s.name, values: s.rows.map((row) => [...row]) }));
    const register = sheets.find((s) => s.name === "Реестр ИОМ")!;
    register.values[1]![6] = new Date(MIDNIGHT[zone]); // «Дата начала» 01.09.2025
    // «Дата окончания обучения» = the report date itself (30.11.2026), not a day in the future.
    register.values[2]![11] = new Date(Date.UTC(2026, 10, 29, 19));
    const settings = sheets.find((s) => s.name === "Настройки")!;
    const at = settings.values.findIndex((row) => row[0] === "Дата отчёта");
    settings.values[at] = ["Дата отчёта", new Date(Date.UTC(2026, 10, 29, 19))];
    const book = readBook(sheets, { timeZone: zone });
    expect(book.reportDate).toBe("2026-11-30");
    expect(book.register.rows[0]!.data.start).toBe("2025-09-01");
    expect(book.register.rows[1]!.data.courseDate).toBe("2026-11-30");
    expect(book.findings.filter((f) => f.code === "date.future")).toEqual([]);
  });
});

describe("a runtime whose Intl has no time zones", () => {
  const realIntl = Intl;
  const yekaterinburg = new Date(MIDNIGHT["Asia/Yekaterinburg"]);
  afterEach(() => {
    vi.unstubAllGlobals();
    useZoneFormatter(null);
  });

  it("refuses to read a zoned date rather than reading it in local time (a day early)", () => {
    vi.stubGlobal("Intl", zonelessIntl(realIntl));
    useZoneFormatter(null); // drop what earlier tests cached with the full Intl
    expect(() => dateOfCell(yekaterinburg, "Asia/Yekaterinburg")).toThrow(TimeZoneError);
    const sheets = sampleSheets().map((sheet) => ({ name: sheet.name, values: sheet.rows }));
    expect(() => readBook(sheets, { timeZone: "Asia/Yekaterinburg" })).toThrow(TimeZoneError);
  });

  it("reads and writes it through the platform's formatter (Apps Script: Utilities.formatDate)", () => {
    const format = new realIntl.DateTimeFormat("sv-SE", {
      timeZone: "Asia/Yekaterinburg",
      dateStyle: "short",
      timeStyle: "medium",
    });
    const utilitiesFormatDate = (ms: number, zone: string) => {
      expect(zone).toBe("Asia/Yekaterinburg");
      return format.format(new Date(ms)); // «2025-09-01 00:00:00», as formatDate(…, "yyyy-MM-dd HH:mm:ss")
    };
    vi.stubGlobal("Intl", zonelessIntl(realIntl));
    useZoneFormatter(utilitiesFormatDate);
    expect(dateOfCell(yekaterinburg, "Asia/Yekaterinburg")).toBe("2025-09-01T00:00:00");
    expect(dateCellIn("2025-09-01", "Asia/Yekaterinburg").getTime()).toBe(yekaterinburg.getTime());
    expect(today(new Date(Date.UTC(2026, 10, 29, 19, 30)), "Asia/Yekaterinburg")).toBe("2026-11-30");
  });

  it("an Intl that answers in the wrong zone (here: always UTC) loses to the platform's formatter", () => {
    const format = new realIntl.DateTimeFormat("sv-SE", {
      timeZone: "Asia/Yekaterinburg",
      dateStyle: "short",
      timeStyle: "medium",
    });
    const RealFormat = realIntl.DateTimeFormat;
    function AlwaysUtc(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return new RealFormat(locales, { ...options, timeZone: "UTC" });
    }
    vi.stubGlobal("Intl", Object.create(realIntl, { DateTimeFormat: { value: AlwaysUtc } }));
    useZoneFormatter((ms) => format.format(new Date(ms)));
    expect(dateOfCell(yekaterinburg, "Asia/Yekaterinburg")).toBe("2025-09-01T00:00:00");
  });
});

describe("the platform's formatter beside an Intl that has the zones", () => {
  const realIntl = Intl;
  afterEach(() => useZoneFormatter(null));

  it("costs two calls per zone, however many dates are read", () => {
    const formats = new Map(
      ["Asia/Yekaterinburg", "Europe/Berlin"].map((zone) => [
        zone,
        new realIntl.DateTimeFormat("sv-SE", { timeZone: zone, dateStyle: "short", timeStyle: "medium" }),
      ]),
    );
    const calls: string[] = [];
    useZoneFormatter((ms, zone) => {
      calls.push(zone);
      return formats.get(zone)?.format(new Date(ms)) ?? "не дата";
    });
    const yekaterinburg = new Date(MIDNIGHT["Asia/Yekaterinburg"]);
    const berlin = new Date(Date.UTC(2025, 2, 30, 1, 30));
    for (let day = 0; day < 30; day++) {
      expect(dateOfCell(new Date(yekaterinburg.getTime() + day * 86_400_000), "Asia/Yekaterinburg")).toBe(
        `2025-09-${String(day + 1).padStart(2, "0")}T00:00:00`,
      );
      expect(dateOfCell(berlin, "Europe/Berlin")).toBe("2025-03-30T03:30:00");
    }
    expect(calls).toEqual(["Asia/Yekaterinburg", "Asia/Yekaterinburg", "Europe/Berlin", "Europe/Berlin"]);
    // A zone the formatter does not know is told by one call, and Intl serves it.
    expect(dateOfCell(yekaterinburg, "Asia/Vladivostok")).toBe("2025-09-01T05:00:00");
    expect(calls.slice(4)).toEqual(["Asia/Vladivostok"]);
  });
});
