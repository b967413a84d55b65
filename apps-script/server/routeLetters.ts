// «Отправить ИОМ педагогам» (issue 12, part 2): everyone whose route is new or changed since it was last sent gets it
// by e-mail, in steps that resume past the time limit; what the day's quota does not allow waits for a later run.
import { isDate, type Cell } from "../../shared/cells.ts";
import { russianDate } from "../../shared/dates.ts";
import { senderOf, type Sender } from "../../shared/letters/letter.ts";
import { routeDocuments, type RouteDocument } from "../../shared/letters/routeDocument.ts";
import { routeFingerprint, routeLetter } from "../../shared/letters/routeLetter.ts";
import { plainCell } from "../../shared/text/plainText.ts";
import { countText } from "../../shared/text/ru.ts";
import { AddonError } from "./errors.ts";
import { progressOf, type JobOptions, type Plan } from "./jobs.ts";
import { addonUserEmail, mailer, type Mailer } from "./mail.ts";
import { ensureSize, findSheet } from "./ownSheet.ts";
import { getText, putText, removeText } from "./store.ts";
import { loadBook, readWorkbook } from "./workbook.ts";

export const LETTERS_LOG_TITLE = "Рассылка ИОМ";
const HEADERS = [
  "Email",
  "ФИО",
  "ОО",
  "Период ИОМ",
  "Отправлено",
  "Состояние",
  "Отпечаток маршрута",
] as const;
/** Column indexes of the log. */
const EMAIL = 0;
const SENT_AT = 4;
const STATE = 5;
const PRINT = 6;
/** Letters per step: each letter is recorded in the log as soon as it is sent, so a stopped run resends nobody. */
const PER_STEP = 25;
/** How many route letters wait for the next day's quota (kept work while above zero). */
const WAITING_KEY = "letters.waiting";

export const STATE_TEXT = {
  sent: "отправлено",
  waiting: "ждёт: дневной лимит писем исчерпан",
  failed: (message: string) => `не отправлено: ${message}`,
} as const;

