// Writes 2-D cell arrays to an .xlsx file (plain sheets; styled reports build on exceljs directly).
import ExcelJS from "exceljs";
import type { Cell } from "../shared/cells.ts";

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
  if (sheet.rows.length > 0) {
    worksheet.views = [{ state: "frozen", ySplit: 1 }];
    worksheet.getRow(1).font = { bold: true };
  }
  return worksheet;
}

export async function writeWorkbook(path: string, sheets: readonly SheetToWrite[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) addPlainSheet(workbook, sheet);
  await workbook.xlsx.writeFile(path);
}
