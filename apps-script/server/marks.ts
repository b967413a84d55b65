// Shows findings in the sheets: colours bad cells, puts the messages in their notes, fills the «Проверка» column.
import type { Cell } from "../../shared/cells.ts";
import { normalizeKey } from "../../shared/text/normalize.ts";
import { plainText } from "../../shared/text/plainText.ts";
import type { Finding, Severity } from "../../shared/validation/finding.ts";
import { CHECK_HEADER, CHECK_WIDTH } from "../../shared/tables/checkColumn.ts";
import { MARK } from "./titles.ts";
import { columnPixels } from "./tableSheet.ts";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows written by one call: large enough that a municipal register is one range, small enough for one request. */
export const CHUNK_ROWS = 25_000;

/** Sheet rows `from`..`to`, inclusive. */
export interface RowSpan {
  readonly from: number;
  readonly to: number;
}

/** The data rows 2..lastRow in spans of at most `size` rows. */
export function rowSpans(lastRow: number, size = CHUNK_ROWS): RowSpan[] {
  const spans: RowSpan[] = [];
  for (let from = 2; from <= lastRow; from += size)
    spans.push({ from, to: Math.min(lastRow, from + size - 1) });
  return spans;
}

export interface CellMark {
  severity: Severity;
  messages: string[];
}
/** Sheet row → 0-based column → mark. */
export type Marks = Map<number, Map<number, CellMark>>;

export function marksOf(
  findings: readonly Finding[],
  columnOf: (finding: Finding) => number | undefined,
): Marks {
  const marks: Marks = new Map();
  for (const finding of findings) {
    const column = columnOf(finding);
    if (column === undefined || finding.row < 2) continue;
    let row = marks.get(finding.row);
    if (!row) marks.set(finding.row, (row = new Map()));
    const mark = row.get(column);
    if (!mark) row.set(column, { severity: finding.severity, messages: [finding.message] });
    else {
      mark.messages.push(finding.message);
      if (finding.severity === "error") mark.severity = "error";
    }
  }
  return marks;
}

const OUR_COLOURS = new Set<string>([MARK.error, MARK.warning]);
/**
 * getBackgrounds() reports a cell without fill as white; written back, white would become an explicit fill that
 * hides the sheet's alternating colours. So white is written back as null: no fill.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setBackgrounds(String)
 */
const NO_FILL = "#ffffff";

/**
 * Colours and notes for rows of `span` × columns 1..width: one read and one write of each. Cells the add-on marked
 * before and that are fine now lose the mark (no fill); colours and notes of anyone else are kept.
 */
export function writeMarks(sheet: Sheet, span: RowSpan, width: number, marks: Marks): void {
  if (width < 1 || span.to < span.from) return;
  const range = sheet.getRange(span.from, 1, span.to - span.from + 1, width);
  const backgrounds = range.getBackgrounds() as (string | null)[][];
  const notes = range.getNotes();
  let changed = false;
  backgrounds.forEach((colours, r) => {
    const rowMarks = marks.get(span.from + r);
    const rowNotes = notes[r]!;
    for (let c = 0; c < width; c++) {
      const mark = rowMarks?.get(c);
      const colour = String(colours[c] ?? NO_FILL).toLowerCase();
      const note = String(rowNotes[c] ?? "");
      const wantColour = mark ? MARK[mark.severity] : OUR_COLOURS.has(colour) ? NO_FILL : colour;
      const wantNote = mark
        ? MARK.notePrefix + mark.messages.join("\n")
        : note.startsWith(MARK.notePrefix)
          ? ""
          : note;
      if (wantColour !== colour || wantNote !== note) changed = true;
      colours[c] = wantColour === NO_FILL ? null : wantColour;
      rowNotes[c] = wantNote;
    }
  });
  if (!changed) return;
  range.setBackgrounds(backgrounds as string[][]);
  range.setNotes(notes);
}

export const isCheckHeader = (cell: Cell) =>
  typeof cell === "string" && normalizeKey(cell) === normalizeKey(CHECK_HEADER);

/** The 1-based «Проверка» column: found by its header, else added right of all data (only its header is written). */
export function ensureCheckColumn(sheet: Sheet, header: readonly Cell[]): number {
  const found = header.findIndex(isCheckHeader);
  if (found >= 0) return found + 1;
  const column = header.length + 1;
  const max = sheet.getMaxColumns();
  if (column > max) sheet.insertColumnsAfter(max, column - max);
  sheet.getRange(1, column).setValue(CHECK_HEADER).setFontWeight("bold");
  // Messages are long: a wide column whose text wraps, not a line running over the next columns.
  sheet.setColumnWidth(column, columnPixels(CHECK_WIDTH));
  sheet.getRange(1, column, sheet.getMaxRows(), 1).setWrap(true);
  return column;
}

/** Writes the «Проверка» texts of rows in `span` with one setValues. */
export function writeCheckColumn(
  sheet: Sheet,
  column: number,
  span: RowSpan,
  texts: ReadonlyMap<number, string>,
): void {
  if (span.to < span.from) return;
  const values: string[][] = [];
  for (let row = span.from; row <= span.to; row++) values.push([plainText(texts.get(row) ?? "")]);
  sheet.getRange(span.from, column, values.length, 1).setValues(values);
}
