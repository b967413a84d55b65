// The script a methodist pastes into their own register (dist/bound): exactly Code.gs and appsscript.json, the same
// code and manifest as the add-on; loaded, it touches no service; its simple onOpen builds the menu in LIMITED; it
// reads no HTML file and needs no onInstall.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import vm from "node:vm";
import { describe, expect, test } from "vitest";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon } from "./addon.ts";
import { largeBook } from "./books.ts";
import { FUNCTIONS_URL, SETTINGS_FORM } from "./settings.ts";
import { MENU_CAPTIONS } from "./menuCaptions.ts";

/** Every global an Apps Script project may see (https://developers.google.com/apps-script/reference). */
const SERVICES = [
  "SpreadsheetApp",
  "PropertiesService",
  "LockService",
  "ScriptApp",
  "UrlFetchApp",
  "FormApp",
  "HtmlService",
  "MailApp",
  "GmailApp",
  "Session",
  "Utilities",
  "Charts",
  "Logger",
  "CacheService",
  "DriveApp",
  "DocumentApp",
  "CalendarApp",
  "ContentService",
];

/** A stand-in that records, then refuses, any use of a service: a property read, a call, `new`, `in`. */
function hostileServices(touched: string[]) {
  const hostile = (name: string) =>
    new Proxy(function service() {}, {
      get: (_, key) => (touched.push(`${name}.${String(key)}`), assert.fail(name)),
      apply: () => (touched.push(`${name}()`), assert.fail(name)),
      construct: () => (touched.push(`new ${name}`), assert.fail(name)),
      has: (_, key) => (touched.push(`${String(key)} in ${name}`), assert.fail(name)),
    });
  const assert = {
    fail: (name: string): never => {
      throw new Error(`${name} touched while the code loads`);
    },
  };
  return Object.fromEntries(SERVICES.map((name) => [name, hostile(name)]));
}

describe("dist/bound: what a methodist pastes", () => {
  test("holds exactly Code.gs and appsscript.json: the add-on's code and manifest, with the region's address and the release on the first line", async () => {
    const { build, code } = await builtAddon();
    expect((await readdir(build.boundDir)).sort()).toEqual(["Code.gs", "appsscript.json"]);
    expect((await readdir(build.outDir)).sort()).toEqual(["Code.js", "appsscript.json"]);
    const [bound, boundManifest, manifest] = await Promise.all([
      readFile(join(build.boundDir, "Code.gs"), "utf8"),
      readFile(join(build.boundDir, "appsscript.json"), "utf8"),
      readFile(join(build.outDir, "appsscript.json"), "utf8"),
    ]);
    expect(bound).toBe(code);
    expect(boundManifest).toBe(manifest);
    expect(JSON.parse(boundManifest).urlFetchWhitelist).toEqual([FUNCTIONS_URL]);
    expect(bound.split("\n")[0]).toBe(
      `// Маршрут ${build.version} для ${FUNCTIONS_URL}. Файл собран автоматически (npm run build:addon): не меняйте его, заменяйте целиком.`,
    );
    const pkg = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8"));
    expect(build.version).toBe(pkg.version);
    expect(bound).not.toMatch(/createHtmlOutputFromFile|createTemplateFromFile/u);
  });

  test("loaded on a hostile stand-in of every service, Code.gs touches none of them", async () => {
    const { code } = await builtAddon();
    const touched: string[] = [];
    const context = vm.createContext(hostileServices(touched));
    expect(() => vm.runInContext(code, context, { filename: "Code.gs" })).not.toThrow();
    expect(touched).toEqual([]);
    expect(typeof context.onOpen).toBe("function");
  });

  test("pasted and the sheet reloaded: the simple onOpen runs in LIMITED and builds the menu, asks no consent and reads no sheet", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets(), { env: "bound", authorized: false });
    expect(() => env.install()).toThrow(/never installed/u);
    env.open();
    expect(env.ss.ui.menus).toHaveLength(1);
    expect(env.ss.ui.menus[0]!.items.map((i) => i.caption)).toEqual(MENU_CAPTIONS);
    expect(env.prompts).toEqual([]);
    expect(env.log.total("sheets")).toBe(0);
    // Anyone who opens the file gets the menu too (a bound script's onOpen runs for every editor).
    env.as(env.ss, "zavuch@odin.ru").open();
    expect(env.ss.ui.menus).toHaveLength(2);
  });

  test("nothing reads an HTML file: the sidebar, its tabs, «О программе» and «Печать ИОМ» open in a project that has none", async () => {
    const addon = await builtAddon();
    expect(addon.files).toEqual({});
    const env = loadAddon(addon, largeBook(20), { env: "bound" });
    for (const entry of ["showSidebar", "showSettings", "menuRegion", "menuCheck", "showAbout"])
      env.invoke(entry);
    expect(env.ss.ui.sidebars.map((s) => s.content.slice(0, 40))).toEqual(
      Array(4).fill(addon.sidebar.slice(0, 40)),
    );
    expect(env.ss.ui.alerts).toEqual([
      {
        title: `Маршрут ${addon.build.version}`,
        prompt: expect.stringContaining("Данные педагогов остаются в этой таблице"),
      },
    ]);
    env.call("saveSettings", SETTINGS_FORM);
    env.call("runAction", "routes");
    const someone = String(env.ss.sheet("ИОМ").dump()[1]![0]);
    env.call("printRoute", someone);
    expect(env.ss.ui.dialogs.map((d) => d.title)).toEqual([expect.stringMatching(/^ИОМ — /u)]);
    expect(env.log.of("html", "HtmlService.createHtmlOutputFromFile")).toBe(0);
  });
});