export interface LettersView {
  readonly sent: number;
  readonly waiting: number;
  readonly failed: number;
  /** People whose route has not changed since their last letter. */
  readonly unchanged: number;
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const fingerprintOf = (doc: RouteDocument) => routeFingerprint(doc).slice(0, 16);
const periodText = (doc: RouteDocument) => `${russianDate(doc.period.from)}–${russianDate(doc.period.to)}`;

/** The log's rows by e-mail (its first column), as the sheet holds them. */
function readLog(ss: Spreadsheet): { sheet: Sheet | undefined; rows: Map<string, Cell[]> } {
  const sheet = findSheet(ss, LETTERS_LOG_TITLE);
  const rows = new Map<string, Cell[]>();
  if (!sheet) return { sheet, rows };
  for (const row of (sheet.getDataRange().getValues() as Cell[][]).slice(1)) {
    const email = String(row[EMAIL] ?? "").trim();
    if (email && !rows.has(email))
      rows.set(
        email,
        HEADERS.map((_, i) => row[i] ?? ""),
      );
  }
  return { sheet, rows };
}

/** Writes the whole log: header, then one row per person (current routes first, then earlier recipients). */
function writeLog(ss: Spreadsheet, rows: readonly Cell[][]): Sheet {
  const sheet = findSheet(ss, LETTERS_LOG_TITLE) ?? ss.insertSheet(LETTERS_LOG_TITLE);
  const grid = [[...HEADERS], ...rows].map((row) =>
    row.map((cell) => (isDate(cell) ? cell : plainCell(cell))),
  );
  sheet.clearContents();
  ensureSize(sheet, grid.length, HEADERS.length);
  sheet.getRange(1, 1, grid.length, HEADERS.length).setValues(grid as unknown[][]);
  sheet.getRange(1, 1, 1, HEADERS.length).setFontWeight("bold");
  sheet.setFrozenRows(1);
  return sheet;
}

const sentAtOf = (row: Cell[] | undefined): number | null =>
  row && isDate(row[SENT_AT]) ? (row[SENT_AT] as Date).getTime() : null;

/**
 * The job's letters. The list of a job is the same in every run of it: those due now (new or changed route, or the
 * one person asked for) and those this job has already sent (sent since it started) — so a resumed run finds its
 * step where it left it, and a person already sent to is skipped, never written to twice.
 */
export function planLetters(options: JobOptions): Plan {
  const ss = SpreadsheetApp.getActive();
  const book = loadBook(readWorkbook(ss));
  const sender: Sender = senderOf(book.settings, addonUserEmail());
  const docs = routeDocuments(book);
  const log = readLog(ss);
  const since = progressOf("letters")?.startedAt ?? Date.now();

  const rows: Cell[][] = docs.map((doc) => {
    const before = log.rows.get(doc.email);
    return [
      doc.email,
      doc.fio,
      doc.org,
      periodText(doc),
      before?.[SENT_AT] ?? "",
      before?.[STATE] ?? "",
      before?.[PRINT] ?? "",
    ];
  });
  const current = new Set(docs.map((doc) => doc.email));
  for (const [email, row] of log.rows) if (!current.has(email)) rows.push(row);
  const rowOf = new Map(rows.map((row) => [String(row[EMAIL]), row]));
  const sheetRow = new Map(rows.map((row, i) => [String(row[EMAIL]), i + 2]));

  const wanted = options.email ? docs.filter((doc) => doc.email === options.email) : docs;
  if (options.email && wanted.length === 0) throw new AddonError("NO_ROUTE");
  const due = (doc: RouteDocument) =>
    options.email !== undefined || rowOf.get(doc.email)![PRINT] !== fingerprintOf(doc);
  const list = wanted.filter((doc) => due(doc) || (sentAtOf(rowOf.get(doc.email)) ?? -1) >= since);

  let sheet: Sheet | undefined = log.sheet;
  let post: Mailer | undefined;
  const send = (doc: RouteDocument) => {
    const row = rowOf.get(doc.email)!;
    if (!due(doc) || (options.email !== undefined && (sentAtOf(row) ?? -1) >= since)) return;
    post ??= mailer();
    const update = row[PRINT] !== "" && row[PRINT] !== fingerprintOf(doc);
    const outcome = post.send(routeLetter(doc, sender, update));
    if (outcome.sent) {
      row[SENT_AT] = new Date();
      row[STATE] = STATE_TEXT.sent;
      row[PRINT] = fingerprintOf(doc);
    } else row[STATE] = outcome.quota ? STATE_TEXT.waiting : STATE_TEXT.failed(outcome.message);
    sheet!
      .getRange(sheetRow.get(doc.email)!, 1, 1, HEADERS.length)
      .setValues([row.map((cell) => (isDate(cell) ? cell : plainCell(cell)))] as unknown[][]);
  };

  const steps = [
    { label: "Список получателей на листе «Рассылка ИОМ»", run: () => void (sheet = writeLog(ss, rows)) },
  ];
  for (let i = 0; i < list.length; i += PER_STEP) {
    const part = list.slice(i, i + PER_STEP);
    steps.push({
      label: `Письма ${i + 1}–${i + part.length} из ${list.length}`,
      run: () => {
        sheet ??= findSheet(ss, LETTERS_LOG_TITLE) ?? writeLog(ss, rows);
        part.forEach(send);
      },
    });
  }

  return {
    steps,
    finish: () => {
      const view = lettersView(list, wanted.length, rowOf, since);
      if (view.waiting > 0) putText(WAITING_KEY, String(view.waiting));
      else removeText(WAITING_KEY);
      return { summary: lettersSummary(view), result: view };
    },
  };
}

function lettersView(
  list: readonly RouteDocument[],
  wanted: number,
  rowOf: ReadonlyMap<string, Cell[]>,
  since: number,
): LettersView {
  let sent = 0;
  let waiting = 0;
  let failed = 0;
  for (const doc of list) {
    const row = rowOf.get(doc.email)!;
    if ((sentAtOf(row) ?? -1) >= since) sent += 1;
    else if (row[STATE] === STATE_TEXT.waiting) waiting += 1;
    else failed += 1;
  }
  return { sent, waiting, failed, unchanged: wanted - list.length };
}

export function lettersSummary(view: LettersView): string {
  const parts = [`Отправлено ${countText(view.sent, "письмо", "письма", "писем")} с ИОМ`];
  if (view.unchanged > 0)
    parts.push(`без изменений ${countText(view.unchanged, "маршрут", "маршрута", "маршрутов")}`);
  if (view.waiting > 0)
    parts.push(
      `ждут отправки ${view.waiting} (дневной лимит писем Google исчерпан; уйдут при следующем открытии таблицы)`,
    );
  if (view.failed > 0) parts.push(`не отправлено ${view.failed} — причины на листе «${LETTERS_LOG_TITLE}»`);
  return `${parts.join("; ")}.`;
}

/** Route letters waiting for the next day's quota. */
export const waitingRouteLetters = (): number => Number(getText(WAITING_KEY) ?? 0) || 0;
