// The digest behind idempotency keys and route fingerprints: SHA-256, and it runs where Apps Script runs (no TextEncoder).
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { digest } from "../../../shared/letters/letter.ts";

const TEXTS = ["", "ИОМ", "ivanova@school1.ru\u0000 2026-09-15T10:30:00", "😀 ё «»", "x".repeat(10_000)];

describe("digest", () => {
  it("is the SHA-256 of the text's UTF-16 code units", () => {
    for (const text of TEXTS)
      expect(digest(text)).toBe(createHash("sha256").update(Buffer.from(text, "utf16le")).digest("hex"));
  });

  it("gives the same answer bundled into a bare V8 context without TextEncoder or crypto, as in Apps Script", async () => {
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL("../../../shared/letters/letter.ts", import.meta.url))],
      bundle: true,
      write: false,
      format: "iife",
      globalName: "letters",
      target: "es2020",
    });
    const context = vm.createContext({});
    vm.runInContext(bundle.outputFiles[0]!.text, context);
    expect(vm.runInContext("typeof TextEncoder + typeof crypto", context)).toBe("undefinedundefined");
    for (const text of TEXTS)
      expect(vm.runInContext(`letters.digest(${JSON.stringify(text)})`, context)).toBe(digest(text));
  });
});
