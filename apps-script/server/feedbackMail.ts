// Letters to teachers about their form entry (issue 12, part 1): decided by the shared rules, sent once per
// submission, kept in document properties while they cannot go (quota, failure) and sent by a later run.
import * as z from "zod/mini";
import { isDate } from "../../shared/cells.ts";
import { feedbackFor, type FeedbackDecision } from "../../shared/letters/feedback.ts";
import { senderOf } from "../../shared/letters/letter.ts";
import { JOURNAL_STATES } from "../../shared/tables/journal.ts";
import { errorText } from "./errors.ts";
import { journal } from "./journal.ts";
import { addonUserEmail, mailer, type Mailer } from "./mail.ts";
import { getJson, jsonKeys, putJson, removeJson } from "./store.ts";
import { readSubmission, type Submission } from "./submission.ts";

/** A letter that could not go yet: enough to rebuild it from its row (a letter itself may be larger than 9 KB). */
const Waiting = z.object({
  key: z.string(),
  sheet: z.string(),
  row: z.int(),
  to: z.string(),
  editUrl: z.nullable(z.string()),
  createdAt: z.number(),
  attempts: z.int(),
  lastError: z.string(),
});
type Waiting = z.infer<typeof Waiting>;

const WAITING = "mail.wait.";
const SENT = "mail.sent";
/** Keys of the last letters sent: far more than a re-fired trigger could repeat, well within the property limits. */
const SENT_KEPT = 300;

const sentKeys = (): string[] => {
  const value = getJson(SENT);
  return Array.isArray(value) ? value.filter((k): k is string => typeof k === "string") : [];
};
const rememberSent = (key: string) =>
  putJson(SENT, [...sentKeys().filter((k) => k !== key), key].slice(-SENT_KEPT));

export const waitingFeedback = (): Waiting[] =>
  jsonKeys(WAITING).flatMap((key) => {
    const parsed = Waiting.safeParse(getJson(key));
    return parsed.success ? [parsed.data] : [];
  });

const where = (w: Pick<Waiting, "to" | "row" | "sheet">) => `${w.to} (строка ${w.row} листа «${w.sheet}»)`;

/**
 * The link that reopens the answer for editing: the form linked to the sheet, its response submitted at the row's
 * «Отметка времени» (to the second) by the row's address. https://developers.google.com/apps-script/reference/forms/form-response#getEditResponseUrl()
 */
function editUrlOf(s: Submission): string | null {
  const url = s.sheet.getFormUrl();
  const column = (s.book.register.columns as { submittedAt?: { index: number } }).submittedAt;
  const stamp = column ? s.cells[column.index] : undefined;
  if (!url || !isDate(stamp)) return null;
  const email = String(
    s.cells[(s.book.register.columns as { email?: { index: number } }).email?.index ?? -1] ?? "",
  )
    .trim()
    .toLowerCase();
  try {
    const at = stamp.getTime();
    const responses = FormApp.openByUrl(url).getResponses(new Date(at - 1000));
    const match = responses.find((r) => {
      if (Math.abs(r.getTimestamp().getTime() - at) >= 1000) return false;
      const by = r.getRespondentEmail().toLowerCase();
      return by === "" || by === email;
    });
    return match ? match.getEditResponseUrl() : null;
  } catch {
    // The form was deleted or is not shared with the methodist: the letter goes without the link and says so.
    return null;
  }
}

function decide(s: Submission, editUrl: string | null): FeedbackDecision {
  return feedbackFor(s.book, s.row, { editUrl, sender: senderOf(s.book.settings, addonUserEmail()) });
}

/** Sends a due letter once; keeps it when it cannot go. Returns whether it went. */
function deliver(post: Mailer, d: Extract<FeedbackDecision, { due: true }>, waiting: Waiting): boolean {
  if (sentKeys().includes(d.key)) {
    removeJson(WAITING + d.key);
    return true;
  }
  const outcome = post.send(d.letter);
  if (outcome.sent) {
    rememberSent(d.key);
    removeJson(WAITING + d.key);
    journal("letter", JOURNAL_STATES.done, `Письмо ${where(waiting)} отправлено: «${d.letter.subject}».`);
    return true;
  }
  putJson(WAITING + d.key, { ...waiting, attempts: waiting.attempts + 1, lastError: outcome.message });
  if (waiting.attempts === 0)
    journal(
      "letter",
      JOURNAL_STATES.continues,
      `Письмо ${where(waiting)} пока не отправлено: ${outcome.message}. Оно сохранено и будет отправлено позже.`,
    );
  return false;
}

/** The form-submit check's answer to the teacher (called under the document lock, after «Проверка» is written). */
export function answerSubmission(s: Submission): void {
  const first = decide(s, null);
  if (!first.due) {
    if (first.reason === "noEmail") journal("letter", JOURNAL_STATES.failed, first.message);
    return;
  }
  if (sentKeys().includes(first.key) || getJson(WAITING + first.key) !== undefined) return;
  const editUrl = editUrlOf(s);
  const decision = editUrl ? decide(s, editUrl) : first;
  if (!decision.due) return;
  const waiting: Waiting = {
    key: decision.key,
    sheet: s.sheet.getName(),
    row: s.row,
    to: decision.letter.to,
    editUrl,
    createdAt: Date.now(),
    attempts: 0,
    lastError: "",
  };
  try {
    deliver(mailer(), decision, waiting);
  } catch (error) {
    // MailApp itself unavailable: keep the letter for a later run rather than lose it.
    putJson(WAITING + decision.key, { ...waiting, attempts: 1, lastError: errorText(error) });
    journal("letter", JOURNAL_STATES.continues, `Письмо ${where(waiting)} сохранено: ${errorText(error)}.`);
  }
}

/** Kept work: sends waiting letters, each rebuilt from its row as it is now; stops when the quota or time runs out. */
export function resumeFeedback(deadline: number): void {
  const waiting = waitingFeedback();
  if (waiting.length === 0) return;
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) return;
  try {
    const post = mailer();
    const ss = SpreadsheetApp.getActive();
    for (const entry of waiting) {
      if (post.remaining < 1 || Date.now() > deadline) return;
      const sheet = ss.getSheetByName(entry.sheet);
      const submission = sheet ? readSubmission(sheet, entry.row) : undefined;
      const decision = submission ? decide(submission, entry.editUrl) : undefined;
      if (!decision?.due || decision.key !== entry.key) {
        // The answer was edited (its new version has its own letter), deleted, or letters were switched off.
        removeJson(WAITING + entry.key);
        journal(
          "letter",
          JOURNAL_STATES.failed,
          `Сохранённое письмо ${where(entry)} не отправлено: ответ изменён или удалён, либо письма педагогам отключены.`,
        );
        continue;
      }
      deliver(post, decision, entry);
    }
  } finally {
    lock.releaseLock();
  }
}
