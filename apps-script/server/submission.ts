// One register row as the form-submit check reads it: the row, «Настройки» and «ОО» (no whole-book read).
import { readBook, type Book, type RawSheet } from "../../shared/book.ts";
import type { Cell } from "../../shared/cells.ts";
import { sameSheetName } from "../../shared/headers.ts";
import { OrgsSheet, SETTINGS_TITLE } from "../../shared/schema/sheets.ts";
import { savedSettingsRows } from "./config.ts";
import { timeZoneOf } from "./sheetCells.ts";
import { registerScore } from "./workbook.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Submission {
  readonly ss: Spreadsheet;
  readonly sheet: Sheet;
  readonly row: number;
  readonly width: number;
  readonly header: Cell[];
  readonly cells: Cell[];
  /** The book of the row alone (the register with only this row filled), «Настройки» and «ОО». */
  readonly book: Book;
}

/** A small sheet the row is checked against (organisations, settings), read whole. */
function contextSheet(ss: Spreadsheet, title: string): RawSheet | undefined {
  const sheet = ss.getSheets().find((s) => sameSheetName(s.getName(), title));
  return sheet ? { name: sheet.getName(), values: sheet.getDataRange().getValues() as Cell[][] } : undefined;
}

/** Row `row` of `sheet` read for checking, or undefined when the sheet is not a register. */
export function readSubmission(sheet: Sheet, row: number): Submission | undefined {
  const ss = sheet.getParent();
  const width = sheet.getLastColumn();
  if (width < 1 || row < 2) return undefined;
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[];
  if (registerScore(header) === 0) return undefined;
  const cells = sheet.getRange(row, 1, 1, width).getValues()[0] as Cell[];
  const values: Cell[][] = [header];
  values[row - 1] = cells;
  const settings = contextSheet(ss, SETTINGS_TITLE);
  const extra = [...savedSettingsRows(), ["Лист реестра", sheet.getName()]];
  const raw: RawSheet[] = [
    { name: sheet.getName(), values },
    { name: settings?.name ?? SETTINGS_TITLE, values: [...(settings?.values ?? []), ...extra] },
  ];
  const orgs = contextSheet(ss, OrgsSheet.title);
  if (orgs) raw.push(orgs);
  return { ss, sheet, row, width, header, cells, book: readBook(raw, { timeZone: timeZoneOf(ss) }) };
}
