// Column widths from the content: as wide as the widest value up to the column's cap (longer text wraps), never
// narrower than a word of its header or of its values (a word is not broken mid-way), except a word wider than
// WORD_LIMIT (a long link): the column stops at WORD_LIMIT and that word breaks.
import { shownText } from "./cellText.ts";
import type { TableCell } from "./sheetModel.ts";
import { CELL_PADDING, measureText } from "./textMetrics.ts";

/** The cap of a column the model gives no cap for, in column units. */
export const DEFAULT_CAP = 50;
/** A single word wider than this (a long link) may break: one cell must not make a column wider than a page. */
export const WORD_LIMIT = 60;
const MIN_WIDTH = 3;
/** How much wider than its values a column grows to keep its header on one line. */
const HEADER_SLACK = 3;

/** A cell measured once for everything the layout asks of it: its text as shown, its widest line and word. */
export interface MeasuredCell {
  /** How many columns the cell covers. */
  readonly span: number;
  readonly shown: string;
  /** Widest line and widest word of `shown` in its weight, in column units (without the cell's padding). */
  readonly line: number;
  readonly word: number;
}

export interface MeasuredRow {
  readonly cells: readonly MeasuredCell[];
  /** A header row: its text wraps at words rather than widen the column past its values. */
  readonly header: boolean;
}

/** The cell's text as shown (dates, numbers through their format), measured bold when the row or the cell is. */
export function measureCell(cell: TableCell, bold: boolean): MeasuredCell {
  const shown = shownText(cell.value, cell.numberFormat);
  const { line, word } = measureText(shown, bold || cell.bold === true);
  return { span: cell.span ?? 1, shown, line, word };
}

export function fitWidths(rows: readonly MeasuredRow[], caps: readonly number[], columns: number): number[] {
  const values = Array<number>(columns).fill(0);
  const words = Array<number>(columns).fill(0);
  const headerWords = Array<number>(columns).fill(0);
  const headerLines = Array<number>(columns).fill(0);
  for (const row of rows) {
    let column = 0;
    for (const cell of row.cells) {
      if (cell.span === 1 && column < columns && cell.shown !== "") {
        const word = cell.word + CELL_PADDING;
        const line = cell.line + CELL_PADDING;
        if (row.header) {
          headerWords[column] = Math.max(headerWords[column]!, word);
          headerLines[column] = Math.max(headerLines[column]!, line);
        } else {
          values[column] = Math.max(values[column]!, line);
          words[column] = Math.max(words[column]!, word);
        }
      }
      column += cell.span;
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
 * A word wider than WORD_LIMIT (a long link) widens its columns only up to WORD_LIMIT and breaks in the cell.
 */
export function fitSpans(widths: readonly number[], rows: readonly MeasuredRow[]): number[] {
  const fitted = [...widths];
  for (const row of rows) {
    let column = 0;
    for (const cell of row.cells) {
      const span = cell.span;
      if (cell.shown !== "" && column + span <= fitted.length) {
        const need = Math.min(cell.word + CELL_PADDING, WORD_LIMIT);
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
