// The shape of a sheet the product writes (caption, tables, widths, print set-up), rendered alike by xlsx/ and the add-on.
import type { Cell } from "../cells.ts";
import type { StatusColor } from "./kpiTable.ts";

export interface TableCell {
  readonly value: Cell;
  readonly numberFormat?: string;
  readonly color?: StatusColor;
  readonly bold?: boolean;
  /** How many columns the cell covers (merged), 1 by default: «нет отчёта» across a municipality's figures. */
  readonly span?: number;
}

/** A label over several columns of the header row (merged cells above it): «K1 Прошли диагностику» over 3 columns. */
export interface HeaderBand {
  readonly label: string;
  readonly span: number;
}

export interface TableSection {
  readonly heading?: string;
  /** Lines between the heading and the table: what the table shows. */
  readonly lead?: readonly string[];
  /** An optional row of labels over groups of columns, above `headers`. */
  readonly bands?: readonly HeaderBand[];
  readonly headers: readonly string[];
  /**
   * How many columns the first header and each row's first cell cover: a small table under a wider one keeps its
   * labels right next to its figures.
   */
  readonly labelSpan?: number;
  readonly rows: readonly (readonly TableCell[])[];
  /** Lines under the rows, across the table: what a figure means, why two figures differ. */
  readonly notes?: readonly string[];
}

export interface TableSheet {
  readonly title: string;
  /** Lines above the tables: what, for which date or month, which revision, who reported. */
  readonly caption: readonly string[];
  readonly sections: readonly TableSection[];
  /**
   * The widest each column may grow, in column units (the width of «0»); the width itself comes from the content,
   * and longer text wraps. Header words and single words are never broken.
   */
  readonly widths: readonly number[];
  /** The title printed in the page header; default: the caption's first line. */
  readonly pageTitle?: string;
  /** Leading columns printed again on every page when the table is too wide for one legible page (default 1). */
  readonly keyColumns?: number;
  /** false: only the caption is frozen and repeated (tables stacked, each with its own header). */
  readonly repeatHeader?: boolean;
}

/** Columns printed as their own pages (1-based, inclusive), each shrunk to one page wide. */
export interface ColumnPages {
  readonly from: number;
  readonly to: number;
}

/**
 * How a sheet prints: A4 landscape; rows 1 … headerRows (the caption and the first table's header) frozen on screen
 * and repeated at the top of every printed page, `pageTitle` in the page header. A table that fits one page wide
 * at a legible size (MIN_PRINT_SCALE) is shrunk to it; a wider one is printed in `columnPages`, each one page
 * wide, with its first `repeatColumns` columns on every page. Google Sheets repeats frozen rows when printing
 * («Повторять закреплённые строки»).
 */
export interface PrintSetup {
  readonly paperSize: "A4";
  readonly orientation: "landscape";
  readonly fitToWidth: 1;
  /** 0: as many pages tall as the rows need. */
  readonly fitToHeight: 0;
  readonly headerRows: number;
  /**
   * The first row of the table's header (its bands, else its header row). A table printed in pages of columns repeats
   * rows tableRow … headerRows on every page and prints its later pages of columns from this row: the caption, run
   * across the first page's columns, would be cut on the others (the page header names the sheet).
   */
  readonly tableRow: number;
  readonly pageTitle: string;
  /** Empty when the whole width fits one page. */
  readonly columnPages: readonly ColumnPages[];
  readonly repeatColumns: number;
}

export const printSetup = (
  pageTitle: string,
  headerRows: number,
  columnPages: readonly ColumnPages[] = [],
  repeatColumns = 0,
  tableRow = 1,
): PrintSetup => ({
  paperSize: "A4",
  orientation: "landscape",
  fitToWidth: 1,
  fitToHeight: 0,
  headerRows,
  tableRow: Math.min(tableRow, Math.max(1, headerRows)),
  pageTitle,
  columnPages,
  repeatColumns,
});
