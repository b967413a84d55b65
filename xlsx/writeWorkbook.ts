// Writes 2-D cell arrays to an .xlsx file (plain sheets, header in row 1; styled reports: tableSheet.ts, kpiSheet.ts).
import ExcelJS from "exceljs";
import type { Cell } from "../shared/cells.ts";
import { printSetup } from "../shared/tables/sheetModel.ts";
import { applyPrintSetup } from "./printSetup.ts";

export interface SheetToWrite {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
}

/** exceljs stores a Date as its UTC instant; we keep the local wall-clock time, as Apps Script shows it. */
const utcWallClock = (date: Date) =>
  new Date(
    Date.UTC(
      date.getFullYear(),
      date.getMonth(),
      date.getDate(),
      date.getHours(),
      date.getMinutes(),
      date.getSeconds(),
    ),
  );

export function addPlainSheet(workbook: ExcelJS.Workbook, sheet: SheetToWrite): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet.name);
  for (const row of sheet.rows)
    worksheet.addRow(row.map((cell) => (cell instanceof Date ? utcWallClock(cell) : (cell ?? null))));
  if (sheet.rows.length > 0) worksheet.getRow(1).font = { bold: true };
  // Row 1, the header, is frozen and printed on every page; the sheet's name is the page title.
  applyPrintSetup(worksheet, printSetup(sheet.name, sheet.rows.length > 0 ? 1 : 0));
  return worksheet;
}

export async function writeWorkbook(path: string, sheets: readonly SheetToWrite[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) addPlainSheet(workbook, sheet);
  await workbook.xlsx.writeFile(path);
}
