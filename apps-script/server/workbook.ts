// Reads the open spreadsheet for the shared core: one getValues per sheet, the form-linked register, saved settings.
import { readBook, type Book, type RawSheet, type ReadBookOptions } from "../../shared/book.ts";
import type { Cell } from "../../shared/cells.ts";
import { matchHeaders, sameSheetName } from "../../shared/headers.ts";
import { RegisterSheet, SETTINGS_TITLE } from "../../shared/schema/sheets.ts";
import { savedSettingsRows } from "./config.ts";
import { AddonError } from "./errors.ts";
import { timeZoneOf } from "./sheetCells.ts";
import { OUTPUT_TITLES } from "./titles.ts";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SheetData {
  readonly sheet: Sheet;
  readonly name: string;
  /** The data range's values ("" for blanks, Dates for date cells); empty for the product's output sheets. */
  readonly values: Cell[][];
  /** Whether a Google Form sends its responses to this sheet. */
  readonly formLinked: boolean;
}

export interface Workbook {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly sheets: readonly SheetData[];
}

export function readWorkbook(ss = SpreadsheetApp.getActive()): Workbook {
  const sheets = ss.getSheets().map((sheet): SheetData => {
    const name = sheet.getName();
    const output = OUTPUT_TITLES.some((title) => sameSheetName(name, title));
    return {
      sheet,
      name,
      values: output ? [] : (sheet.getDataRange().getValues() as Cell[][]),
      formLinked: sheet.getFormUrl() !== null,
    };
  });
  return { ss, sheets };
}

/** A register-like score of a header row: how many register fields it names (0 unless it has time and e-mail). */
export function registerScore(header: readonly Cell[]): number {
  const columns = matchHeaders(header, RegisterSheet.fields);
  return columns.submittedAt && columns.email ? Object.keys(columns).length : 0;
}

/** The sheet a form writes to whose headers are the register's (the best match when several forms are linked). */
export function linkedRegister(workbook: Workbook): SheetData | undefined {
  let best: { data: SheetData; score: number } | undefined;
  for (const data of workbook.sheets) {
    if (!data.formLinked) continue;
    const score = registerScore(data.values[0] ?? []);
    if (score > 0 && (!best || score > best.score)) best = { data, score };
  }
  return best?.data;
}

/**
 * The raw sheets the core reads. Saved settings are appended to «Настройки» (later rows win), and the form-linked
 * register is named there, so the core finds the register as the add-on does: linked form, else headers or settings.
 */
export function rawSheets(workbook: Workbook): RawSheet[] {
  const extra = savedSettingsRows();
  const linked = linkedRegister(workbook);
  if (linked) extra.push(["Лист реестра", linked.name]);
  const raw: RawSheet[] = workbook.sheets.map((data) => ({ name: data.name, values: data.values }));
  const settings = raw.findIndex((sheet) => sameSheetName(sheet.name, SETTINGS_TITLE));
  if (settings >= 0) raw[settings] = { ...raw[settings]!, values: [...raw[settings]!.values, ...extra] };
  else if (extra.length > 0) raw.push({ name: SETTINGS_TITLE, values: [["Параметр", "Значение"], ...extra] });
  return raw;
}

/** The book as the core reads it, date cells in the spreadsheet's time zone. */
export function loadBook(workbook = readWorkbook(), options: ReadBookOptions = {}): Book {
  return readBook(rawSheets(workbook), { timeZone: timeZoneOf(workbook.ss), ...options });
}

export function sheetByName(workbook: Workbook, name: string): SheetData | undefined {
  return workbook.sheets.find((data) => data.name === name);
}

/** The register as the core found it; throws NO_REGISTER when there is none. */
export function registerData(workbook: Workbook, book: Book): SheetData {
  const data = book.register.present ? sheetByName(workbook, book.register.name) : undefined;
  if (!data) throw new AddonError("NO_REGISTER");
  return data;
}
