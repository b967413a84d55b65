// A register kept outside Moscow: the add-on (running in Moscow time, like its manifest) reads and writes dates as
// the spreadsheet shows them, in the spreadsheet's time zone, and «today» is the spreadsheet's today.
import { describe, expect, test } from "vitest";
import { readBook } from "../../shared/book.ts";
import { buildRoutes } from "../../shared/iom/buildRoutes.ts";
import { computeKpis } from "../../shared/kpi/compute.ts";
import { kpiTable } from "../../shared/tables/kpiTable.ts";
import { sampleSheets, sheetOf, type TestSheet } from "../helpers/sampleBook.ts";
import { zonelessIntl } from "../helpers/zonelessIntl.ts";
import { builtAddon, loadAddon } from "./addon.ts";
import { column } from "./sheetView.ts";

const ZONES = ["Asia/Yekaterinburg", "Asia/Vladivostok", "Europe/Kaliningrad"] as const;

/** The sample book with real date cells on the edges: diagnostics on 01.09.2026, a course finished on the report date. */
function edgeBook(): TestSheet[] {
  const sheets = sampleSheets();
  const diagnostics = sheetOf(sheets, "Диагностика").rows;
  diagnostics[1]![1] = new Date(2026, 8, 1);
  diagnostics[2]![1] = new Date(2026, 8, 1);
  const register = sheetOf(sheets, "Реестр ИОМ").rows;
  register[1]![6] = new Date(2026, 8, 1);
  register[2]![11] = new Date(2026, 10, 30);
  sheetOf(sheets, "Настройки").rows[3] = ["Дата отчёта", new Date(2026, 10, 30)];
  return sheets;
}

/** The book as its sheets show it: the test's Dates are wall clocks, read in local time like an .xlsx file. */
const asShown = (sheets: TestSheet[]) => readBook(sheets.map((s) => ({ name: s.name, values: s.rows })));

const wall = (cell: unknown) =>
  cell instanceof Date
    ? `${cell.getFullYear()}-${String(cell.getMonth() + 1).padStart(2, "0")}-${String(cell.getDate()).padStart(2, "0")} ${cell.getHours()}:${String(cell.getMinutes()).padStart(2, "0")}`
    : cell;

describe.each(ZONES)("a spreadsheet in %s", (timeZone) => {
  test("check and KPIs read the dates the sheet shows (01.09 is in the academic year; the report date is not «future»)", async () => {
    const env = loadAddon(await builtAddon(), edgeBook(), { timeZone });
    env.call("runAction", "check");
    env.call("runAction", "kpis");
    const expected = asShown(edgeBook());
    expect(env.call<{ errors: number; warnings: number }>("getResult", "check")).toMatchObject({
      errors: expected.findings.filter((f) => f.severity === "error").length,
      warnings: expected.findings.filter((f) => f.severity === "warning").length,
    });
    const kpis = env.call<{ reportDate: string; kpis: { id: string; value: string }[] }>("getResult", "kpis");
    expect(kpis.reportDate).toBe("2026-11-30");
    expect(kpis.kpis.map((k) => [k.id, k.value])).toEqual(
      kpiTable(computeKpis(expected)).rows.map((row) => [row.id, row.valueText]),
    );
  });

  test("routes are written with the dates they are planned for, at the spreadsheet's midnight", async () => {
    const env = loadAddon(await builtAddon(), edgeBook(), { timeZone });
    env.call("runAction", "routes");
    const activities = buildRoutes(asShown(edgeBook())).routes.flatMap((route) => route.activities);
    const iom = env.ss.sheet("ИОМ");
    expect(column(iom, "Начало").map(wall)).toEqual(activities.map((a) => `${a.start} 0:00`));
    expect(column(iom, "Окончание").map(wall)).toEqual(activities.map((a) => `${a.end} 0:00`));
    const person = env.call<{ person: { activities: { start: string }[] } }>(
      "lookupPerson",
      "ivanova@school1.ru",
    );
    expect(person.person.activities.map((a) => a.start)).toEqual(
      activities.filter((_, i) => column(iom, "Email")[i] === "ivanova@school1.ru").map((a) => a.start),
    );
  });
});

test("«today» is the spreadsheet's: at 23:30 in Moscow on 30 November it is already December in Vladivostok", async () => {
  const book = sampleSheets().filter((s) => s.name !== "Настройки");
  const months = await Promise.all(
    ["Europe/Moscow", "Asia/Vladivostok", "Europe/Kaliningrad"].map(async (timeZone) => {
      const env = loadAddon(await builtAddon(), book, { timeZone });
      env.log.now = Date.UTC(2026, 10, 30, 20, 30);
      return env.call<{ syncMonth: string }>("getStatus").syncMonth;
    }),
  );
  expect(months).toEqual(["2026-11", "2026-12", "2026-11"]);
});

test("a runtime Intl without time zones: Yekaterinburg's dates still read as the sheet shows them (Utilities.formatDate), not a day early", async () => {
  const env = loadAddon(await builtAddon(), edgeBook(), {
    timeZone: "Asia/Yekaterinburg",
    intl: zonelessIntl(),
  });
  env.call("runAction", "kpis");
  env.call("runAction", "routes");
  expect(env.call<{ reportDate: string }>("getResult", "kpis").reportDate).toBe("2026-11-30");
  const planned = buildRoutes(asShown(edgeBook())).routes.flatMap((route) => route.activities);
  expect(column(env.ss.sheet("ИОМ"), "Начало").map(wall)).toEqual(planned.map((a) => `${a.start} 0:00`));
  expect(env.log.of("utilities", "Utilities.formatDate")).toBeGreaterThan(0);
});

test("a runtime Intl with the zones: Utilities.formatDate is called twice per execution, to check Intl against it", async () => {
  const env = loadAddon(await builtAddon(), edgeBook(), { timeZone: "Asia/Yekaterinburg" });
  env.call("runAction", "kpis");
  env.call("runAction", "routes");
  expect(env.call<{ reportDate: string }>("getResult", "kpis").reportDate).toBe("2026-11-30");
  expect(env.log.of("utilities", "Utilities.formatDate")).toBe(2);
});
