// Writing whole tables: grows a sheet to fit, writes one rectangle with one setValues, and keeps own sheets tidy.
import type { Cell } from "../../shared/cells.ts";
import { sameSheetName } from "../../shared/headers.ts";
import { modelCells, timeZoneOf } from "./sheetCells.ts";

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

/**
 * Replaces the contents of a sheet the product owns (created when missing) with the table model `lines` (dates in
 * the spreadsheet's zone, texts as text); header row bold and frozen.
 */
export function writeOwnSheet(
  ss: Spreadsheet,
  title: string,
  lines: readonly (readonly Cell[])[],
  headerRow = 1,
): Sheet {
  const sheet = findSheet(ss, title) ?? ss.insertSheet(title);
  const grid = modelCells(rectangle(lines), timeZoneOf(ss));
  sheet.clearContents();
  ensureSize(sheet, grid.length, grid[0]!.length);
  sheet.getRange(1, 1, grid.length, grid[0]!.length).setValues(grid as unknown[][]);
  if (headerRow > 0) {
    sheet.getRange(headerRow, 1, 1, grid[0]!.length).setFontWeight("bold");
    sheet.setFrozenRows(headerRow);
  }
  return sheet;
}
