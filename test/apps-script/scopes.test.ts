// Least privilege: the scopes appsscript.json declares are exactly those the add-on's calls need, and a call whose
// scope is not declared fails as on the platform ("You do not have permission to call …").
import { describe, expect, test } from "vitest";
import { REAUTHORIZE_REFUSED_TEXT } from "../../apps-script/server/accessTexts.ts";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon } from "./addon.ts";
import { SCOPE } from "./fakes/scopes.ts";
import { SETTINGS_FORM } from "./settings.ts";

/** What each declared scope is for; Marketplace review asks exactly this. */
const NEEDED: Record<string, string> = {
  [SCOPE.sheetsCurrent]: "the spreadsheet the add-on is used in, and only it",
  [SCOPE.containerUi]: "the sidebar",
  [SCOPE.externalRequest]: "sending the month's report to the region and importing the region's snapshot",
  [SCOPE.scriptApp]: "the spreadsheet's form-submit and open triggers",
  [SCOPE.forms]: "creating the register's form (FormApp.create needs the full forms scope)",
  [SCOPE.email]: "who ran an action, for «Журнал»; the methodist's address as the reply-to of letters",
  [SCOPE.sendMail]: "letters to teachers: feedback on their form entry and their ИОМ (MailApp)",
};

describe("OAuth scopes", () => {
  test("the manifest declares the scopes the add-on uses, and each of them is used", async () => {
    const addon = await builtAddon();
    expect([...addon.manifest.oauthScopes].sort()).toEqual(Object.keys(NEEDED).sort());

    // Every feature once: the menu, the sidebar, preparing an empty file (form, triggers), checking, routes, KPIs,
    // a report to the region that waits and is resent on the next opening, the region's snapshot.
    const env = loadAddon(addon, [{ name: "Лист1", rows: [] }]);
    env.install();
    env.invoke("showSidebar");
    env.call("runAction", "prepare");
    const full = env.as(env.google.spreadsheet(sampleSheets()));
    full.call("saveSettings", SETTINGS_FORM);
    for (const action of ["check", "routes", "kpis", "letters"]) full.call("runAction", action);
    full.fetch = () => ({ code: 503, body: "" });
    full.call("runAction", "sync", { month: "2026-10" });
    full.fetch = () => ({ code: 201, body: JSON.stringify({ message: "Принят.", revision: 1 }) });
    full.open();
    expect(full.requests).toHaveLength(2);

    expect([...env.google.platform.usedScopes].sort()).toEqual([...addon.manifest.oauthScopes].sort());
  });

  test("a call without its scope fails with the platform's message, and the person is asked to authorise again", async () => {
    const addon = await builtAddon();
    const scopes = addon.manifest.oauthScopes.filter((scope) => scope !== SCOPE.scriptApp);
    const env = loadAddon(addon, [{ name: "Лист1", rows: [] }], { manifest: { oauthScopes: scopes } });
    expect(() => env.call("runAction", "prepare")).toThrow(REAUTHORIZE_REFUSED_TEXT);
    const direct = () => env.evaluate("ScriptApp.getUserTriggers(SpreadsheetApp.getActive())");
    expect(direct).toThrow(
      `Exception: You do not have permission to call ScriptApp.getUserTriggers. Required permissions: ${SCOPE.scriptApp}`,
    );
  });

  test("spreadsheets.currentonly opens no other file: a clock that opened spreadsheets by id would need the full scope", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    const other = env.google.spreadsheet(sampleSheets());
    const open = () => env.evaluate(`SpreadsheetApp.openById("${other.id}")`, "clock");
    expect(open).toThrow(
      "Exception: You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets",
    );
  });
});
