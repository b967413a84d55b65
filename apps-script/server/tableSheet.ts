// Table models (shared/tables/sheetModel.ts) on a sheet of this spreadsheet: the grid written with one call per
// cell property, in one named font, long text wrapped, widths from the content, merged cells, frozen header rows
// (what the add-on can do of the models' print set-up).
import type { Cell } from "../../shared/cells.ts";
import {
  BOLD_ROWS,
  HEADER_FILL,
  sheetLayout,
  type Merge,
  type RowKind,
} from "../../shared/tables/sheetLayout.ts";
import type { TableCell, TableSheet } from "../../shared/tables/sheetModel.ts";
import { SHEET_FONT } from "../../shared/tables/textMetrics.ts";
import { plainText, TEXT_FORMAT } from "../../shared/text/plainText.ts";
import { ensureSize, findSheet } from "./ownSheet.ts";
import { modelCell } from "./sheetCells.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Column units (the width of «0» in Arial 10, 7.4 px at 96 dpi) to Sheets' pixels, with the cell's margins; Sheets
 * grows a row to fit its wrapped text by itself.
 */
export const columnPixels = (units: number) => Math.round(units * 7.4 + 4);

/** Everything one sheet gets, each property a rectangle for one call. */
export interface SheetGrid {
  readonly values: Cell[][];
  readonly formats: string[][];
  readonly backgrounds: (string | null)[][];
  readonly fontColors: (string | null)[][];
  readonly weights: ("bold" | "normal")[][];
  readonly wraps: boolean[][];
  /** Column widths in pixels. */
  readonly widths: readonly number[];
  readonly merges: readonly Merge[];
  /** Rows frozen on screen; Google Sheets can repeat them on every printed page. */
  readonly frozenRows: number;
}

const formatOf = (cell: TableCell | undefined): string => {
  if (cell?.numberFormat) return cell.numberFormat;
  if (typeof cell?.value !== "number") return TEXT_FORMAT;
  return Number.isInteger(cell.value) ? "0" : "0.###";
};

/**
 * Texts go into plain-text cells (formats are written first), so codes, dates and names stay as they were sent;
 * a model date becomes the same day in the spreadsheet's zone.
 */
const valueOf = (cell: TableCell | undefined, timeZone: string): Cell => {
  const value = cell?.value ?? "";
  if (typeof value !== "string") return modelCell(value, timeZone);
  return plainText(value, formatOf(cell) === TEXT_FORMAT ? TEXT_FORMAT : "automatic");
};

const FRAMED: ReadonlySet<RowKind> = new Set(["band", "header"]);

/** A table model laid out as every renderer lays it (sheetLayout): the same rows, bands, widths and header rows. */
export function tableGrid(sheet: TableSheet, timeZone = "UTC"): SheetGrid {
  const layout = sheetLayout(sheet);
  const width = Math.max(1, layout.widths.length, ...layout.rows.map((row) => row.cells.length));
  const grid = <T>(pick: (cell: TableCell | undefined, kind: RowKind, c: number, r: number) => T): T[][] =>
    layout.rows.map((row, r) => Array.from({ length: width }, (_, c) => pick(row.cells[c], row.kind, c, r)));
  return {
    values: grid((cell) => valueOf(cell, timeZone)),
    formats: grid(formatOf),
    backgrounds: grid(
      (cell, kind, c, r) =>
        cell?.color?.fill ?? (FRAMED.has(kind) && c < layout.rows[r]!.cells.length ? HEADER_FILL : null),
    ),
    fontColors: grid((cell) => cell?.color?.font ?? null),
    weights: grid((cell, kind) => (cell?.bold || BOLD_ROWS.has(kind) ? "bold" : "normal")),
    wraps: grid((_, kind, c, r) => layout.rows[r]!.wraps[c] === true || FRAMED.has(kind)),
    widths: Array.from({ length: width }, (_, i) => columnPixels(layout.widths[i] ?? 10)),
    merges: layout.merges,
    frozenRows: layout.print.headerRows,
  };
}

/**
 * Replaces the sheet `title` (created when missing: right after `after` when given, else last) with `grid`: merges,
 * contents and formats of an earlier write go first, so writing twice leaves what writing once does. Formats are
 * written before values, so text such as «30.11.2026» or a code of digits stays text.
 */
export function writeGrid(ss: Spreadsheet, title: string, grid: SheetGrid, after?: Sheet): Sheet {
  // getIndex() counts from 1, insertSheet's index from 0: the same number puts the new sheet right after.
  const sheet =
    findSheet(ss, title) ?? (after ? ss.insertSheet(title, after.getIndex()) : ss.insertSheet(title));
  // A merge that cuts through an earlier merged block fails; the whole sheet covers every block.
  sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).breakApart();
  sheet.clear();
  const rows = grid.values.length;
  const columns = grid.values[0]!.length;
  ensureSize(sheet, rows, columns);
  const range = sheet.getRange(1, 1, rows, columns);
  range.setNumberFormats(grid.formats);
  range.setValues(grid.values as unknown[][]);
  range.setFontFamily(SHEET_FONT.name);
  range.setBackgrounds(grid.backgrounds as string[][]);
  range.setFontColors(grid.fontColors);
  range.setFontWeights(grid.weights);
  range.setWraps(grid.wraps);
  range.setVerticalAlignment("top");
  for (const merge of grid.merges) sheet.getRange(merge.row, merge.column, 1, merge.columns).mergeAcross();
  grid.widths.forEach((px, i) => sheet.setColumnWidth(i + 1, px));
  sheet.setFrozenRows(grid.frozenRows);
  return sheet;
}
