// Writes plain tables (header in row 1) to an .xlsx file, laid out as every sheet is (styled reports: tableSheet.ts,
// kpiSheet.ts): dates as ДД.ММ.ГГГГ, widths from the content, the header repeated on each printed page.
import type ExcelJS from "exceljs";
import type { Cell } from "../shared/cells.ts";
import { plainSheet, type PlainSheetOptions } from "../shared/tables/plainSheet.ts";
import { addTableSheet } from "./tableSheet.ts";
import { newWorkbook } from "./workbook.ts";

export interface SheetToWrite extends PlainSheetOptions {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
}

/** Row 1, the header, is frozen and printed on every page; the sheet's name is the page title. */
export const addPlainSheet = (workbook: ExcelJS.Workbook, sheet: SheetToWrite): ExcelJS.Worksheet =>
  addTableSheet(workbook, plainSheet(sheet.name, sheet.rows, sheet));

export async function writeWorkbook(path: string, sheets: readonly SheetToWrite[]): Promise<void> {
  const workbook = newWorkbook();
  for (const sheet of sheets) addPlainSheet(workbook, sheet);
  await workbook.xlsx.writeFile(path);
}
