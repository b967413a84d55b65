// Builds the add-on into dist/apps-script (clasp's rootDir): Code.js with top-level entry points, sidebar.html, manifest.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { FUNCTIONS_LOCATION } from "../functions/src/config.ts";
import { countText } from "../shared/text/ru.ts";
import { prefixProblem } from "./server/allowlist.ts";

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT_DIR = resolve(here, "../dist/apps-script");
/** The global the bundle's exports live on; the footer's functions call into it. */
const GLOBAL = "Marshrut";

export interface BuildOptions {
  /**
   * The https prefix of the region's Cloud Functions («https://europe-west3-<project>.cloudfunctions.net/»): the
   * manifest's urlFetchWhitelist, required for a versioned deployment, and the only addresses the settings accept.
   * Without it the build is for test deployments only.
   */
  readonly functionsUrl?: string;
}

export interface AddonBuild {
  readonly outDir: string;
  /** The manifest's urlFetchWhitelist, empty for a test-deployment build. */
  readonly urlPrefixes: readonly string[];
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
async function buildServer(urlPrefixes: readonly string[]): Promise<{ code: string; exports: string[] }> {
  const result = await esbuild.build({
    ...common,
    entryPoints: [join(here, "server/index.ts")],
    format: "esm",
    metafile: true,
    outdir: "out",
    define: urlPrefixes.length > 0 ? { MARSHRUT_URL_PREFIXES: JSON.stringify(urlPrefixes) } : {},
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

/** The manifest with the allowlist of the region's functions, when the build is for one. */
async function manifest(urlPrefixes: readonly string[]): Promise<string> {
  const json = JSON.parse(await readFile(join(here, "appsscript.json"), "utf8")) as Record<string, unknown>;
  if (urlPrefixes.length > 0) json.urlFetchWhitelist = urlPrefixes;
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The allowlist of a build: the functions' prefix checked against the platform's rules. */
export function urlPrefixesOf(options: BuildOptions): string[] {
  if (!options.functionsUrl) return [];
  const prefix = options.functionsUrl.trim();
  const problem = prefixProblem(prefix);
  if (problem) throw new Error(`Адрес функций «${prefix}» не подходит для urlFetchWhitelist: ${problem}.`);
  return [prefix];
}

export async function buildAddon(outDir = DEFAULT_OUT_DIR, options: BuildOptions = {}): Promise<AddonBuild> {
  const urlPrefixes = urlPrefixesOf(options);
  const [{ code, exports }, sidebar, appsscript] = await Promise.all([
    buildServer(urlPrefixes),
    buildSidebar(),
    manifest(urlPrefixes),
  ]);
  await mkdir(outDir, { recursive: true });
  const codeFile = join(outDir, "Code.js");
  const sidebarFile = join(outDir, "sidebar.html");
  const source = `${code}\n${entryFooter(exports)}\n`;
  await Promise.all([
    writeFile(codeFile, source),
    writeFile(sidebarFile, sidebar),
    writeFile(join(outDir, "appsscript.json"), appsscript),
  ]);
  return {
    outDir,
    urlPrefixes,
    codeFile,
    codeBytes: Buffer.byteLength(source),
    entryPoints: exports,
    sidebarFile,
    sidebarBytes: Buffer.byteLength(sidebar),
  };
}

/** The default Firebase project of .firebaserc (see README, «The regional server»), when one is set. */
async function firebaseProject(): Promise<string | undefined> {
  try {
    const rc = JSON.parse(await readFile(resolve(here, "../.firebaserc"), "utf8")) as {
      projects?: { default?: string };
    };
    const project = rc.projects?.default;
    return project && project !== "your-firebase-project-id" ? project : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Command line: [outDir] [--functions-url https://…/ | --project <firebase-project-id>]; else MARSHRUT_FUNCTIONS_URL,
 * else the default project of .firebaserc.
 */
async function cliOptions(args: readonly string[]): Promise<{ outDir?: string; options: BuildOptions }> {
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const project = value("--project") ?? (await firebaseProject());
  const functionsUrl =
    value("--functions-url") ??
    process.env.MARSHRUT_FUNCTIONS_URL ??
    (project ? `https://${FUNCTIONS_LOCATION}-${project}.cloudfunctions.net/` : undefined);
  const outDir = args.find((arg, i) => !arg.startsWith("--") && !args[i - 1]?.startsWith("--"));
  return { ...(outDir ? { outDir: resolve(outDir) } : {}), options: functionsUrl ? { functionsUrl } : {} };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { outDir, options } = await cliOptions(process.argv.slice(2));
  const built = await buildAddon(outDir, options).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
  process.stdout.write(
    `Собрано в ${built.outDir}: Code.js ${(built.codeBytes / 1024).toFixed(1)} КБ (${countText(built.entryPoints.length, "точка входа", "точки входа", "точек входа")}), sidebar.html ${(built.sidebarBytes / 1024).toFixed(1)} КБ\n`,
  );
  process.stdout.write(
    built.urlPrefixes.length > 0
      ? `urlFetchWhitelist: ${built.urlPrefixes.join(", ")}\n`
      : "Без urlFetchWhitelist: такую сборку можно только тестировать (Deploy → Test deployments). Для версии укажите --project <id проекта Firebase> или --functions-url https://…/\n",
  );
}
