// `marshrut consolidate`: region = sums over the given workbooks, JSON per spec §7, the workbook, Russian errors.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { kpiTexts } from "../../../shared/text/kpiTexts.ts";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../../node/xlsx/readWorkbook.ts";
import { writeWorkbook } from "../../../xlsx/writeWorkbook.ts";
import { readBook } from "../../../shared/book.ts";
import { computeKpis } from "../../../shared/kpi/compute.ts";
import type { KpiResult } from "../../../shared/kpi/definitions.ts";
import { runCli, tempDir } from "../../helpers/cli.ts";
import { expectPrintSetup } from "../../helpers/printSetup.ts";
import { sampleSheets, sheetOf, type TestSheet } from "../../helpers/sampleBook.ts";
import { SVOD_SHEETS } from "../../helpers/svodSheets.ts";

function withSettings(sheets: TestSheet[], code: string | undefined, name: string): TestSheet[] {
  sheetOf(sheets, "Настройки").rows = [
    ["Параметр", "Значение"],
    ...(code === undefined ? [] : [["Код муниципалитета", code]]),
    ["Муниципалитет", name],
    ["Дата отчёта", "01.01.2020"],
  ];
  return sheets;
}

/** The sample book, or one with an extra teacher (so figures differ between municipalities). */
function municipality(code: string | undefined, name: string, extraTeacher = false): TestSheet[] {
  const sheets = withSettings(sampleSheets(), code, name);
  if (extraTeacher) {
    const staff = sheetOf(sheets, "Педагоги").rows;
    staff.push([
      "new@school1.ru",
      "Новикова Ольга",
      "МБОУ СОШ № 1",
      "педагогический работник",
      "учитель химии",
      "химия",
      "1990-01-01",
      10,
      "нет",
      "да",
      "да",
      "нет",
      "нет",
    ]);
  }
  return sheets;
}

/** A workbook with the settings and no data at all. */
const emptyBook = (code: string, name: string): TestSheet[] => [
  {
    name: "Настройки",
    rows: [
      ["Параметр", "Значение"],
      ["Код муниципалитета", code],
      ["Муниципалитет", name],
    ],
  },
];

async function save(dir: string, file: string, sheets: TestSheet[]) {
  const path = join(dir, file);
  await writeWorkbook(path, sheets);
  return path;
}

const kpisOf = async (path: string) =>
  computeKpis(readBook(await readWorkbook(path), { reportDate: "2026-11-30" })).kpis;

interface DemandOutput {
  group: string;
  subject: string;
  withDeficit: number;
  withIom: number;
  notCovered: number;
}

interface ConsolidateOutput {
  month: string;
  region: {
    kpis: KpiResult[];
    coverage: { group: string; withDeficit: number; withIom: number }[];
    demandByGroup: { group: string; withDeficit: number; withIom: number; notCovered: number }[];
    demand: DemandOutput[];
    programmes: { code: string; planned: number }[];
    withoutDemand: string[];
  };
  municipalities: { code: string; name: string; reportDate: string; kpis: KpiResult[] }[];
  missing: string[];
}

