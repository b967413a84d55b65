// What `firebase deploy` bundles (functions/package.json's "bundle" script): the functions and the shared domain,
// never the self-hosted server or its PostgreSQL driver (pg is the command line's dependency, not the functions').
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");

describe("the Cloud Functions bundle", () => {
  it("is built from functions/, shared/ and xlsx/ only, and imports no PostgreSQL package", async () => {
    const script = JSON.parse(await readFile(join(root, "functions/package.json"), "utf8")).scripts
      .bundle as string;
    expect(script).toContain("--packages=external");
    const result = await esbuild.build({
      entryPoints: [join(root, "functions/src/index.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      packages: "external",
      write: false,
      metafile: true,
      absWorkingDir: root,
      outfile: join(root, "functions/lib/index.js"),
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => !/^(functions|shared|xlsx)\//u.test(input))).toEqual([]);
    const imported = Object.values(result.metafile.outputs).flatMap((output) =>
      output.imports.map((i) => i.path),
    );
    expect(imported.filter((path) => /^(pg|pg-.*|nodemailer|smtp-server)(\/|$)/u.test(path))).toEqual([]);
    expect(imported).toContain("firebase-admin/firestore");
    const functionsPackage = JSON.parse(await readFile(join(root, "functions/package.json"), "utf8"));
    expect(Object.keys(functionsPackage.dependencies)).not.toContain("pg");
  });
});
