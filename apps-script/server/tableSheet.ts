// Table models (shared/tables/sheetModel.ts) on a sheet of this spreadsheet: the grid written with one call per
// cell property, merged header bands, frozen header rows (what the add-on can do of the models' print set-up).
import type { Cell } from "../../shared/cells.ts";
import { sheetLayout, type Merge, type RowKind } from "../../shared/tables/sheetLayout.ts";
import type { TableCell, TableSheet } from "../../shared/tables/sheetModel.ts";
import { plainText, TEXT_FORMAT } from "../../shared/text/plainText.ts";
import { ensureSize, findSheet } from "./ownSheet.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const HEADER_FILL = "#f1f3f4";
/** The models' widths are in characters; Sheets takes pixels. */
const PX_PER_CHAR = 7;

/** A row to write: its cells and the style of the row. */
export interface GridLine {
  readonly cells: readonly TableCell[];
  readonly bold?: boolean;
  /** The fill of the row's own cells (a table header). */
  readonly cellFill?: string;
  /** The fill across the whole width (a title band). */
  readonly rowFill?: string;
}

/** Everything one sheet gets, each property a rectangle for one call. */
export interface SheetGrid {
  readonly values: Cell[][];
  readonly formats: string[][];
  readonly backgrounds: (string | null)[][];
  readonly fontColors: (string | null)[][];
  readonly weights: ("bold" | "normal")[][];
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

/** Texts go into plain-text cells (formats are written first), so codes, dates and names stay as they were sent. */
const valueOf = (cell: TableCell | undefined): Cell => {
  const value = cell?.value ?? "";
  if (typeof value !== "string") return value;
  return plainText(value, formatOf(cell) === TEXT_FORMAT ? TEXT_FORMAT : "automatic");
};

export function sheetGrid(
  lines: readonly GridLine[],
  widthsInChars: readonly number[],
  merges: readonly Merge[] = [],
  frozenRows = 0,
): SheetGrid {
  const width = Math.max(1, widthsInChars.length, ...lines.map((line) => line.cells.length));
  const grid = <T>(pick: (cell: TableCell | undefined, line: GridLine, column: number) => T): T[][] =>
    lines.map((line) => Array.from({ length: width }, (_, c) => pick(line.cells[c], line, c)));
  return {
    values: grid(valueOf),
    formats: grid(formatOf),
    backgrounds: grid(
      (cell, line, c) =>
        cell?.color?.fill ?? (c < line.cells.length ? line.cellFill : undefined) ?? line.rowFill ?? null,
    ),
    fontColors: grid((cell) => cell?.color?.font ?? null),
    weights: grid((cell, line) => (cell?.bold || line.bold ? "bold" : "normal")),
    widths: Array.from({ length: width }, (_, i) => Math.round((widthsInChars[i] ?? 10) * PX_PER_CHAR)),
    merges,
    frozenRows,
  };
}

const KIND_STYLES: Record<RowKind, Omit<GridLine, "cells">> = {
  title: { bold: true },
  caption: {},
  blank: {},
  heading: { bold: true },
  band: { bold: true, cellFill: HEADER_FILL },
  header: { bold: true, cellFill: HEADER_FILL },
  body: {},
};

/** A table model laid out as every renderer lays it (sheetLayout): the same rows, bands and header rows. */
export function tableGrid(sheet: TableSheet): SheetGrid {
  const layout = sheetLayout(sheet);
  const lines = layout.rows.map(({ kind, cells }) => ({ cells, ...KIND_STYLES[kind] }));
  return sheetGrid(lines, layout.widths, layout.merges, layout.print.headerRows);
}

/**
 * Replaces the sheet `title` (created when missing: right after `after` when given, else last) with `grid`: merges,
 * contents and formats of an earlier write go first, so writing twice leaves what writing once does.
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
  // Formats first, so text such as «30.11.2026» or a code of digits stays text.
  range.setNumberFormats(grid.formats);
  range.setValues(grid.values as unknown[][]);
  range.setBackgrounds(grid.backgrounds as string[][]);
  range.setFontColors(grid.fontColors);
  range.setFontWeights(grid.weights);
  for (const merge of grid.merges) sheet.getRange(merge.row, merge.column, 1, merge.columns).mergeAcross();
  grid.widths.forEach((px, i) => sheet.setColumnWidth(i + 1, px));
  sheet.setFrozenRows(grid.frozenRows);
  return sheet;
}
