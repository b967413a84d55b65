// Renders the «Показатели» table model (shared/tables/kpiTable.ts) as an exceljs sheet with status colours,
// and writes it with «Показатели по ОО» (shared/tables/orgKpiTable.ts) for `marshrut kpi --out`.
import ExcelJS from "exceljs";
import type { KpiTable, SimpleTable } from "../shared/tables/kpiTable.ts";
import type { TableSheet } from "../shared/tables/sheetModel.ts";
import { applyPrintSetup } from "./printSetup.ts";
import { addTableSheet, argb } from "./tableSheet.ts";

function addSection(worksheet: ExcelJS.Worksheet, title: string, table: SimpleTable): void {
  worksheet.addRow([]);
  worksheet.addRow([title]).font = { bold: true };
  worksheet.addRow([...table.headers]).font = { bold: true };
  for (const row of table.rows) worksheet.addRow([...row]);
}

/** Adds the sheet (replacing one of the same name, so writing twice gives the same workbook). */
export function addKpiSheet(workbook: ExcelJS.Workbook, table: KpiTable): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(table.title);
  if (existing) workbook.removeWorksheet(existing.id);
  const worksheet = workbook.addWorksheet(table.title);
  for (const line of table.caption) worksheet.addRow([line]);
  worksheet.addRow([]);
  const [header, ...body] = table.cells;
  worksheet.addRow([...(header ?? [])]).font = { bold: true };
  body.forEach((cells, index) => {
    const row = worksheet.addRow([...cells]);
    const model = table.rows[index]!;
    row.getCell(5).numFmt = model.numberFormat;
    row.getCell(6).numFmt = model.numberFormat;
    const status = row.getCell(7);
    status.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(model.color.fill) } };
    status.font = { color: { argb: argb(model.color.font) } };
  });
  addSection(worksheet, "ИОМ по месяцам", table.monthly);
  addSection(worksheet, "Охват дефицитов мероприятиями ИОМ", table.coverage);
  worksheet.getColumn(1).width = 14;
  worksheet.getColumn(2).width = 70;
  for (const column of [3, 4, 5, 6]) worksheet.getColumn(column).width = 12;
  worksheet.getColumn(7).width = 14;
  applyPrintSetup(worksheet, table.print);
  return worksheet;
}

/** «Показатели», and «Показатели по ОО» next to it when given. */
export async function writeKpiWorkbook(path: string, table: KpiTable, byOrg?: TableSheet): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  addKpiSheet(workbook, table);
  if (byOrg) addTableSheet(workbook, byOrg);
  await workbook.xlsx.writeFile(path);
}
