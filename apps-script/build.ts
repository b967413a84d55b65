// Builds the add-on into dist/apps-script (clasp's rootDir): Code.js with top-level entry points, sidebar.html, manifest.
import { mkdir, readFile, writeFile, copyFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { countText } from "../shared/text/ru.ts";

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT_DIR = resolve(here, "../dist/apps-script");
/** The global the bundle's exports live on; the footer's functions call into it. */
const GLOBAL = "Marshrut";

export interface AddonBuild {
  readonly outDir: string;
  readonly codeFile: string;
  readonly codeBytes: number;
  /** Names of the top-level functions Apps Script sees (menu handlers, triggers, google.script.run targets). */
  readonly entryPoints: readonly string[];
  readonly sidebarFile: string;
  readonly sidebarBytes: number;
}

const common: esbuild.BuildOptions = {
  bundle: true,
  write: false,
  minify: true,
  charset: "utf8",
  legalComments: "none",
  target: "es2020",
  logLevel: "silent",
};

/** Bundles the server as ESM (so the metafile lists the entry's exports), then wraps it as one IIFE global. */
async function buildServer(): Promise<{ code: string; exports: string[] }> {
  const result = await esbuild.build({
    ...common,
    entryPoints: [join(here, "server/index.ts")],
    format: "esm",
    metafile: true,
    outdir: "out",
  });
  const output = Object.values(result.metafile!.outputs)[0];
  const exports = [...(output?.exports ?? [])].sort();
  const iife = await esbuild.transform(result.outputFiles![0]!.text, {
    format: "iife",
    globalName: GLOBAL,
    minify: true,
    charset: "utf8",
    target: "es2020",
  });
  return { code: iife.code, exports };
}

/** Thin top-level wrappers: Apps Script only sees function declarations as entry points. */
export function entryFooter(exports: readonly string[]): string {
  return exports.map((name) => `function ${name}(...a){return ${GLOBAL}.${name}(...a)}`).join("\n");
}

/** The sidebar page with its script and styles inlined (HtmlService serves one file). */
async function buildSidebar(): Promise<string> {
  const [page, style, script] = await Promise.all([
    readFile(join(here, "sidebar/index.html"), "utf8"),
    esbuild.build({ ...common, entryPoints: [join(here, "sidebar/style.css")], outdir: "out" }),
    esbuild.build({ ...common, entryPoints: [join(here, "sidebar/main.ts")], format: "iife", outdir: "out" }),
  ]);
  const css = style.outputFiles![0]!.text.replace(/<\/style/giu, "<\\/style");
  const js = script.outputFiles![0]!.text.replace(/<\/script/giu, "<\\/script");
  return page.replace("/*STYLE*/", () => css).replace("/*SCRIPT*/", () => js);
}

export async function buildAddon(outDir = DEFAULT_OUT_DIR): Promise<AddonBuild> {
  const [{ code, exports }, sidebar] = await Promise.all([buildServer(), buildSidebar()]);
  await mkdir(outDir, { recursive: true });
  const codeFile = join(outDir, "Code.js");
  const sidebarFile = join(outDir, "sidebar.html");
  const source = `${code}\n${entryFooter(exports)}\n`;
  await Promise.all([
    writeFile(codeFile, source),
    writeFile(sidebarFile, sidebar),
    copyFile(join(here, "appsscript.json"), join(outDir, "appsscript.json")),
  ]);
  return {
    outDir,
    codeFile,
    codeBytes: Buffer.byteLength(source),
    entryPoints: exports,
    sidebarFile,
    sidebarBytes: Buffer.byteLength(sidebar),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const built = await buildAddon(process.argv[2] ? resolve(process.argv[2]) : undefined);
  process.stdout.write(
    `Собрано в ${built.outDir}: Code.js ${(built.codeBytes / 1024).toFixed(1)} КБ (${countText(built.entryPoints.length, "точка входа", "точки входа", "точек входа")}), sidebar.html ${(built.sidebarBytes / 1024).toFixed(1)} КБ\n`,
  );
}
