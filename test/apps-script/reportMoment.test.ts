// «Отправить в регион» sends the moment the report was made: later than every report this spreadsheet sent before,
// even when the clock stands still or goes back, so the region tells a replay from the evening's correction.
import { describe, expect, test } from "vitest";
import { checkMunicipalReport } from "../../shared/report/checkReport.ts";
import { reportMoment } from "../../shared/report/municipalReport.ts";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon } from "./addon.ts";
import { SETTINGS_FORM } from "./settings.ts";

describe("reportMoment", () => {
  test("is the clock's instant with milliseconds, after the last one sent", () => {
    const now = new Date("2026-11-30T09:00:00.000Z");
    expect(reportMoment(now)).toBe("2026-11-30T09:00:00.000Z");
    expect(reportMoment(now, "2026-11-30T08:00:00.000Z")).toBe("2026-11-30T09:00:00.000Z");
    expect(reportMoment(now, "2026-11-30T09:00:00.000Z")).toBe("2026-11-30T09:00:00.001Z");
    expect(reportMoment(now, "2026-11-30T10:00:00.000Z")).toBe("2026-11-30T10:00:00.001Z");
    expect(reportMoment(now, "не момент")).toBe("2026-11-30T09:00:00.000Z");
  });
});

describe("the add-on's reports", () => {
  test("carry a moment later than the last one sent, kept in the document's properties", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    env.call("saveSettings", SETTINGS_FORM);
    env.fetch = () => ({
      code: 201,
      body: JSON.stringify({ status: "accepted", message: "Принят.", revision: 1 }),
    });
    const moments: string[] = [];
    const send = () => {
      env.call("runAction", "sync", { month: "2026-10" });
      const body = JSON.parse(env.requests.at(-1)!.payload) as { generatedAt: string };
      expect(checkMunicipalReport(body).ok).toBe(true);
      moments.push(body.generatedAt);
    };
    send();
    send(); // the same simulated millisecond
    env.log.now -= 3_600_000; // the clock goes back an hour
    send();
    expect(moments[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/u);
    expect([...moments].sort()).toEqual(moments);
    expect(new Set(moments).size).toBe(3);
    expect(JSON.stringify([...env.props.data.values()])).toContain(moments[2]);
  });
});
