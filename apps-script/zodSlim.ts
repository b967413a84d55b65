// An esbuild plugin that leaves zod's JSON-Schema export out of the add-on bundle (≈18 KB it never calls).
import { readFile } from "node:fs/promises";
import type { Plugin } from "esbuild";

// esbuild filters are Go regular expressions: no `u` flag.
const SLIMMED = /[\\/]zod[\\/]v4[\\/]core[\\/](to-json-schema|json-schema-processors)\.js$/;

/** Factories run when a schema is built, so they return a method; the method itself is what throws. */
const FACTORIES = new Set(["createToJSONSchemaMethod", "createStandardJSONSchemaMethod"]);

export function stubModule(source: string): string {
  const names = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:function|const)\s+([A-Za-z_$][\w$]*)/gu))
    names.add(match[1]!);
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/gu))
    for (const part of match[1]!.split(",")) {
      const alias = part
        .trim()
        .split(/\s+as\s+/u)
        .pop();
      if (alias) names.add(alias);
    }
  const lines = [
    'const unsupported = () => { throw new Error("toJSONSchema is not available in the Apps Script bundle"); };',
  ];
  for (const name of names) {
    if (FACTORIES.has(name)) lines.push(`export const ${name} = () => unsupported;`);
    else if (name === "aggregateChecks") lines.push(`export const ${name} = () => ({});`);
    else if (name === "allProcessors") lines.push(`export const ${name} = {};`);
    else lines.push(`export const ${name} = unsupported;`);
  }
  return lines.join("\n");
}

export const zodSlim: Plugin = {
  name: "zod-slim",
  setup(build) {
    build.onLoad({ filter: SLIMMED }, async (args) => ({
      contents: stubModule(await readFile(args.path, "utf8")),
      loader: "js",
    }));
  },
};
