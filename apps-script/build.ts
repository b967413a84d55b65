// Builds the add-on two ways from one bundle: dist/apps-script (clasp's rootDir: Code.js, appsscript.json) and
// dist/bound (what a methodist pastes into Расширения → Apps Script: Code.gs, appsscript.json). The sidebar is inlined.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { FUNCTIONS_LOCATION } from "../functions/src/config.ts";
import { countText } from "../shared/text/ru.ts";
import { prefixProblem } from "./server/allowlist.ts";

const here = dirname(fileURLToPath(import.meta.url));
/** dist/: the add-on goes to its «apps-script» folder, the bound script to its «bound» folder. */
export const DEFAULT_DIST_DIR = resolve(here, "../dist");
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
  /** The release, from package.json: the menu's «О программе» and the sidebar's footer say «Маршрут <version>». */
  readonly version: string;
  /** The add-on for clasp: Code.js and appsscript.json. */
  readonly outDir: string;
  /** The bound script a methodist pastes: Code.gs and appsscript.json, the same code and manifest. */
  readonly boundDir: string;
  /** The manifest's urlFetchWhitelist, empty for a test-deployment build. */
  readonly urlPrefixes: readonly string[];
  readonly codeFile: string;
  readonly codeBytes: number;
  /** Names of the top-level functions Apps Script sees (menu handlers, triggers, google.script.run targets). */
  readonly entryPoints: readonly string[];
  /** The sidebar page as HtmlService serves it (inlined into the code, not a file of the project). */
  readonly sidebar: string;
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

/** The release number: package.json is its one source. */
async function packageVersion(): Promise<string> {
  const json = JSON.parse(await readFile(resolve(here, "../package.json"), "utf8")) as { version: string };
  return json.version;
}

/** Bundles the server as ESM (so the metafile lists the entry's exports), then wraps it as one IIFE global. */
async function buildServer(define: Record<string, string>): Promise<{ code: string; exports: string[] }> {
  const result = await esbuild.build({
    ...common,
    entryPoints: [join(here, "server/index.ts")],
    format: "esm",
    metafile: true,
    outdir: "out",
    define,
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

/** The sidebar page with its script and styles inlined (HtmlService serves one string). */
async function buildSidebar(define: Record<string, string>): Promise<string> {
  const [page, style, script] = await Promise.all([
    readFile(join(here, "sidebar/index.html"), "utf8"),
    esbuild.build({ ...common, entryPoints: [join(here, "sidebar/style.css")], outdir: "out" }),
    esbuild.build({
      ...common,
      entryPoints: [join(here, "sidebar/main.ts")],
      format: "iife",
      outdir: "out",
      define,
    }),
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

/** The first line of the code file: the release and the region, as the methodist sees them in the editor. */
const headerOf = (version: string, urlPrefixes: readonly string[]) =>
  `// Маршрут ${version}${urlPrefixes.length > 0 ? ` для ${urlPrefixes.join(", ")}` : " (без адреса региона)"}. Файл собран автоматически (npm run build:addon): не меняйте его, заменяйте целиком.`;

/** Writes `files` into `dir`, removing the files an older build wrote there and this one does not (sidebar.html). */
async function writeDir(dir: string, files: Record<string, string>, stale: readonly string[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(dir, name), text)));
}

export async function buildAddon(
  distDir = DEFAULT_DIST_DIR,
  options: BuildOptions = {},
): Promise<AddonBuild> {
  const urlPrefixes = urlPrefixesOf(options);
  const version = await packageVersion();
  const versionDefine = { MARSHRUT_VERSION: JSON.stringify(version) };
  const sidebar = await buildSidebar(versionDefine);
  const [{ code, exports }, appsscript] = await Promise.all([
    buildServer({
      ...versionDefine,
      MARSHRUT_SIDEBAR_HTML: JSON.stringify(sidebar),
      ...(urlPrefixes.length > 0 ? { MARSHRUT_URL_PREFIXES: JSON.stringify(urlPrefixes) } : {}),
    }),
    manifest(urlPrefixes),
  ]);
  const source = `${headerOf(version, urlPrefixes)}\n${code}\n${entryFooter(exports)}\n`;
  const outDir = join(distDir, "apps-script");
  const boundDir = join(distDir, "bound");
  await Promise.all([
    writeDir(outDir, { "Code.js": source, "appsscript.json": appsscript }, ["sidebar.html", "Code.gs"]),
    writeDir(boundDir, { "Code.gs": source, "appsscript.json": appsscript }, ["sidebar.html", "Code.js"]),
  ]);
  return {
    version,
    outDir,
    boundDir,
    urlPrefixes,
    codeFile: join(outDir, "Code.js"),
    codeBytes: Buffer.byteLength(source),
    entryPoints: exports,
    sidebar,
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
 * Command line: [distDir] [--functions-url https://…/ | --project <firebase-project-id>]; else MARSHRUT_FUNCTIONS_URL,
 * else the default project of .firebaserc. Both builds (add-on and bound) get the same address.
 */
async function cliOptions(args: readonly string[]): Promise<{ distDir?: string; options: BuildOptions }> {
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const project = value("--project") ?? (await firebaseProject());
  const functionsUrl =
    value("--functions-url") ??
    process.env.MARSHRUT_FUNCTIONS_URL ??
    (project ? `https://${FUNCTIONS_LOCATION}-${project}.cloudfunctions.net/` : undefined);
  const distDir = args.find((arg, i) => !arg.startsWith("--") && !args[i - 1]?.startsWith("--"));
  return { ...(distDir ? { distDir: resolve(distDir) } : {}), options: functionsUrl ? { functionsUrl } : {} };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { distDir, options } = await cliOptions(process.argv.slice(2));
  const built = await buildAddon(distDir, options).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
  const size = `${(built.codeBytes / 1024).toFixed(1)} КБ`;
  process.stdout.write(
    `Маршрут ${built.version}: ${built.outDir} (Code.js ${size}, ${countText(built.entryPoints.length, "точка входа", "точки входа", "точек входа")}) и ${built.boundDir} (Code.gs ${size} и appsscript.json — для вставки в Расширения → Apps Script, см. docs/install.md)\n`,
  );
  process.stdout.write(
    built.urlPrefixes.length > 0
      ? `urlFetchWhitelist: ${built.urlPrefixes.join(", ")}\n`
      : "Без urlFetchWhitelist: дополнение из такой сборки можно только тестировать (Deploy → Test deployments), а вставленный скрипт примет в настройках любой адрес. Для региона укажите --project <id проекта Firebase> или --functions-url https://…/\n",
  );
}
