// The strict fakes' two ways of running the same code (fakes/env.ts): an Editor add-on and a script bound to the
// spreadsheet; and the per-user grants behind ScriptApp.getAuthorizationInfo.
import { describe, expect, test } from "vitest";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon } from "./addon.ts";
import { formAnswer } from "./books.ts";
import { SCOPE } from "./fakes/scopes.ts";
import { column } from "./sheetView.ts";

const SECOND_TRIGGER =
  "ScriptApp.newTrigger('onFormSubmitHandler').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create(); ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).length";

describe("an add-on and a bound script", () => {
  test("an add-on may have one trigger of a kind per user and file; a bound script only the per-script limit", async () => {
    const addon = await builtAddon();
    const asAddon = loadAddon(addon, sampleSheets());
    asAddon.evaluate(SECOND_TRIGGER);
    expect(() => asAddon.evaluate(SECOND_TRIGGER)).toThrow(/too many form-submit triggers in this document/u);
    const bound = loadAddon(addon, sampleSheets(), { env: "bound" });
    bound.evaluate(SECOND_TRIGGER);
    expect(bound.evaluate(SECOND_TRIGGER)).toBe(2);
  });

  test("a bound script runs only in its own spreadsheet", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets(), { env: "bound" });
    const other = env.as(env.google.spreadsheet(sampleSheets()));
    expect(() => other.invoke("showSidebar")).toThrow(/bound to another spreadsheet/u);
  });

  test("an add-on run as a test deployment never fires its installable triggers; a bound script's fire", async () => {
    const addon = await builtAddon();
    for (const [options, checked] of [
      [{ testDeployment: true }, false],
      [{ env: "bound" as const }, true],
    ] as const) {
      const env = loadAddon(
        addon,
        sampleSheets().filter((s) => s.name !== "Реестр ИОМ"),
        options,
      );
      env.call("runAction", "prepare");
      expect(env.triggers.map((t) => t.kind)).toEqual(["ON_FORM_SUBMIT"]);
      const register = env.ss.sheet("Реестр ИОМ");
      env.submit(register, formAnswer("kuznetsova@school1.ru", "МБОУ СОШ № 11"));
      expect(String(column(register, "Проверка")[0]).startsWith("Ошибка"), JSON.stringify(options)).toBe(
        checked,
      );
    }
  });
});

describe("per-user grants", () => {
  const STATUS = "ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus()";

  test("a scope the manifest declares but the user has not granted: «Authorization is required», REQUIRED; the consent screen grants it", async () => {
    const addon = await builtAddon();
    const older = addon.manifest.oauthScopes.filter((s) => s !== SCOPE.sendMail);
    const env = loadAddon({ ...addon, manifest: { ...addon.manifest, oauthScopes: older } }, sampleSheets());
    expect(env.evaluate(STATUS)).toBe("NOT_REQUIRED");
    env.upgrade(addon);
    expect(env.evaluate(STATUS)).toBe("REQUIRED");
    expect(
      env.evaluate("ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.LIMITED).getAuthorizationStatus()"),
    ).toBe("NOT_REQUIRED");
    expect(() => env.evaluate("MailApp.getRemainingDailyQuota()")).toThrow(
      "Exception: Authorization is required to perform that action.",
    );
    // What was granted before still works: the sheets, the triggers.
    expect(env.evaluate("SpreadsheetApp.getActive().getSheets().length")).toBe(sampleSheets().length);
    env.invoke("showAbout"); // a menu item: the consent screen first, for the one new scope
    expect(env.prompts.map((p) => p.scopes)).toEqual([[SCOPE.sendMail]]);
    expect(env.evaluate(STATUS)).toBe("NOT_REQUIRED");
    expect(env.evaluate("MailApp.getRemainingDailyQuota()")).toBe(100);
  });

  test("a person who closes the consent screen runs nothing", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets(), { env: "bound", authorized: false });
    env.google.consent = false;
    env.invoke("showSidebar");
    expect(env.prompts.map((p) => p.screen)).toEqual(["unverified"]);
    expect(env.ss.ui.sidebars).toEqual([]);
  });
});
