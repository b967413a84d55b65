// What a sheet keeps of a written value and gives back on reading: formulas, the apostrophe, dates in its time zone.
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

/**
 * A written value as the sheet stores it. Range.setValue: "If it begins with '=' it is interpreted as a formula";
 * a leading apostrophe marks text and is not kept; a plain-text cell (number format "@") keeps what is written;
 * a Date is shown as its instant's wall clock in the spreadsheet's zone.
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
  return { value };
}

/** A stored value as getValues() gives it: a date as the instant of its wall clock in the spreadsheet's zone. */
export const readValue = (stored: Cell, timeZone: string): Cell =>
  isDate(stored) ? instantOf(stored, timeZone) : stored;
