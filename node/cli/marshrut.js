#!/usr/bin/env node
// `marshrut` (the package's bin and `npm run marshrut`): runs the bundle dist/cli.js, building it first when it is
// missing or older than one of its sources, so a fresh clone works right after `npm ci`. Plain JavaScript: it must
// start without compiling anything.
import { readFileSync, statSync } from "node:fs";
import process from "node:process";
import { URL } from "node:url";

const root = new URL("../../", import.meta.url);
const bundle = new URL("dist/cli.js", root);

/** The bundle is stale when it is missing, or a project file it was built from (dist/cli.inputs.json) is newer. */
function isStale() {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(new URL("dist/cli.inputs.json", root), "utf8"));
    return inputs.some((input) => statSync(new URL(input, root)).mtimeMs > built);
  } catch {
    return true;
  }
}

if (isStale()) {
  try {
    const { tsImport } = await import("tsx/esm/api");
    const { buildCli } = await tsImport("./build.ts", import.meta.url);
    await buildCli();
  } catch (error) {
    process.stderr.write(
      `Не удалось собрать dist/cli.js: ${error instanceof Error ? error.message : String(error)}. Выполните npm ci и npm run build:cli.\n`,
    );
    process.exit(2);
  }
}
await import(bundle.href);