describe("marshrut consolidate", () => {
  it("sums numerators and denominators over the workbooks, computed for the last day of the month", async () => {
    const dir = await tempDir();
    const a = await save(dir, "a.xlsx", municipality("odin", "Одинцово"));
    const b = await save(dir, "b.xlsx", municipality("kras", "Красногорск", true));
    const result = await runCli(["consolidate", a, b, "--month", "2026-11", "--json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as ConsolidateOutput;
    expect(Object.keys(json)).toEqual(["month", "region", "municipalities", "missing"]);
    expect(json.month).toBe("2026-11");
    expect(json.missing).toEqual([]);
    expect(json.municipalities.map((m) => [m.code, m.name, m.reportDate])).toEqual([
      ["odin", "Одинцово", "2026-11-30"],
      ["kras", "Красногорск", "2026-11-30"],
    ]);
    const [kpisA, kpisB] = [await kpisOf(a), await kpisOf(b)];
    expect(json.municipalities[0]!.kpis).toEqual(kpisA);
    expect(json.municipalities[1]!.kpis).toEqual(kpisB);
    for (const kpi of json.region.kpis) {
      const parts = [kpisA, kpisB].map((kpis) => kpis.find((k) => k.id === kpi.id)!);
      expect(kpi.numerator).toBe(parts[0]!.numerator + parts[1]!.numerator);
      expect(kpi.denominator).toBe(parts[0]!.denominator + parts[1]!.denominator);
      const expected =
        kpi.denominator === 0 ? null : kpi.id === "K6" ? kpi.numerator : kpi.numerator / kpi.denominator;
      expect(kpi.value).toBe(expected);
    }
    // The demand: per group, the region's rows add up to the coverage, which is the sum over the two workbooks.
    expect(json.region.withoutDemand).toEqual([]);
    expect(json.region.demand.length).toBeGreaterThan(0);
    for (const coverage of json.region.coverage) {
      const group = json.region.demandByGroup.find((g) => g.group === coverage.group);
      if (coverage.withDeficit === 0) expect(group).toBeUndefined();
      else expect(group).toMatchObject({ withDeficit: coverage.withDeficit, withIom: coverage.withIom });
    }
    const notCovered = json.region.demand.map((row) => row.notCovered);
    expect(notCovered).toEqual([...notCovered].sort((x, y) => y - x));
  });

  it("reads a folder, lists a workbook without data as missing, and writes the consolidated workbook", async () => {
    const dir = await tempDir();
    const books = join(dir, "книги");
    await mkdir(books);
    await save(books, "1.xlsx", municipality("odin", "Одинцово"));
    await save(books, "2.xlsx", emptyBook("ruza", "Руза"));
    const out = join(dir, "свод.xlsx");
    const result = await runCli(["consolidate", books, "--month", "2026-11", "--json", "--out", out]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as ConsolidateOutput;
    expect(json.missing).toEqual(["ruza"]);
    expect(json.municipalities.map((m) => m.code)).toEqual(["odin"]);
    // One reporting municipality with default targets: the region is that municipality.
    expect(json.region.kpis).toEqual(json.municipalities[0]!.kpis);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(SVOD_SHEETS);
    for (const worksheet of workbook.worksheets) expectPrintSetup(worksheet);
    const sheets = await readWorkbook(out);
    const values = (name: string) => sheets.find((sheet) => sheet.name === name)!.values;
    const k1 = json.region.kpis.find((kpi) => kpi.id === "K1")!;
    const summaryRow = values("Сводка").find((row) => row[0] === "K1")!;
    expect(summaryRow.slice(2, 4)).toEqual([k1.numerator, k1.denominator]);
    const ruza = values("Муниципалитеты").find((row) => row[0] === "ruza")!;
    expect(ruza.slice(2, 4)).toEqual(["нет отчёта", "нет данных"]);
    expect(values("Качество данных").some((row) => row[1] === "Руза" && row[2] === "нет данных")).toBe(true);
    // Status colours: K1's status cell on «Сводка» is filled with the colour of its status.
    const summary = workbook.getWorksheet("Сводка")!;
    let statusFill = "";
    summary.eachRow((row) => {
      if (row.getCell(1).value === "K1") statusFill = JSON.stringify(row.getCell(7).fill);
    });
    expect(statusFill).toContain(k1.met === null ? "FFEEEEEE" : k1.met ? "FFD9EAD3" : "FFF4CCCC");
  });

  it("lists and skips a file of the folder that is not a workbook; a file named by hand must be read", async () => {
    const dir = await tempDir();
    await save(dir, "1.xlsx", municipality("odin", "Одинцово"));
    await writeFile(join(dir, "2.xlsx"), "не книга: файл повреждён при копировании");
    const result = await runCli(["consolidate", dir, "--month", "2026-11", "--json"]);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as ConsolidateOutput).municipalities.map((m) => m.code)).toEqual([
      "odin",
    ]);
    expect(result.stderr).toMatch(/^Пропущен файл «2\.xlsx»: .*не является книгой Excel/u);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);

    const named = await runCli([
      "consolidate",
      join(dir, "1.xlsx"),
      join(dir, "2.xlsx"),
      "--month",
      "2026-11",
    ]);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain("не является книгой Excel");
  });

  it("prints a Russian summary without --json", async () => {
    const dir = await tempDir();
    const a = await save(dir, "a.xlsx", municipality("odin", "Одинцово"));
    const result = await runCli(["consolidate", a, "--month", "2026-11"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Свод по муниципалитетам за ноябрь 2026");
    expect(result.stdout).toContain("Отчитались 1 из 1 муниципалитета.");
    // As in `kpi`: a share with its «N из M», K6 (a count) with its count alone.
    const lines = result.stdout.split("\n");
    expect(lines.find((line) => line.startsWith("  K1 "))).toMatch(/\s\d+ из \d+\s/u);
    expect(lines.find((line) => line.startsWith("  K6 "))).toMatch(/^\s+K6\s+\d+\s+\S+\s+\d+\s+Число /u);
    // Under K2, as on every sheet that shows it: how many of its people were diagnosed this year, and why K2 may be
    // above K1.
    const k2 = lines.findIndex((line) => line.startsWith("  K2 "));
    const k2Line = lines.find((line) => line.startsWith("  K2 "))!;
    const withIom = /\s(\d+) из \d+\s/u.exec(k2Line)![1];
    expect(lines[k2 + 1]).toMatch(
      new RegExp(`^\\s+\\d[\\d,]*\\s%\\s+\\d+ из ${withIom}\\s+${kpiTexts.k2DiagnosedLabel}$`, "u"),
    );
    expect(result.stdout).toContain(kpiTexts.k2AboveK1);
  });

  it("refuses a missing month, a workbook without a code and two workbooks of one municipality", async () => {
    const dir = await tempDir();
    const a = await save(dir, "a.xlsx", municipality("odin", "Одинцово"));
    const twin = await save(dir, "twin.xlsx", municipality("odin", "Одинцово (копия)"));
    const nameless = await save(dir, "nameless.xlsx", municipality(undefined, "Без кода"));
    const noMonth = await runCli(["consolidate", a]);
    expect(noMonth.code).toBe(2);
    expect(noMonth.stderr).toContain("--month");
    const twins = await runCli(["consolidate", a, twin, "--month", "2026-11"]);
    expect(twins.code).toBe(2);
    expect(twins.stderr).toContain("относятся к одному муниципалитету");
    const noCode = await runCli(["consolidate", nameless, "--month", "2026-11"]);
    expect(noCode.code).toBe(2);
    expect(noCode.stderr).toContain("Код муниципалитета");
    const missingFile = await runCli(["consolidate", join(dir, "нет.xlsx"), "--month", "2026-11"]);
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr).toContain("не найден");
  });
});
