// This spreadsheet's dates and the cells the add-on writes into it: model dates in the spreadsheet's time zone,
// texts that stay text.
import { isDate, type Cell } from "../../shared/cells.ts";
import { dateCellIn, dateOfCell, today } from "../../shared/dates.ts";
import { plainCell } from "../../shared/text/plainText.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The zone the spreadsheet shows dates in (File → Settings), not the script's (appsscript.json): getValues() gives
 * a date cell as the instant of its wall clock there, and a written Date is shown as its wall clock there.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone()
 */
export const timeZoneOf = (ss: Spreadsheet = SpreadsheetApp.getActive()): string =>
  ss.getSpreadsheetTimeZone();

/** Today where the spreadsheet is. */
export const sheetToday = (ss: Spreadsheet = SpreadsheetApp.getActive()): string =>
  today(new Date(), timeZoneOf(ss));

/**
 * A cell of a table model for the spreadsheet: a model date (a Date at local midnight, see shared/tables) becomes
 * the same date in `timeZone`; a text stays text (plainText). Cells read from the sheet are written back with
 * plainCell only: their dates are already the spreadsheet's.
 */
export function modelCell(cell: Cell, timeZone: string): Cell {
  if (!isDate(cell)) return plainCell(cell);
  const wall = dateOfCell(cell);
  return wall ? dateCellIn(wall, timeZone) : "";
}

export const modelCells = (grid: readonly (readonly Cell[])[], timeZone: string): Cell[][] =>
  grid.map((row) => row.map((cell) => modelCell(cell, timeZone)));
