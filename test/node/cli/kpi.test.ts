// `marshrut kpi`: the JSON document of spec §7 from an .xlsx, the Russian table, --date, --out and exit code 2.
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import { KpiReport } from "../../../shared/kpi/definitions.ts";
import { STAFF_KPI_IDS } from "../../../shared/kpi/indicators.ts";
import { STATUS_COLORS } from "../../../shared/tables/kpiTable.ts";
import { readPhaseTimings } from "../../../node/cli/phaseTimings.ts";
import { readWorkbook } from "../../../node/xlsx/readWorkbook.ts";
import { writeWorkbook } from "../../../xlsx/writeWorkbook.ts";
import { runCli, tempDir } from "../../helpers/cli.ts";
import { expectPrintSetup } from "../../helpers/printSetup.ts";
import { sampleSheets, sheetOf, type TestSheet } from "../../helpers/sampleBook.ts";

async function bookFile(edit: (sheets: TestSheet[]) => void = () => {}) {
  const sheets = sampleSheets();
  edit(sheets);
  const path = join(await tempDir(), "книга.xlsx");
  await writeWorkbook(path, sheets);
  return path;
}

const kpisOf = (report: KpiReport) =>
  Object.fromEntries(report.kpis.map((kpi) => [kpi.id, [kpi.numerator, kpi.denominator, kpi.met]]));

