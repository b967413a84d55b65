// Text that stays text in a Google sheet, which reads a written string as if typed («=…» becomes a formula).
import type { Cell } from "../cells.ts";

/**
 * The most characters one cell holds; longer text is cut with «…» (Sheets refuses the whole write otherwise).
 * https://support.google.com/drive/answer/37603
 */
export const CELL_TEXT_LIMIT = 50_000;

/** The number format of a plain-text cell: Sheets keeps what is written there as it is, formulas included. */
export const TEXT_FORMAT = "@";

/**
 * Strings a cell of automatic format would not keep as the same text: a formula («=», and «+»/«-», which Sheets
 * also starts formulas with), a leading apostrophe (taken as the text marker), numbers, dates and percents
 * («2026-09-01», «001», «50%») and the booleans. "If it begins with '=' it is interpreted as a formula":
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
 */
const READ_AS_TYPED = /^(?:[=+\-'@]|\s*[.,]?\d|\s*(?:true|false|истина|ложь)\s*$)/iu;

function fitted(text: string): string {
  if (text.length <= CELL_TEXT_LIMIT) return text;
  let end = CELL_TEXT_LIMIT - 2;
  if (/[\uD800-\uDBFF]/u.test(text[end - 1] ?? "")) end -= 1; // never half a surrogate pair
  return `${text.slice(0, end)}…`;
}

/**
 * `text` as written to a Google sheet so that the cell shows exactly it, cut to what a cell holds: in a cell of
 * automatic format an apostrophe goes in front when Sheets would read the text as a formula, number, date or
 * boolean (the apostrophe marks a text cell and is not part of its value); a plain-text cell (TEXT_FORMAT, set
 * before the value) takes the text as it is.
 */
export function plainText(text: string, format: "automatic" | typeof TEXT_FORMAT = "automatic"): string {
  const fits = fitted(text);
  return format === "automatic" && READ_AS_TYPED.test(fits) ? `'${fits}` : fits;
}

/** A cell to write: strings through plainText, numbers, booleans and dates as they are. */
export const plainCell = (cell: Cell): Cell => (typeof cell === "string" ? plainText(cell) : cell);

/** A whole grid for one setValues call. */
export const plainCells = (grid: readonly (readonly Cell[])[]): Cell[][] =>
  grid.map((row) => row.map(plainCell));
