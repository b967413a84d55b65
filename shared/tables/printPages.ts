// Which columns print together: the whole table on one page wide when it stays legible, else pages of whole
// column groups with the key columns (an organisation's name) repeated on each.
import type { ColumnPages } from "./sheetModel.ts";

/**
 * A4 landscape between 0.4″ margins is 784 pt; a column unit of Arial 10 is 5.56 pt (measured in LibreOffice's
 * PDF), so about 141 units print at 100 %; a little is kept for rounding.
 */
export const PAGE_WIDTH_UNITS = 138;
/** The smallest scale a sheet is shrunk to: 10 pt at 75 % prints as 7,5 pt, still read without a magnifier. */
export const MIN_PRINT_SCALE = 0.75;
/** The widest a page may be before shrinking would make it illegible. */
export const LEGIBLE_WIDTH = PAGE_WIDTH_UNITS / MIN_PRINT_SCALE;

const sum = (widths: readonly number[], from: number, to: number) =>
  widths.slice(from, to).reduce((total, width) => total + width, 0);

/**
 * Pages of columns for `widths` (column units): none when all fit LEGIBLE_WIDTH; else from the left, each page as
 * many whole groups as fit beside the `keyColumns` repeated on it. `starts` are the 0-based columns a group starts
 * at (every column when empty); a group wider than a page gets a page of its own.
 */
export function columnPages(
  widths: readonly number[],
  keyColumns: number,
  starts: readonly number[] = [],
): ColumnPages[] {
  if (sum(widths, 0, widths.length) <= LEGIBLE_WIDTH) return [];
  const breaks = new Set(starts.length > 0 ? starts : widths.map((_, i) => i));
  breaks.add(widths.length);
  const keys = sum(widths, 0, keyColumns);
  const pages: ColumnPages[] = [];
  let from = 0;
  while (from < widths.length) {
    const room = LEGIBLE_WIDTH - (from === 0 ? 0 : keys);
    let to = from;
    for (let end = from + 1; end <= widths.length; end++) {
      if (!breaks.has(end)) continue;
      if (to > from && sum(widths, from, end) > room) break;
      to = end;
    }
    pages.push({ from: from + 1, to });
    from = to;
  }
  return pages;
}
