// The form-submit trigger: validates only the new row, under the document lock, writes «Проверка» and marks and
// answers the teacher by e-mail; then resumes kept work, this being a run bound to the spreadsheet. When its owner
// has not yet authorised a new release, it checks the row and keeps the letter: it never throws for that.
import { checkText } from "../../shared/tables/checkColumn.ts";
import { JOURNAL_STATES } from "../../shared/tables/journal.ts";
import { plainText } from "../../shared/text/plainText.ts";
import { mayUseEverything } from "./authorization.ts";
import { answerSubmission, keepSubmissionLetter } from "./feedbackMail.ts";
import { BUDGET_MS } from "./jobs.ts";
import { journal } from "./journal.ts";
import { hasKeptWork, resumeKeptWork, settleKeptWork } from "./keptWork.ts";
import { ensureCheckColumn, marksOf, writeMarks } from "./marks.ts";
import { readSubmission } from "./submission.ts";

export function onFormSubmitHandler(event: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  const deadline = Date.now() + BUDGET_MS;
  const everything = mayUseEverything();
  checkSubmittedRow(event, everything);
  if (!everything || !hasKeptWork()) return;
  resumeKeptWork(deadline);
  settleKeptWork();
}

function checkSubmittedRow(event: GoogleAppsScript.Events.SheetsOnFormSubmit, everything: boolean): void {
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
    const submission = readSubmission(sheet, row);
    if (!submission) return;
    const { book, header, width } = submission;
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
    // Under the same lock: a trigger fired twice for one answer cannot send its letter twice.
    if (everything) answerSubmission(submission);
    else keepSubmissionLetter(submission);
  } finally {
    lock.releaseLock();
  }
}
