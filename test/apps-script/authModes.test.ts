// Authorisation modes and runs without a person: what the strict fakes allow in each, and that the add-on's own
// entry points stay inside it. https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
import { describe, expect, test } from "vitest";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon, type AddonEnv } from "./addon.ts";
import type { AuthMode } from "./fakes/authModes.ts";
import type { RunKind } from "./fakes/platform.ts";

const REFUSED = "Exception: Authorization is required to perform that action.";

const runAs = (env: AddonEnv, kind: RunKind, authMode: AuthMode, code: string) =>
  env.evaluate(code, kind, authMode);

describe("authorisation modes", () => {
  const MENU = "SpreadsheetApp.getUi().createAddonMenu().addItem('Открыть панель', 'showSidebar').addToUi()";
  const CALLS: [string, string][] = [
    ["document properties", "PropertiesService.getDocumentProperties().getKeys()"],
    ["the document", "SpreadsheetApp.getActive().getSheets().length"],
    ["the user's e-mail", "Session.getActiveUser().getEmail()"],
    ["a fetch", "UrlFetchApp.fetch('https://europe-west3-marshrut.cloudfunctions.net/submitReport')"],
    ["triggers", "ScriptApp.getUserTriggers(SpreadsheetApp.getActive())"],
    ["a sidebar", "SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('x'))"],
  ];

  test("NONE builds menus and nothing else", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    expect(() => runAs(env, "simple trigger", "NONE", MENU)).not.toThrow();
    for (const [what, code] of CALLS)
      expect(() => runAs(env, "simple trigger", "NONE", code), what).toThrow(REFUSED);
  });

  test("LIMITED reads the bound document and its properties; no user data, fetches, triggers or sidebars", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    expect(runAs(env, "simple trigger", "LIMITED", CALLS[1]![1])).toBe(sampleSheets().length);
    expect(() => runAs(env, "simple trigger", "LIMITED", CALLS[0]![1])).not.toThrow();
    for (const [what, code] of CALLS.slice(2))
      expect(() => runAs(env, "simple trigger", "LIMITED", code), what).toThrow(REFUSED);
  });

  test("FULL (onInstall, menus, the sidebar, installable triggers) may do all the scopes allow", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    for (const [what, code] of CALLS) expect(() => runAs(env, "user", "FULL", code), what).not.toThrow();
  });

  test("a simple trigger has 30 seconds; the add-on's onOpen reads nothing, so even a slow file opens", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    env.log.latency = { perCall: 40_000, perCell: 0 };
    const slow = () => runAs(env, "simple trigger", "LIMITED", "SpreadsheetApp.getActive().getSheets()");
    expect(slow).toThrow("Exceeded maximum execution time");
    expect(() => env.open()).not.toThrow();
    expect(env.ss.ui.menus).toHaveLength(1);
  });
});

describe("runs without a person or without a document", () => {
  test("getUi() fails in a trigger run and in a clock run, as «Cannot call SpreadsheetApp.getUi() from this context»", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    for (const kind of ["installable trigger", "clock"] as const)
      expect(() => runAs(env, kind, "FULL", "SpreadsheetApp.getUi()"), kind).toThrow(
        "Exception: Cannot call SpreadsheetApp.getUi() from this context.",
      );
  });

  test("a clock run has no active spreadsheet, no document properties and no document lock", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    const code =
      "[SpreadsheetApp.getActive(), PropertiesService.getDocumentProperties(), LockService.getDocumentLock()]";
    expect(runAs(env, "clock", "FULL", code)).toEqual([null, null, null]);
    // A document-bound trigger run has all three (Google's Form Notifications add-on reads document properties in
    // its form-submit trigger).
    expect((runAs(env, "installable trigger", "FULL", code) as unknown[]).every((v) => v !== null)).toBe(
      true,
    );
  });
});
