// The build: one Code.js whose entry points are top-level functions, the manifest, the sidebar inlined, the size.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import vm from "node:vm";
import { describe, expect, test } from "vitest";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { buildAddon, entryFooter, urlPrefixesOf } from "../../apps-script/build.ts";
import { builtAddon } from "./addon.ts";
import { FUNCTIONS_URL } from "./settings.ts";

/**
 * A guard against accidental bloat (classic zod instead of zod/mini alone adds ≈ 50 KB), not a platform limit: Apps
 * Script sets none near this size. The first limit was 150 KB; the KPIs by organisation and the demand for courses
 * (≈ 6.5 KB) and the teachers' letters and printable ИОМ (≈ 35 KB: the letter texts, the A4 document, SHA-256 for
 * fingerprints, the mail job) took it to ≈ 190 KB. The sidebar page now lives inside the code as one string (≈ 26 KB:
 * a pasted project has no HTML files), with the release, the authorization checks and «О программе» (≈ 6 KB): ≈ 222
 * KB; sheets that print and read well (widths from the text's metrics, wrapping, pages of columns, K2's diagnosed
 * line, the svod's captions: ≈ 11 KB) took it to ≈ 233 KB; the report's checks on the client side (texts that could
 * point at a person, the generation moment: ≈ 7 KB) and the teachers' letters reworded (≈ 15 KB) to ≈ 250 KB. What the size costs is the compile and top-level run at
 * the start of every execution: ≈ 9 ms in V8 for 190 KB (bench/addon.ts prints it), against 50–200 ms for one Sheets
 * call.
 */
const CODE_LIMIT_BYTES = 264 * 1024;

const ENTRY_POINTS = [
  "getProgress",
  "getRegionSettings",
  "getResult",
  "getSettings",
  "getStatus",
  "goToCell",
  "importRegion",
  "lookupPerson",
  "menuAuthorize",
  "menuCheck",
  "menuKpis",
  "menuLetters",
  "menuPrepare",
  "menuRegion",
  "menuRoutes",
  "menuSync",
  "onFormSubmitHandler",
  "onInstall",
  "onOpen",
  "onOpenResume",
  "printRoute",
  "resumeWork",
  "runAction",
  "saveRegionSettings",
  "saveSettings",
  "showAbout",
  "showSettings",
  "showSidebar",
];

describe("the Apps Script build", () => {
  test("every export of the entry module is a real top-level function declaration", async () => {
    const { build, code } = await builtAddon();
    expect(build.entryPoints).toEqual(ENTRY_POINTS);
    const declared = [...code.matchAll(/^function (\w+)\(/gmu)].map((m) => m[1]).sort();
    expect(declared).toEqual(ENTRY_POINTS);
    expect(entryFooter(["onOpen"])).toBe("function onOpen(...a){return Marshrut.onOpen(...a)}");
  });

  test("Code.js runs in a bare context without require, process or URL and defines only its globals", async () => {
    const { code } = await builtAddon();
    const context = vm.createContext({});
    expect(
      vm.runInContext("[typeof require, typeof process, typeof URL, typeof Buffer].join()", context),
    ).toBe("undefined,undefined,undefined,undefined");
    vm.runInContext(code, context);
    // zod keeps its config and registry on globalThis («__zod_…»); everything else is ours.
    const globals = Object.keys(context)
      .filter((key) => !key.startsWith("__zod_"))
      .sort();
    expect(globals).toEqual(["Marshrut", ...ENTRY_POINTS].sort());
  });

  test(`Code.js stays within ${CODE_LIMIT_BYTES / 1024} KB minified`, async () => {
    const { build } = await builtAddon();
    const bytes = (await readFile(build.codeFile)).length;
    expect(bytes).toBe(build.codeBytes);
    expect(bytes).toBeLessThanOrEqual(CODE_LIMIT_BYTES);
  });

  test("the manifest is V8 with the minimal scopes and the region's functions as its only fetch allowlist, and the sidebar is one self-contained page inside the code", async () => {
    const { build, code } = await builtAddon();
    const manifest = JSON.parse(await readFile(join(build.outDir, "appsscript.json"), "utf8"));
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.urlFetchWhitelist).toEqual([FUNCTIONS_URL]);
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/script.external_request",
      "https://www.googleapis.com/auth/script.scriptapp",
      "https://www.googleapis.com/auth/forms",
      "https://www.googleapis.com/auth/script.send_mail",
      "https://www.googleapis.com/auth/userinfo.email",
    ]);
    const sidebar = build.sidebar;
    expect(code).toMatch(/<html lang=\\?"ru\\?">/u);
    expect(code).not.toMatch(/createHtmlOutputFromFile|createTemplateFromFile/u);
    expect(sidebar).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/iu);
    expect(sidebar).not.toContain("/*SCRIPT*/");
    expect(sidebar).not.toContain("/*STYLE*/");
    expect(sidebar).toContain('lang="ru"');
    expect(sidebar).toMatch(/google\.script\.run/u);
  });

  test("without the functions' address the build is for test deployments: no allowlist; a wrong address is refused", async () => {
    const plain = await buildAddon(await mkdtemp(join(tmpdir(), "marshrut-dist-")));
    const manifest = JSON.parse(await readFile(join(plain.outDir, "appsscript.json"), "utf8"));
    expect(manifest.urlFetchWhitelist).toBeUndefined();
    expect(plain.urlPrefixes).toEqual([]);
    // https://developers.google.com/apps-script/manifest/allowlist-url: https, a full domain, a non-empty path.
    expect(() => urlPrefixesOf({ functionsUrl: "https://europe-west3-marshrut.cloudfunctions.net" })).toThrow(
      "Адрес функций «https://europe-west3-marshrut.cloudfunctions.net» не подходит для urlFetchWhitelist: нужен путь: хотя бы «/» после домена.",
    );
    expect(() => urlPrefixesOf({ functionsUrl: "http://region.ru/" })).toThrow(
      /адрес должен начинаться с https:\/\//u,
    );
    expect(() => urlPrefixesOf({ functionsUrl: "https://localhost/" })).toThrow(/нужен полный домен/u);
  });
});
