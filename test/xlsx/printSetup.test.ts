// Every sheet the .xlsx writers produce prints: read back from the file, each has A4 landscape, one page wide,
// header rows frozen and repeated, a title in the page header.
import ExcelJS from "exceljs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { aggregateRegion } from "../../shared/report/aggregate.ts";
import { kpiTable } from "../../shared/tables/kpiTable.ts";
import { orgKpiTable } from "../../shared/tables/orgKpiTable.ts";
import { computeMunicipalFigures } from "../../shared/kpi/compute.ts";
import { consolidatedWorkbookBytes } from "../../xlsx/consolidatedWorkbook.ts";
import { writeKpiWorkbook } from "../../xlsx/kpiSheet.ts";
import { writeWorkbook } from "../../xlsx/writeWorkbook.ts";
import { tempDir } from "../helpers/cli.ts";
import { expectPrintSetup } from "../helpers/printSetup.ts";
import { bookOf, diagnostic, person } from "../shared/kpi/workbook.ts";
import { reportFixture, reportWithDemand } from "../shared/report/fixtures.ts";

const open = async (read: (workbook: ExcelJS.Workbook) => Promise<unknown>) => {
  const workbook = new ExcelJS.Workbook();
  await read(workbook);
  return workbook;
};

/** The row numbers of a sheet's first header row: the first row whose cells are all bold and not a caption. */
const rowTexts = (worksheet: ExcelJS.Worksheet, row: number) =>
  (worksheet.getRow(row).values as unknown[]).slice(1).map(String);

describe("print set-up of written workbooks", () => {
  it("the consolidated workbook: every sheet, its table header the last repeated row", async () => {
    const report = aggregateRegion({
      month: "2026-11",
      known: [
        { code: "a", name: "Альфа & Ко" },
        { code: "b", name: "Бета" },
        { code: "c", name: "Гамма" },
      ],
      reports: [reportWithDemand("a", 2, "Альфа & Ко"), reportFixture("b")],
    });
    const bytes = await consolidatedWorkbookBytes(report, { regionName: "Регион & область", revision: 1 });
    const workbook = await open((w) => w.xlsx.load(bytes as never));
    expect(workbook.worksheets).toHaveLength(8);
    for (const worksheet of workbook.worksheets) {
      const frozen = expectPrintSetup(worksheet, `«${worksheet.name}» — Регион & область`);
      // The last repeated row is the table's header: bold text, the row above it is not part of the table.
      expect(worksheet.getRow(frozen).font?.bold ?? worksheet.getCell(frozen, 1).font?.bold).toBe(true);
      expect(rowTexts(worksheet, frozen).length).toBeGreaterThan(2);
    }
    const demand = workbook.getWorksheet("Потребность в ДПО")!;
    expect(rowTexts(demand, expectPrintSetup(demand))[0]).toBe("Группа компетенций");
  });

  it("`kpi --out`: «Показатели» and «Показатели по ОО» (bands merged, two header rows repeated)", async () => {
    const book = bookOf(
      {
        staff: [person("a@s.ru"), person("b@s.ru")],
        diagnostics: [diagnostic("a@s.ru", "2026-10-01", "цифровые", 30)],
      },
      "2026-11-30",
    );
    const figures = computeMunicipalFigures(book);
    const path = join(await tempDir(), "kpi.xlsx");
    await writeKpiWorkbook(path, kpiTable(figures.kpis), orgKpiTable(figures.byOrg).sheet);
    const workbook = await open((w) => w.xlsx.readFile(path));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Показатели", "Показатели по ОО"]);
    expect(expectPrintSetup(workbook.getWorksheet("Показатели")!)).toBe(4);
    const byOrg = workbook.getWorksheet("Показатели по ОО")!;
    const frozen = expectPrintSetup(byOrg, "Показатели по ОО на 30.11.2026");
    expect(rowTexts(byOrg, frozen).slice(0, 4)).toEqual([
      "ОО",
      "Целей не достигнуто",
      "Показателей с данными",
      "числ.",
    ]);
    expect(byOrg.getCell(frozen - 1, 4).value).toBe("K1 прошли диагностику");
    expect(byOrg.getCell(frozen - 1, 5).isMerged).toBe(true);
    // Too wide for one legible page: pages of whole indicators, each with the ОО column and the bands and header.
    expect(byOrg.pageSetup.printTitlesRow).toBe(`${frozen - 1}:${frozen}`);
    expect(byOrg.pageSetup.printTitlesColumn).toBe("A:A");
  });

  it("plain sheets (inputs, «ИОМ», «Сводка ИОМ», «Журнал»): the header row repeated, the name as the title", async () => {
    const path = join(await tempDir(), "plain.xlsx");
    await writeWorkbook(path, [
      {
        name: "Педагоги",
        rows: [
          ["Email", "ФИО"],
          ["a@s.ru", "Иванова Мария Петровна"],
        ],
      },
      { name: "ИОМ", rows: [["Email"], ["a@s.ru"]] },
    ]);
    const workbook = await open((w) => w.xlsx.readFile(path));
    for (const worksheet of workbook.worksheets)
      expect(expectPrintSetup(worksheet, worksheet.name), worksheet.name).toBe(1);
  });
});
