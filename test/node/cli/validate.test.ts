// `marshrut validate`: JSON per spec §7, Russian text grouped by sheet, exit codes 0/1/2, --date.
import { join } from "node:path";
import { writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { writeWorkbook } from "../../../xlsx/writeWorkbook.ts";
import { runCli, tempDir } from "../../helpers/cli.ts";
import { sampleSheets, sheetOf } from "../../helpers/sampleBook.ts";

async function bookFile(edit: (sheets: ReturnType<typeof sampleSheets>) => void = () => {}) {
  const sheets = sampleSheets();
  edit(sheets);
  const path = join(await tempDir(), "книга.xlsx");
  await writeWorkbook(path, sheets);
  return path;
}

describe("marshrut validate", () => {
  it("exits 0 with an empty findings list on a clean workbook", async () => {
    const result = await runCli(["validate", await bookFile(), "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ findings: [], errors: 0, warnings: 0 });
  });

  it("prints the findings of spec §7 and exits 1 on errors", async () => {
    const path = await bookFile((sheets) => {
      const staff = sheetOf(sheets, "Педагоги").rows;
      staff[1]![0] = "не-адрес";
      staff[2]![2] = "МБОУ СОШ №1";
      sheetOf(sheets, "Диагностика").rows[1]![5] = "высокий";
    });
    const result = await runCli(["validate", path, "--json"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      findings: Record<string, unknown>[];
      errors: number;
      warnings: number;
    };
    expect(report.errors).toBe(2);
    expect(report.warnings).toBe(3); // ivanova's two diagnostics are now of an unknown person; one level mismatch
    expect(report.findings.map((f) => Object.keys(f))).toEqual(
      report.findings.map(() => ["sheet", "row", "column", "field", "severity", "code", "message"]),
    );
    expect(report.findings.map((f) => [f.sheet, f.row, f.column, f.code])).toEqual([
      ["Педагоги", 2, "Email", "email"],
      ["Педагоги", 3, "ОО", "org.unknown"],
      ["Диагностика", 2, "Email", "person.unknown"],
      ["Диагностика", 2, "Уровень", "level.mismatch"],
      ["Диагностика", 3, "Email", "person.unknown"],
    ]);
  });

  it("uses --date as the report date", async () => {
    const path = await bookFile((sheets) => {
      sheetOf(sheets, "Реестр ИОМ").rows[2]![11] = "01.12.2026";
    });
    expect((await runCli(["validate", path, "--json"])).code).toBe(1);
    expect((await runCli(["validate", path, "--json", "--date", "2026-12-01"])).code).toBe(0);
  });

  it("prints findings in Russian grouped by sheet", async () => {
    const path = await bookFile((sheets) => {
      sheetOf(sheets, "ОО").rows[1]![1] = "школа";
    });
    const result = await runCli(["validate", path]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Лист «ОО»");
    expect(result.stdout).toMatch(/строка 2, столбец «Тип ОО» — ошибка: «школа» — недопустимое значение/u);
    expect(result.stdout).toContain("Итого: 1 ошибка, 0 предупреждений.");
  });

  it("exits 2 with one Russian line for a missing file, a non-workbook or a bad date", async () => {
    const dir = await tempDir();
    const missing = await runCli(["validate", join(dir, "нет.xlsx"), "--json"]);
    expect(missing).toMatchObject({ code: 2, stdout: "" });
    expect(missing.stderr).toMatch(/^Файл «.*» не найден\. Проверьте путь к файлу\.\n$/u);
    await writeFile(join(dir, "a.xlsx"), "просто текст");
    const text = await runCli(["validate", join(dir, "a.xlsx")]);
    expect(text.code).toBe(2);
    expect(text.stderr.trim().split("\n")).toHaveLength(1);
    expect(text.stderr).toContain("не является книгой Excel");
    const date = await runCli(["validate", await bookFile(), "--date", "30/11/2026"]);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain("ГГГГ-ММ-ДД");
  });
});

describe("the marshrut executable", () => {
  it("prints one JSON document on stdout and sets the exit code", async () => {
    const { execFile } = await import("node:child_process");
    const path = await bookFile((sheets) => {
      sheetOf(sheets, "Педагоги").rows[1]![3] = "учитель";
    });
    const result = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ["--import", "tsx", "node/cli/bin.ts", "validate", path, "--json"],
        (_error, stdout) => resolve({ code: child.exitCode, stdout }),
      );
    });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      errors: 1,
      warnings: 0,
      findings: [{ code: "enum", column: "Категория" }],
    });
  });
});

describe("bad options", () => {
  it.each([
    [["--bogus"], "Неизвестный параметр «--bogus»."],
    [["--date"], "Параметру «--date» нужно значение."],
    [["--json=1"], "Параметр «--json» пишется без значения."],
  ])("%j gets one Russian line and exit 2", async (options, message) => {
    const result = await runCli(["validate", await bookFile(), ...options]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`${message} Справка: marshrut --help.\n`);
  });
});
