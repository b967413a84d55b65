// Writing whole tables: grows a sheet to fit, pads rows to one rectangle, finds a sheet by name.
import type { Cell } from "../../shared/cells.ts";
import { sameSheetName } from "../../shared/headers.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Adds rows and columns so that rows × columns fits (a range outside the sheet is an error in Sheets). */
export function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Pads every line to the widest so the grid is a rectangle, as setValues requires. */
export function rectangle(lines: readonly (readonly Cell[])[], width = 0): Cell[][] {
  const columns = Math.max(width, ...lines.map((line) => line.length), 1);
  return lines.map((line) => [...line, ...Array<Cell>(columns - line.length).fill("")]);
}

export function findSheet(ss: Spreadsheet, title: string): Sheet | undefined {
  return ss.getSheets().find((sheet) => sameSheetName(sheet.getName(), title));
}