describe("marshrut kpi --json", () => {
  it("prints the spec §7 document for the sample workbook (report date from «Настройки»)", async () => {
    const result = await runCli(["kpi", await bookFile(), "--json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as KpiReport;
    expect(KpiReport.safeParse(report).success).toBe(true);
    expect(Object.keys(report)).toEqual([
      "reportDate",
      "period",
      "excludedRows",
      "kpis",
      "monthly",
      "coverage",
    ]);
    expect(Object.keys(report.kpis[0]!)).toEqual([
      "id",
      "title",
      "numerator",
      "denominator",
      "value",
      "target",
      "met",
    ]);
    expect(report.reportDate).toBe("2026-11-30");
    expect(report.period).toEqual({ from: "2026-09-01", to: "2027-08-31" });
    expect(report.excludedRows).toBe(0);
    // Staff: Иванова (young teacher), Петров (teacher), Сидорова (director); one school and one kindergarten.
    expect(kpisOf(report)).toEqual({
      K1: [2, 3, true],
      "K1.1": [1, 2, false], // Иванова is at низкий in цифровые
      K2: [2, 3, true],
      "K2.1": [0, 0, null], // neither ИОМ has ended
      K3: [1, 2, true], // Петров's federal course, reported with his ИОМ
      K4: [2, 2, true],
      K5: [1, 1, true],
      K6: [1, 2, true],
      K7: [1, 2, true],
      K8: [1, 2, false],
      K9: [1, 1, true],
      K10: [0, 1, false],
      K11: [2, 2, true],
      K12: [2, 3, false],
    });
    expect(report.kpis.find((kpi) => kpi.id === "K6")?.value).toBe(1);
    expect(report.kpis.find((kpi) => kpi.id === "K1")?.value).toBeCloseTo(2 / 3);
    expect(report.monthly).toEqual([
      { month: "2026-09", developed: 1, implemented: 0 },
      { month: "2026-10", developed: 1, implemented: 0 },
      { month: "2026-11", developed: 0, implemented: 0 },
    ]);
    expect(report.coverage.find((row) => row.group === "цифровые")).toEqual({
      group: "цифровые",
      withDeficit: 1,
      withIom: 0,
    });
  });

  it("uses --date: a report in the next academic year finds no diagnostics or ИОМ yet", async () => {
    const result = await runCli(["kpi", await bookFile(), "--json", "--date", "2027-09-01"]);
    const report = JSON.parse(result.stdout) as KpiReport;
    expect(report.reportDate).toBe("2027-09-01");
    expect(report.period).toEqual({ from: "2027-09-01", to: "2028-08-31" });
    expect(kpisOf(report).K1).toEqual([0, 3, false]);
    expect(kpisOf(report).K2).toEqual([0, 3, false]);
  });

  it("with MARSHRUT_TIMINGS=1 also says on stderr where its time went, the JSON unchanged", async () => {
    const file = await bookFile();
    const plain = await runCli(["kpi", file, "--json"]);
    vi.stubEnv("MARSHRUT_TIMINGS", "1");
    try {
      const timed = await runCli(["kpi", file, "--json"]);
      expect(timed.stdout).toBe(plain.stdout);
      const phases = readPhaseTimings(timed.stderr);
      expect(Object.keys(phases ?? {})).toEqual([
        "запуск и модули",
        "чтение",
        "проверка строк",
        "маршруты и сотрудники",
        "показатели",
        "вывод",
      ]);
      expect(Object.values(phases!).every((ms) => Number.isInteger(ms) && ms >= 0)).toBe(true);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(readPhaseTimings(plain.stderr)).toBeUndefined();
  });

  it("leaves rows with errors out and counts them", async () => {
    const path = await bookFile((sheets) => {
      const staff = sheetOf(sheets, "Педагоги").rows;
      staff[3]![0] = "director-at-school1.ru";
      sheetOf(sheets, "Диагностика").rows[3]![4] = "девяносто";
    });
    const report = JSON.parse((await runCli(["kpi", path, "--json"])).stdout) as KpiReport;
    expect(report.excludedRows).toBe(2);
    expect(kpisOf(report).K1).toEqual([1, 2, false]); // Иванова only: 50% < 60%
  });
});

describe("marshrut kpi", () => {
  it("prints a Russian table with values in %, targets and statuses", async () => {
    const result = await runCli(["kpi", await bookFile()]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toContain("Показатели на 30.11.2026");
    expect(lines.find((line) => line.startsWith("K1 "))).toMatch(/66,7 %\s+≥ 60 %\s+достигнут\s+2 из 3/u);
    expect(lines.find((line) => line.startsWith("K2.1"))).toMatch(/—\s+≥ 80 %\s+нет данных/u);
    expect(result.stdout).toContain("сентябрь 2026");
    // Under K2, how many of its people were diagnosed this year, and the line saying why K2 may exceed K1.
    const k2 = lines.findIndex((line) => line.startsWith("K2 "));
    expect(lines[k2 + 1]).toMatch(/^\s+100 %\s+2 из 2\s+из них прошли диагностику в этом учебном году$/u);
    expect(result.stdout).toContain("K2 может быть выше K1");
    // K6 is a count: the number of people, never «N из M».
    expect(lines.find((line) => line.startsWith("K6 "))).toMatch(/^K6\s+\d+\s+≥ 1\s+\S+\s+\d+\s+Число /u);
  });

  it("writes the «Показатели» sheet with status colours to --out", async () => {
    const out = join(await tempDir(), "показатели.xlsx");
    expect((await runCli(["kpi", await bookFile(), "--out", out, "--json"])).code).toBe(0);
    const [sheet] = await readWorkbook(out);
    expect(sheet?.name).toBe("Показатели");
    const k10 = sheet!.values.find((row) => row[0] === "K10")!;
    expect(k10.slice(2)).toEqual([0, 1, 0, 20, "не достигнут"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const row = workbook.getWorksheet("Показатели")!.getRow(sheet!.values.indexOf(k10) + 1);
    const fill = row.getCell(7).fill as ExcelJS.FillPattern;
    expect(fill.fgColor?.argb).toBe(`FF${STATUS_COLORS["не достигнут"].fill.slice(1).toUpperCase()}`);
  });

  it("writes «Показатели по ОО» next to it: a row per organisation adding up to the municipality's row", async () => {
    const out = join(await tempDir(), "показатели.xlsx");
    const result = await runCli(["kpi", await bookFile(), "--out", out, "--json"]);
    const report = JSON.parse(result.stdout) as KpiReport;
    const sheets = await readWorkbook(out);
    expect(sheets.map((sheet) => sheet.name)).toEqual(["Показатели", "Показатели по ОО"]);
    const values = sheets[1]!.values;
    const header = values.findIndex((row) => row[0] === "ОО");
    const total = values.findIndex((row) => row[0] === "Всего по муниципалитету");
    const orgs = values.slice(header + 1, total);
    expect(orgs.length).toBeGreaterThan(1);
    // Each share has numerator, denominator and percent under its band; K6, a count, its count alone.
    const bandStart = (id: string) =>
      values[header - 1]!.findIndex((cell) => String(cell).startsWith(`${id} `));
    expect(values[header]![bandStart("K6")]).toBe("чел.");
    STAFF_KPI_IDS.filter((id) => id !== "K6").forEach((id) => {
      const [numerator, denominator] = [bandStart(id), bandStart(id) + 1];
      expect(numerator, id).toBeGreaterThan(2);
      const sum = (column: number) => orgs.reduce((s, row) => s + Number(row[column]), 0);
      const municipal = report.kpis.find((kpi) => kpi.id === id)!;
      expect([sum(numerator), sum(denominator)], id).toEqual([municipal.numerator, municipal.denominator]);
      expect(values[total]!.slice(numerator, numerator + 2), id).toEqual([
        municipal.numerator,
        municipal.denominator,
      ]);
    });
    const missed = orgs.map((row) => (typeof row[1] === "number" ? row[1] : -1));
    expect(missed).toEqual([...missed].sort((a, b) => b - a));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    for (const worksheet of workbook.worksheets) expectPrintSetup(worksheet);
  });

  it("exits 2 with one Russian line when the file is missing or not a workbook", async () => {
    const missing = await runCli(["kpi", "/нет/такой/книги.xlsx", "--json"]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    expect(missing.stderr).toContain("не найден");

    const text = join(await tempDir(), "заметки.xlsx");
    await writeFile(text, "это не книга");
    const notBook = await runCli(["kpi", text]);
    expect(notBook.code).toBe(2);
    expect(notBook.stderr.trim().split("\n")).toHaveLength(1);
    expect(notBook.stderr).toContain("не является книгой Excel");
  });

  it("exits 2 naming the required sheets a workbook lacks, as validate does, and prints no figures", async () => {
    const other = join(await tempDir(), "отчёт.xlsx");
    await writeWorkbook(other, [{ name: "Лист1", rows: [["Итого"], [42]] }]);
    const result = await runCli(["kpi", other, "--json"]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toContain("не рассчитаны");
    for (const sheet of ["Реестр ИОМ", "Педагоги", "ОО", "Диагностика"])
      expect(result.stderr).toContain(`Нет листа «${sheet}»`);
    expect(result.stderr).not.toContain("Непредвиденная");

    const withoutDiagnostics = await bookFile((sheets) =>
      sheets.splice(sheets.indexOf(sheetOf(sheets, "Диагностика")), 1),
    );
    const partial = await runCli(["kpi", withoutDiagnostics]);
    expect(partial.code).toBe(2);
    expect(partial.stderr).toContain("Нет листа «Диагностика»");
    expect(partial.stderr).not.toContain("Нет листа «Педагоги»");
  });

  it("takes --date as ДД.ММ.ГГГГ too, and refuses a day that does not exist", async () => {
    const result = await runCli(["kpi", await bookFile(), "--json", "--date", "15.10.2026"]);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as KpiReport).reportDate).toBe("2026-10-15");
    const wrong = await runCli(["kpi", await bookFile(), "--date", "31.02.2026"]);
    expect(wrong).toMatchObject({ code: 2, stdout: "" });
    expect(wrong.stderr).toContain("«31.02.2026» не распознана");
  });

  it("says in one Russian line that the --out folder does not exist, before computing anything", async () => {
    const out = join(await tempDir(), "нет-такой-папки", "показатели.xlsx");
    const result = await runCli(["kpi", await bookFile(), "--out", out]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("нет-такой-папки");
    expect(result.stderr).toContain("Создайте папку");
    expect(result.stderr).not.toMatch(/Непредвиденная|ENOENT/u);
  });

  it("reads an .ods saved by LibreOffice without a word of English on stderr", async () => {
    // fixtures/sample.ods: the sample workbook written by exceljs, converted by `soffice --convert-to ods`; SheetJS
    // reads it with "ODS number format may be incorrect" on the console.
    const ods = fileURLToPath(new URL("../xlsx/fixtures/sample.ods", import.meta.url));
    // A process of its own: what SheetJS prints goes to the real stderr (vitest would catch console output).
    const fromOds = await promisify(execFile)("npx", ["tsx", "node/cli/bin.ts", "kpi", ods, "--json"], {
      cwd: join(import.meta.dirname, "../../.."),
      encoding: "utf8",
    });
    expect(fromOds.stderr).toBe("");
    const fromXlsx = await runCli(["kpi", await bookFile(), "--json"]);
    expect(JSON.parse(fromOds.stdout)).toEqual(JSON.parse(fromXlsx.stdout));
  });

  it("runs as `npm run marshrut -- kpi` and prints nothing but the JSON", async () => {
    const { stdout } = await promisify(execFile)(
      "npx",
      ["tsx", "node/cli/bin.ts", "kpi", await bookFile(), "--json", "--date", "2026-10-15"],
      { cwd: join(import.meta.dirname, "../../.."), encoding: "utf8" },
    );
    const report = KpiReport.parse(JSON.parse(stdout));
    expect(report.reportDate).toBe("2026-10-15");
    expect(report.monthly.map((m) => m.month)).toEqual(["2026-09", "2026-10"]);
  });
});
