// A table sheet laid out row by row (caption, blank line, heading, bands, header, rows): one grid for every renderer.
import type { TableCell, TableSheet } from "./sheetModel.ts";
import { printSetup, type PrintSetup } from "./sheetModel.ts";

export type RowKind = "title" | "caption" | "blank" | "heading" | "band" | "header" | "body";

export interface LaidRow {
  readonly kind: RowKind;
  readonly cells: readonly TableCell[];
}

/** Cells merged into one: 1-based row and column of the top-left cell, and how many columns. */
export interface Merge {
  readonly row: number;
  readonly column: number;
  readonly columns: number;
}

export interface SheetLayout {
  readonly title: string;
  readonly rows: readonly LaidRow[];
  readonly merges: readonly Merge[];
  readonly widths: readonly number[];
  readonly print: PrintSetup;
}

const text = (value: string): TableCell => ({ value });

/**
 * Caption lines (the first is the title), then per section: a blank row, its heading, its bands, its header and
 * its rows. The print header rows end with the first section's header (bands included).
 */
export function sheetLayout(sheet: TableSheet): SheetLayout {
  const rows: LaidRow[] = sheet.caption.map((line, index) => ({
    kind: index === 0 ? "title" : "caption",
    cells: [text(line)],
  }));
  const merges: Merge[] = [];
  let headerRows = rows.length;
  sheet.sections.forEach((section, index) => {
    rows.push({ kind: "blank", cells: [] });
    if (section.heading) rows.push({ kind: "heading", cells: [text(section.heading)] });
    if (section.bands) {
      const cells: TableCell[] = [];
      for (const band of section.bands) {
        if (band.span > 1 && band.label)
          merges.push({ row: rows.length + 1, column: cells.length + 1, columns: band.span });
        cells.push(text(band.label), ...Array.from({ length: band.span - 1 }, () => text("")));
      }
      rows.push({ kind: "band", cells });
    }
    rows.push({ kind: "header", cells: section.headers.map(text) });
    if (index === 0) headerRows = rows.length;
    for (const cells of section.rows) rows.push({ kind: "body", cells });
  });
  return {
    title: sheet.title,
    rows,
    merges,
    widths: sheet.widths,
    print: printSetup(sheet.pageTitle ?? sheet.caption[0] ?? sheet.title, headerRows),
  };
}
