// Bundles the `marshrut` command line into dist/cli.js (esbuild), so no TypeScript is compiled when it runs.
import { mkdir, readdir, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const CLI_BUNDLE = join(root, "dist/cli.js");
/** The lazily loaded parts (commands, readers, writers, the domain), named by content hash. */
const CHUNKS = join(root, "dist/cli-chunks");
/** The project files the bundle was built from (paths from the root): the launcher rebuilds when one is newer. */
export const CLI_INPUTS = join(root, "dist/cli.inputs.json");

export interface CliBuild {
  readonly bundle: string;
  readonly bytes: number;
  readonly inputs: readonly string[];
}

/**
 * Bundled packages written as CommonJS (exceljs and its dependencies) call require() for Node's own modules;
 * an ES module has no require, so the bundle makes one (https://esbuild.github.io/api/#platform).
 */
const REQUIRE_SHIM = `import { createRequire as __marshrutRequire } from "node:module";
const require = __marshrutRequire(import.meta.url);`;

/** Writes next to the target and renames, so a concurrent run never loads a half-written file. */
async function writeAtomically(path: string, contents: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, path);
}

/** Chunks of earlier builds; kept for a minute in case a process started just before this build still loads one. */
async function removeOldChunks(current: ReadonlySet<string>): Promise<void> {
  const names = await readdir(CHUNKS).catch(() => []);
  for (const name of names) {
    const path = join(CHUNKS, name);
    if (current.has(path)) continue;
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > 60_000) await rm(path, { force: true });
  }
}

export async function buildCli(): Promise<CliBuild> {
  const started = new Date();
  const result = await esbuild.build({
    // The command line, and the worker thread `consolidate` reads workbooks on (node/cli/readInParallel.ts).
    entryPoints: {
      cli: join(root, "node/cli/bin.ts"),
      "cli-worker": join(root, "node/cli/consolidateWorker.ts"),
    },
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    minify: true,
    charset: "utf8",
    legalComments: "none",
    banner: { js: REQUIRE_SHIM },
    // The regional server's handlers are the Cloud Functions' own, whose modules load firebase-functions (and through
    // it firebase-admin): loaded from node_modules (both are dependencies), never bundled; pg's optional native
    // binding is not installed.
    external: ["firebase-functions", "firebase-admin", "pg-native"],
    metafile: true,
    write: false,
    outdir: dirname(CLI_BUNDLE),
    entryNames: "[name]",
    chunkNames: "cli-chunks/[name]-[hash]",
    logLevel: "silent",
  });
  const inputs = Object.keys(result.metafile.inputs)
    .map((input) => relative(root, resolve(root, input)))
    .filter((input) => !input.startsWith("node_modules"))
    .concat("package-lock.json")
    .sort();
  await mkdir(CHUNKS, { recursive: true });
  const entry = result.outputFiles.find((file) => file.path === CLI_BUNDLE)!;
  // Chunks first (new content, new names), the entry that imports them last: the switch is one rename.
  for (const file of result.outputFiles) if (file !== entry) await writeAtomically(file.path, file.contents);
  await writeAtomically(CLI_INPUTS, `${JSON.stringify(inputs, null, 1)}\n`);
  await writeAtomically(CLI_BUNDLE, entry.contents);
  // Dated from the start of the build: a source saved while it ran is newer, and triggers the next build.
  await utimes(CLI_BUNDLE, started, started);
  await removeOldChunks(new Set(result.outputFiles.map((file) => file.path)));
  const bytes = result.outputFiles.reduce((sum, file) => sum + file.contents.byteLength, 0);
  return { bundle: CLI_BUNDLE, bytes, inputs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const build = await buildCli();
  console.log(
    `Собран ${relative(root, build.bundle)}: ${Math.round(build.bytes / 1024)} КБ из ${build.inputs.length} файлов проекта.`,
  );
}
