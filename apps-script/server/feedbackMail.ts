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
  /** The form's own link, for a form that does not let answers be edited (absent in letters kept by 0.x). */
  againUrl: z.optional(z.nullable(z.string())),
  /** Kept before the links could be looked up (authorization missing): looked up when it goes. */
  linksPending: z.optional(z.boolean()),
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

/** How a teacher corrects an answer: the link that reopens it, or — when the form lets no answer be edited — the form. */
interface AnswerLinks {
  readonly editUrl: string | null;
  readonly againUrl: string | null;
}

const NO_LINKS: AnswerLinks = { editUrl: null, againUrl: null };

/** What the letters need of one form: the form itself, whether it lets answers be edited, else its own link. */
interface FormFacts {
  readonly form: GoogleAppsScript.Forms.Form;
  readonly canEdit: boolean;
  readonly publishedUrl: string | null;
}

/** Forms looked up in one run, by URL; null: the form could not be opened (deleted, not shared). */
type FormCache = Map<string, FormFacts | null>;

/** The form at `url`, opened once per run (`forms`); null when it cannot be opened or read. */
function formAt(url: string, forms: FormCache): FormFacts | null {
  let facts = forms.get(url);
  if (facts === undefined) {
    try {
      const form = FormApp.openByUrl(url);
      const canEdit = form.canEditResponse();
      facts = { form, canEdit, publishedUrl: canEdit ? null : form.getPublishedUrl() };
    } catch {
      facts = null;
    }
    forms.set(url, facts);
  }
  return facts;
}

/**
 * The form linked to the sheet, and the response submitted at the row's «Отметка времени» by the row's address. The
 * sheet shows the time to the second, getTimestamp() has milliseconds: a response matches within that second.
 * getEditResponseUrl() works for a respondent only when the form allows editing
 * (https://developers.google.com/apps-script/reference/forms/form#canEditResponse()); otherwise the letter gives the
 * form's link to answer again, and the later answer is the one that counts (spec: a repeated submission). `forms`:
 * the forms this run has opened already (a run resuming many letters opens each form once).
 */
function linksOf(s: Submission, forms: FormCache = new Map()): AnswerLinks {
  const url = s.sheet.getFormUrl();
  if (!url) return NO_LINKS;
  const columns = s.book.register.columns as { submittedAt?: { index: number }; email?: { index: number } };
  const stamp = columns.submittedAt ? s.cells[columns.submittedAt.index] : undefined;
  const email = String(s.cells[columns.email?.index ?? -1] ?? "")
    .trim()
    .toLowerCase();
  const facts = formAt(url, forms);
  // The form was deleted or is not shared with the methodist: the letter goes without a link and says so.
  if (!facts) return NO_LINKS;
  if (!facts.canEdit) return { editUrl: null, againUrl: facts.publishedUrl };
  if (!isDate(stamp)) return NO_LINKS;
  try {
    const at = stamp.getTime();
    const match = facts.form.getResponses(new Date(at - 1000)).find((r) => {
      if (Math.abs(r.getTimestamp().getTime() - at) >= 1000) return false;
      const by = r.getRespondentEmail().toLowerCase();
      return by === "" || by === email;
    });
    return { editUrl: match ? match.getEditResponseUrl() : null, againUrl: null };
  } catch {
    // Its responses could not be read: likewise without a link.
    return NO_LINKS;
  }
}

/** `userEmail`: the add-on user's address, read once by the entry function (null: none, or not to be read now). */
function decide(s: Submission, links: AnswerLinks, userEmail: string | null): FeedbackDecision {
  return feedbackFor(s.book, s.row, { ...links, sender: senderOf(s.book.settings, userEmail) });
}

type Due = Extract<FeedbackDecision, { due: true }>;

/** Whether a due letter is new: neither sent nor waiting already (a trigger that fired again, a row checked again). */
const isNew = (d: Due): boolean => !sentKeys().includes(d.key) && getJson(WAITING + d.key) === undefined;

/**
 * The record a new letter is kept by until it goes: `links` as looked up, or none yet (null: kept before they could
 * be looked up, so the run that resumes it looks them up).
 */
const waitingOf = (s: Submission, d: Due, links: AnswerLinks | null, lastError = ""): Waiting => ({
  key: d.key,
  sheet: s.sheet.getName(),
  row: s.row,
  to: d.letter.to,
  ...(links ?? { editUrl: null, linksPending: true }),
  createdAt: Date.now(),
  attempts: 0,
  lastError,
});

/** Sends a due letter once; keeps it when it cannot go. Returns whether it went. */
function deliver(post: Mailer, d: Due, waiting: Waiting): boolean {
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
  const userEmail = addonUserEmail();
  const first = decide(s, NO_LINKS, userEmail);
  if (!first.due) {
    if (first.reason === "noEmail") journal("letter", JOURNAL_STATES.failed, first.message);
    return;
  }
  if (!isNew(first)) return;
  const links = linksOf(s);
  const decision = links === NO_LINKS ? first : decide(s, links, userEmail);
  if (!decision.due) return;
  const waiting = waitingOf(s, decision, links);
  try {
    deliver(mailer(), decision, waiting);
  } catch (error) {
    // MailApp itself unavailable: keep the letter for a later run rather than lose it.
    putJson(WAITING + decision.key, { ...waiting, attempts: 1, lastError: errorText(error) });
    journal("letter", JOURNAL_STATES.continues, `Письмо ${where(waiting)} сохранено: ${errorText(error)}.`);
  }
}

/**
 * The letter of a row checked while its user must authorise a new release: kept, links and sending left for the run
 * that resumes it, touching neither FormApp nor MailApp nor the user's address now (any may be what is missing).
 * «Журнал» already has the one line about authorization.
 */
export function keepSubmissionLetter(s: Submission): void {
  const decision = decide(s, NO_LINKS, null);
  if (!decision.due || !isNew(decision)) return;
  putJson(WAITING + decision.key, waitingOf(s, decision, null, "нужно заново разрешить доступ"));
}

/** Kept work: sends waiting letters, each rebuilt from its row as it is now; stops when the quota or time runs out. */
export function resumeFeedback(deadline: number): void {
  const waiting = waitingFeedback();
  if (waiting.length === 0) return;
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) return;
  try {
    const post = mailer();
    const userEmail = addonUserEmail();
    const forms: FormCache = new Map();
    const ss = SpreadsheetApp.getActive();
    for (const entry of waiting) {
      if (post.remaining < 1 || Date.now() > deadline) return;
      const sheet = ss.getSheetByName(entry.sheet);
      const submission = sheet ? readSubmission(sheet, entry.row) : undefined;
      const links = !submission
        ? NO_LINKS
        : entry.linksPending
          ? linksOf(submission, forms)
          : { editUrl: entry.editUrl, againUrl: entry.againUrl ?? null };
      const decision = submission ? decide(submission, links, userEmail) : undefined;
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
      deliver(post, decision, { ...entry, ...links, linksPending: false });
    }
  } finally {
    lock.releaseLock();
  }
}
