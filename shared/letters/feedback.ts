// Feedback on a form entry: whether its submitter gets a letter, the letter, its idempotency key.
import type { Book } from "../book.ts";
import { cellText } from "../cells.ts";
import { dayOf, russianDate, type IsoDateTime } from "../dates.ts";
import { teacherLettersOf } from "../settings.ts";
import { esc, link, page, paragraph, STYLE } from "./html.ts";
import { digest, envelope, type Letter, type Sender } from "./letter.ts";
import { teacherFindings, type TeacherFindings } from "./teacherFindings.ts";
import { letterText as t } from "./texts.ts";

export interface FeedbackContext {
  /** `FormResponse.getEditResponseUrl()` of the response behind the row; null when it was not found. */
  readonly editUrl: string | null;
  /** The form's own link, when the form lets no answer be edited: the teacher answers again, the later answer counts. */
  readonly againUrl?: string | null;
  readonly sender: Sender;
}

export type FeedbackDecision =
  | {
      readonly due: true;
      readonly kind: "errors" | "confirmation";
      /** Same submission, same key: the add-on's outbox never sends one twice. */
      readonly key: string;
      readonly letter: Letter;
    }
  | {
      readonly due: false;
      readonly reason: "off" | "valid" | "noRow" | "noEmail";
      /** Russian, for «Журнал». */
      readonly message: string;
    };

export interface FeedbackContent {
  readonly to: string;
  readonly fio: string;
  readonly submittedAt: IsoDateTime | undefined;
  /** What the teacher reads about their answer (teacherFindings): errors, remarks, what is left to the methodist. */
  readonly findings: TeacherFindings;
  readonly editUrl: string | null;
  readonly againUrl?: string | null;
  readonly sender: Sender;
}

/**
 * The key of one submission: its e-mail and «Отметка времени». A re-fired trigger gives the same key; an edited
 * answer gets a new timestamp from Forms, so the corrected entry is answered again.
 */
export const feedbackKey = (email: string, submittedAt: string) =>
  `feedback-${digest(`${email}\u0000${submittedAt}`).slice(0, 32)}`;

const shownTime = (at: IsoDateTime | undefined) =>
  at ? `${russianDate(dayOf(at))} ${at.slice(11, 16)}` : "";

/**
 * The letter: each error the teacher can correct, the edit link, then remarks, the methodist to ask. The subject
 * counts exactly the points listed; what only the methodist can fix is not listed.
 */
export function feedbackLetter(content: FeedbackContent): Letter {
  const { editUrl, sender } = content;
  const { errors, warnings, leftToMethodist } = content.findings;
  // Answering again is the way to correct errors; a valid answer needs no second one.
  const againUrl = editUrl || errors.length === 0 ? null : (content.againUrl ?? null);
  const submitted = shownTime(content.submittedAt);
  const list = (items: readonly string[]) =>
    `<ul style="margin: 2pt 0 6pt; padding-left: 18pt;">${items.map((line) => `<li>${esc(line)}</li>`).join("")}</ul>`;
  const intro =
    errors.length > 0
      ? t.feedbackIntroErrors(submitted, errors.length)
      : t.feedbackIntroOk(submitted, leftToMethodist === 0);
  const edit = errors.length > 0 ? t.editLink : t.editLater;
  const remarks = warnings.length > 0 ? t.remarksIntro(warnings.length, errors.length > 0) : "";
  const text = [
    t.hello(content.fio),
    "",
    intro,
    ...errors.map((line) => `• ${line}`),
    "",
    ...(editUrl
      ? [edit, editUrl]
      : againUrl
        ? [t.answerAgain, againUrl]
        : errors.length > 0
          ? [t.noEditLink]
          : []),
    ...(remarks ? ["", remarks, ...warnings.map((line) => `• ${line}`)] : []),
    ...(leftToMethodist > 0 ? ["", t.leftToMethodist] : []),
    "",
    t.askMethodist(sender.methodist),
    t.signature(sender.municipality),
  ];
  const html = [
    paragraph(esc(t.hello(content.fio))),
    paragraph(esc(intro)),
    errors.length > 0 ? list(errors) : "",
    editUrl
      ? paragraph(`${esc(edit)} ${link(editUrl, t.editLinkTitle)}<br>${link(editUrl)}`)
      : againUrl
        ? paragraph(`${esc(t.answerAgain)} ${link(againUrl, t.answerAgainTitle)}<br>${link(againUrl)}`)
        : errors.length > 0
          ? paragraph(esc(t.noEditLink))
          : "",
    remarks ? paragraph(esc(remarks)) + list(warnings) : "",
    leftToMethodist > 0 ? paragraph(esc(t.leftToMethodist)) : "",
    paragraph(esc(t.askMethodist(sender.methodist))),
    paragraph(esc(t.signature(sender.municipality)), STYLE.small),
  ].join("\n");
  const subject =
    errors.length > 0
      ? t.feedbackSubjectErrors(errors.length, warnings.length)
      : t.feedbackSubjectOk(warnings.length);
  return {
    ...envelope(content.to, sender),
    subject,
    body: text.join("\n"),
    htmlBody: page(subject, html),
  };
}

/**
 * Whether the register row `row` (as the spreadsheet numbers it) gets a letter, by «Письма педагогам»: «ошибки»
 * (default) — only an entry with errors, «все» — a confirmation for a valid one too, «нет» — none. A row without a
 * valid e-mail gets none, with the reason. Reads only the row and its findings: the add-on passes the book it
 * read for the form-submit check (the new row, «Настройки», «ОО»).
 */
export function feedbackFor(book: Book, row: number, ctx: FeedbackContext): FeedbackDecision {
  const register = book.register;
  const mode = teacherLettersOf(book.settings);
  if (mode === "нет") return { due: false, reason: "off", message: t.lettersOff };
  const parsed = register.rows.find((r) => r.row === row);
  if (!parsed) return { due: false, reason: "noRow", message: t.noRow(register.name, row) };
  const all = book.findings.filter((f) => f.sheet === register.name && f.row === row);
  const findings = teacherFindings(all, parsed, book);
  const errors = findings.errors;
  if (errors.length === 0 && mode === "ошибки") return { due: false, reason: "valid", message: t.noErrors };
  const { email, fio, submittedAt } = parsed.data;
  if (!email) {
    const column = (register.columns as { email?: { index: number } }).email;
    const value = column ? cellText(parsed.cells[column.index]) : "";
    return { due: false, reason: "noEmail", message: t.noEmail(register.name, row, value) };
  }
  return {
    due: true,
    kind: errors.length > 0 ? "errors" : "confirmation",
    key: feedbackKey(email, submittedAt ?? `${register.name}:${row}`),
    letter: feedbackLetter({
      to: email,
      fio: fio ?? "",
      submittedAt,
      findings,
      editUrl: ctx.editUrl,
      againUrl: ctx.againUrl ?? null,
      sender: ctx.sender,
    }),
  };
}
