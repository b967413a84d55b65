// google.script.run passes only primitives, null, arrays and plain objects: a Date, a function or a class instance
// in an argument or a result makes the call fail (fakes/scriptRun.ts); the sidebar's calls carry dates as strings.
import { describe, expect, test } from "vitest";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon } from "./addon.ts";
import { passScriptRun } from "./fakes/scriptRun.ts";
import { SETTINGS_FORM } from "./settings.ts";

describe("google.script.run's rule", () => {
  test.each([
    ["a Date", { when: new Date(2026, 8, 1) }, "when"],
    ["a function", [1, () => 2], "1"],
    ["a class instance", { report: { period: new Map() } }, "report.period"],
    ["a Date deep in an array", { rows: [[1, new Date()]] }, "rows.0.1"],
  ])("%s fails the call, naming where it is", (_, value, path) => {
    expect(() => passScriptRun(value)).toThrow(`Failed due to illegal value in property: ${path}`);
  });

  test("undefined items of arrays become null, undefined fields are left out; a circular object fails", () => {
    expect(passScriptRun({ a: [1, undefined], b: undefined, c: null })).toEqual({ a: [1, null], c: null });
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => passScriptRun(loop)).toThrow(/illegal value in property: self/u);
  });

  test("a Date sent from the sidebar fails the call; the sidebar sends dates as ГГГГ-ММ-ДД strings", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    expect(() => env.call("saveSettings", { ...SETTINGS_FORM, reportDate: new Date(2026, 10, 30) })).toThrow(
      "Failed due to illegal value in property: 0.reportDate",
    );
    expect(env.call<{ form: { reportDate: string } }>("saveSettings", SETTINGS_FORM).form.reportDate).toBe(
      "2026-11-30",
    );
  });

  test("every answer the sidebar reads passes: status, results, a person's route, settings, progress", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    env.call("saveSettings", SETTINGS_FORM);
    env.fetch = () => ({ code: 201, body: JSON.stringify({ message: "Принят.", revision: 1 }) });
    for (const action of ["prepare", "check", "routes", "kpis", "sync"])
      env.call("runAction", action, { month: "2026-10" });
    const person = env.call<{ person: { period: { from: string }; activities: { start: string }[] } }>(
      "lookupPerson",
      "ivanova@school1.ru",
    );
    expect(person.person.period.from).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(person.person.activities[0]!.start).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    for (const name of ["getStatus", "getProgress", "getSettings", "getRegionSettings"])
      expect(() => env.call(name)).not.toThrow();
    for (const action of ["prepare", "check", "routes", "kpis", "sync"])
      expect(() => env.call("getResult", action)).not.toThrow();
  });
});
