// The form-submit trigger: validates only the new row, under the document lock, and writes «Проверка» and marks;
// then resumes kept work, this being a run bound to the spreadsheet.
import { readBook, type RawSheet } from "../../shared/book.ts";
import type { Cell } from "../../shared/cells.ts";
import { sameSheetName } from "../../shared/headers.ts";
import { OrgsSheet, SETTINGS_TITLE } from "../../shared/schema/sheets.ts";
import { savedSettingsRows } from "./config.ts";
import { BUDGET_MS } from "./jobs.ts";
import { journal } from "./journal.ts";
import { hasKeptWork, resumeKeptWork, settleKeptWork } from "./keptWork.ts";
import { checkText } from "../../shared/tables/checkColumn.ts";
import { plainText } from "../../shared/text/plainText.ts";
import { ensureCheckColumn, marksOf, writeMarks } from "./marks.ts";
import { timeZoneOf } from "./sheetCells.ts";
import { registerScore } from "./workbook.ts";
import { JOURNAL_STATES } from "../../shared/tables/journal.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A small sheet the row is checked against (organisations, settings), read whole. */
function contextSheet(ss: Spreadsheet, title: string): RawSheet | undefined {
  const sheet = ss.getSheets().find((s) => sameSheetName(s.getName(), title));
  return sheet ? { name: sheet.getName(), values: sheet.getDataRange().getValues() as Cell[][] } : undefined;
}

export function onFormSubmitHandler(event: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  const deadline = Date.now() + BUDGET_MS;
  checkSubmittedRow(event);
  if (!hasKeptWork()) return;
  resumeKeptWork(deadline);
  settleKeptWork();
}

function checkSubmittedRow(event: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  const range = event?.range;
  if (!range) return;
  const sheet = range.getSheet();
  const ss = sheet.getParent();
  const row = range.getRow();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30_000)) {
    journal(
      "formSubmit",
      JOURNAL_STATES.failed,
      `Строка ${row} листа «${sheet.getName()}» не проверена: таблица была занята. Она будет проверена при «Проверить реестр».`,
      ss,
    );
    return;
  }
  try {
    const width = sheet.getLastColumn();
    const header = sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[];
    if (registerScore(header) === 0) return;
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
    const book = readBook(raw, { timeZone: timeZoneOf(ss) });

    const findings = book.findings.filter((f) => f.sheet === sheet.getName() && f.row === row);
    const checkColumn = ensureCheckColumn(sheet, header);
    sheet.getRange(row, checkColumn).setValue(plainText(checkText(findings)));
    const columns = book.register.columns as Record<string, { index: number } | undefined>;
    writeMarks(
      sheet,
      { from: row, to: row },
      width,
      marksOf(findings, (f) => columns[f.field]?.index),
    );
  } finally {
    lock.releaseLock();
  }
}
