// Column widths from the content: as wide as the widest value up to the column's cap (longer text wraps), never
// narrower than a word of its header or of its values (a word is never broken mid-way).
import { shownText } from "./cellText.ts";
import type { TableCell } from "./sheetModel.ts";
import { CELL_PADDING, longestWord, widestLine } from "./textMetrics.ts";

/** The cap of a column the model gives no cap for, in column units. */
export const DEFAULT_CAP = 50;
/** A single word wider than this (a long link) may break: one cell must not make a column wider than a page. */
export const WORD_LIMIT = 60;
const MIN_WIDTH = 3;
/** How much wider than its values a column grows to keep its header on one line. */
const HEADER_SLACK = 3;

export interface MeasuredRow {
  readonly cells: readonly TableCell[];
  /** A header row: its text wraps at words rather than widen the column past its values. */
  readonly header: boolean;
  readonly bold: boolean;
}

/** The text of a cell as shown, and whether it prints bold. */
export const cellShown = (cell: TableCell) => shownText(cell.value, cell.numberFormat);

export function fitWidths(rows: readonly MeasuredRow[], caps: readonly number[], columns: number): number[] {
  const values = Array<number>(columns).fill(0);
  const words = Array<number>(columns).fill(0);
  const headerWords = Array<number>(columns).fill(0);
  const headerLines = Array<number>(columns).fill(0);
  for (const row of rows) {
    let column = 0;
    for (const cell of row.cells) {
      const span = cell.span ?? 1;
      if (span === 1 && column < columns) {
        const text = cellShown(cell);
        const bold = row.bold || cell.bold === true;
        if (text !== "") {
          const word = longestWord(text, bold) + CELL_PADDING;
          if (row.header) {
            headerWords[column] = Math.max(headerWords[column]!, word);
            headerLines[column] = Math.max(headerLines[column]!, widestLine(text, bold) + CELL_PADDING);
          } else {
            values[column] = Math.max(values[column]!, widestLine(text, bold) + CELL_PADDING);
            words[column] = Math.max(words[column]!, word);
          }
        }
      }
      column += span;
    }
  }
  return values.map((value, c) => {
    const cap = caps[c] ?? DEFAULT_CAP;
    const fitted = Math.max(
      Math.min(value, cap),
      Math.min(words[c]!, WORD_LIMIT),
      headerWords[c]!,
      MIN_WIDTH,
    );
    // A header a little wider than its values stays on one line.
    const header = headerLines[c]! <= Math.min(fitted + HEADER_SLACK, cap) ? headerLines[c]! : 0;
    return Math.ceil(Math.max(fitted, header) * 10) / 10;
  });
}

/**
 * Widens the columns under a label that spans several (a band over an indicator's three columns) until the label's
 * longest word fits, the extra spread evenly: «K6 участники конкурсов» over one narrow column is not cut into letters.
 */
export function fitSpans(widths: readonly number[], rows: readonly MeasuredRow[]): number[] {
  const fitted = [...widths];
  for (const row of rows) {
    let column = 0;
    for (const cell of row.cells) {
      const span = cell.span ?? 1;
      const text = cellShown(cell);
      if (text !== "" && column + span <= fitted.length) {
        const need = longestWord(text, row.bold || cell.bold === true) + CELL_PADDING;
        const have = fitted.slice(column, column + span).reduce((a, b) => a + b, 0);
        if (need > have)
          for (let c = column; c < column + span; c++)
            fitted[c] = Math.ceil((fitted[c]! + (need - have) / span) * 10) / 10;
      }
      column += span;
    }
  }
  return fitted;
}
