// `npm run marshrut` runs the bundle dist/cli.js, building it when it is missing or older than a source; one JSON
// document on stdout, exit codes 0/1/2 as spec §7 says.
import { execFile } from "node:child_process";
import { readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCli, CLI_BUNDLE, CLI_INPUTS } from "../../../node/cli/build.ts";
import { writeWorkbook } from "../../../xlsx/writeWorkbook.ts";
import { runCli, tempDir } from "../../helpers/cli.ts";
import { sampleSheets, sheetOf } from "../../helpers/sampleBook.ts";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const launcher = join(root, "node/cli/marshrut.js");

async function run(command: string, args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const marshrut = (...args: string[]) => run(process.execPath, [launcher, ...args]);

describe("the marshrut launcher and bundle", () => {
  let book: string;
  beforeAll(async () => {
    book = join(await tempDir(), "книга.xlsx");
    await writeWorkbook(book, sampleSheets());
    await buildCli();
  });

  it("lists the project files the bundle is built from, the reader and the commands among them", async () => {
    const inputs = JSON.parse(await readFile(CLI_INPUTS, "utf8")) as string[];
    expect(inputs).toEqual(
      expect.arrayContaining(["node/cli/kpi.ts", "node/xlsx/xlsxReader.ts", "shared/book.ts"]),
    );
    expect(inputs.some((input) => input.startsWith("node_modules"))).toBe(false);
  });

  it("answers --help reading a few kilobytes: the commands' chunks are imported only when one runs", async () => {
    const entry = await readFile(CLI_BUNDLE, "utf8");
    expect(entry).toMatch(/import\("\.\/cli-chunks\/kpi-\w+\.js"\)/u);
    // What the entry imports statically (esbuild's runtime helpers at most) is read for --help too.
    const eager = [...entry.matchAll(/(?:from|import)\s*"(\.\/cli-chunks\/[^"]+)"/gu)].map((m) => m[1]!);
    const sizes = await Promise.all(eager.map(async (chunk) => (await stat(join(root, "dist", chunk))).size));
    expect(entry.length + sizes.reduce((sum, size) => sum + size, 0)).toBeLessThan(5_000);
  });

  it("prints the same single JSON document as the command line in-process, with npm run --silent", async () => {
    const bundled = await run("npm", ["run", "--silent", "marshrut", "--", "kpi", book, "--json"]);
    const inProcess = await runCli(["kpi", book, "--json"]);
    expect(bundled).toEqual({ code: 0, stdout: inProcess.stdout, stderr: "" });
    expect(() => JSON.parse(bundled.stdout)).not.toThrow();
  });

  it("exits 1 on findings with errors and 2 on unusable input, with one Russian line on stderr", async () => {
    const withErrors = join(await tempDir(), "ошибки.xlsx");
    const sheets = sampleSheets();
    sheetOf(sheets, "Педагоги").rows[1]![0] = "не почта";
    await writeWorkbook(withErrors, sheets);
    const invalid = await marshrut("validate", withErrors, "--json");
    expect(invalid.code).toBe(1);
    expect(JSON.parse(invalid.stdout).errors).toBeGreaterThan(0);

    const missing = await marshrut("kpi", join(root, "нет.xlsx"), "--json");
    expect(missing).toMatchObject({ code: 2, stdout: "" });
    expect(missing.stderr).toMatch(/^Файл «.*нет\.xlsx» не найден\. Проверьте путь к файлу\.\n$/u);
    expect(await marshrut("--help")).toMatchObject({ code: 0, stderr: "" });
  });

  it("consolidates a folder on worker threads with the same result as in one thread, a broken file skipped", async () => {
    const dir = await tempDir();
    for (const [file, code, extra] of [
      ["a.xlsx", "odin", false],
      ["b.xlsx", "ruza", true],
      ["c.xlsx", "serp", false],
    ] as const) {
      const sheets = sampleSheets();
      sheetOf(sheets, "Настройки").rows = [
        ["Параметр", "Значение"],
        ["Код муниципалитета", code],
        ["Муниципалитет", code],
      ];
      if (extra) sheetOf(sheets, "Педагоги").rows.pop();
      await writeWorkbook(join(dir, file), sheets);
    }
    await writeFile(join(dir, "d.xlsx"), "не книга");
    const args = ["consolidate", dir, "--month", "2026-11", "--json"];
    const threads = await run(process.execPath, [launcher, ...args]);
    const inProcess = await runCli(args);
    expect(threads.code).toBe(0);
    expect(JSON.parse(threads.stdout)).toEqual(JSON.parse(inProcess.stdout));
    expect(threads.stderr).toBe(inProcess.stderr);
    expect(threads.stderr).toContain("Пропущен файл «d.xlsx»");
  });

  it("rebuilds a bundle older than its sources, and a missing one, before running", async () => {
    const past = new Date("2000-01-01T00:00:00Z");
    await utimes(CLI_BUNDLE, past, past);
    expect((await marshrut("kpi", book, "--json")).code).toBe(0);
    expect((await stat(CLI_BUNDLE)).mtimeMs).toBeGreaterThan(past.getTime());

    await rm(CLI_BUNDLE);
    const rebuilt = await marshrut("kpi", book, "--json");
    expect(rebuilt).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(rebuilt.stdout).reportDate).toBe("2026-11-30");
    expect((await stat(CLI_BUNDLE)).isFile()).toBe(true);
  });
});
