// What a sheet keeps of a written value and gives back on reading: formulas, the apostrophe, text read as typed
// (numbers, percents, booleans, dates), dates in its time zone.
import type { Cell } from "../../../shared/cells.ts";

/**
 * A cell holds at most 50 000 characters; a longer write is refused whole (the platform's message).
 * https://support.google.com/drive/answer/37603
 */
export const CELL_CHARACTERS = 50_000;

/** What a cell keeps: a value (dates as their wall clock, a local Date) and, for a formula, its text. */
export interface Stored {
  readonly value: Cell;
  readonly formula?: string;
}

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === "[object Date]";

/** Conversions repeat (a column of the same dates): remembered per zone and instant. */
const memo = new Map<string, number>();
function remembered(key: string, compute: () => number): Date {
  let ms = memo.get(key);
  if (ms === undefined) {
    if (memo.size > 200_000) memo.clear();
    memo.set(key, (ms = compute()));
  }
  return new Date(ms);
}

const formats = new Map<string, Intl.DateTimeFormat>();
const formatIn = (timeZone: string) => {
  let format = formats.get(timeZone);
  if (!format)
    formats.set(
      timeZone,
      (format = new Intl.DateTimeFormat("sv-SE", { timeZone, dateStyle: "short", timeStyle: "medium" })),
    );
  return format;
};

/** The wall clock of `instant` in `timeZone`, as a Date whose local fields show it (the fake's stored form). */
export function wallClock(instant: Date, timeZone: string): Date {
  return remembered(`w${timeZone}|${instant.getTime()}`, () => {
    const text = formatIn(timeZone).format(instant); // «2026-09-01 00:00:00»
    const [y, mo, d, h, mi, s] = text.split(/[-\s:]/u).map(Number);
    return new Date(y!, mo! - 1, d!, h!, mi!, s!).getTime();
  });
}

const fields = (d: Date) =>
  Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds());

/** The instant whose wall clock in `timeZone` is `wall` (the inverse of wallClock). */
export function instantOf(wall: Date, timeZone: string): Date {
  return remembered(`i${timeZone}|${wall.getTime()}`, () => {
    let ms = fields(wall);
    for (let i = 0; i < 3; i++) {
      const diff = fields(wallClock(new Date(ms), timeZone)) - fields(wall);
      if (diff === 0) break;
      ms -= diff;
    }
    return ms;
  });
}

const NUMBER = /^\s*[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)\s*$/u;
const PERCENT = /^\s*([+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+))\s*%\s*$/u;
const ISO_DATE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$/u;
const RU_DATE = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/u;
const BOOLEAN = /^\s*(true|false|истина|ложь)\s*$/iu;

const dateOf = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Date | undefined => {
  const date = new Date(y, mo - 1, d, h, mi, s);
  return date.getMonth() === mo - 1 && date.getDate() === d ? date : undefined;
};

/**
 * Text as a cell of automatic format reads it when typed: «001» → 1, «1,5» → 1.5, «50%» → 0.5, «TRUE»/«ИСТИНА» →
 * true, «2026-09-01» and «01.09.2026» → that date (a Russian-locale spreadsheet), a leading «+» or «-» before
 * anything but a number → a formula. Undefined: the text stays text. The add-on puts an apostrophe before such text
 * (shared/text/plainText.ts), so a writer that forgets it turns a test red here.
 */
function asTyped(text: string): Stored | undefined {
  if (NUMBER.test(text)) return { value: Number(text.trim().replace(",", ".")) };
  const percent = PERCENT.exec(text);
  if (percent) return { value: Number(percent[1]!.replace(",", ".")) / 100 };
  const bool = BOOLEAN.exec(text);
  if (bool) return { value: /^(true|истина)$/iu.test(bool[1]!) };
  const iso = ISO_DATE.exec(text);
  const ru = RU_DATE.exec(text);
  const date = iso
    ? dateOf(
        ...(iso.slice(1).map((part) => Number(part ?? 0)) as [
          number,
          number,
          number,
          number,
          number,
          number,
        ]),
      )
    : ru
      ? dateOf(Number(ru[3]), Number(ru[2]), Number(ru[1]))
      : undefined;
  if (date) return { value: date };
  if (/^[+-]/u.test(text)) return { value: "", formula: text };
  return undefined;
}

/**
 * A written value as the sheet stores it. Range.setValue: "If it begins with '=' it is interpreted as a formula";
 * a leading apostrophe marks text and is not kept; other text is read as typed (asTyped); a plain-text cell (number
 * format "@") keeps what is written (an assumption: docs/platform.md); a Date is shown as its instant's wall clock in
 * the spreadsheet's zone.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
 * https://support.google.com/docs/answer/56470 (number formats: plain text)
 */
export function storeValue(value: unknown, timeZone: string, format: string | undefined): Stored {
  if (value === null || value === undefined) return { value: "" };
  if (typeof value === "number" || typeof value === "boolean") return { value };
  if (isDate(value)) return { value: Number.isNaN(value.getTime()) ? "" : wallClock(value, timeZone) };
  if (typeof value !== "string")
    throw new Error("Exception: The parameters (Object[][]) don't match the method signature.");
  if (value.length > CELL_CHARACTERS)
    throw new Error(
      `Exception: Your input contains more than the maximum of ${CELL_CHARACTERS} characters in a single cell.`,
    );
  if (format === "@") return { value };
  if (value.startsWith("'")) return { value: value.slice(1) };
  if (value.startsWith("=")) return { value: "", formula: value };
  return asTyped(value) ?? { value };
}

/** A stored value as getValues() gives it: a date as the instant of its wall clock in the spreadsheet's zone. */
export const readValue = (stored: Cell, timeZone: string): Cell =>
  isDate(stored) ? instantOf(stored, timeZone) : stored;
