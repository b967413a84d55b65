// The shape of a sheet the product writes (caption, tables, widths, print set-up), rendered alike by xlsx/ and the add-on.
import type { Cell } from "../cells.ts";
import type { StatusColor } from "./kpiTable.ts";

export interface TableCell {
  readonly value: Cell;
  readonly numberFormat?: string;
  readonly color?: StatusColor;
  readonly bold?: boolean;
}

/** A label over several columns of the header row (merged cells above it): «K1 Прошли диагностику» over 3 columns. */
export interface HeaderBand {
  readonly label: string;
  readonly span: number;
}

export interface TableSection {
  readonly heading?: string;
  /** An optional row of labels over groups of columns, above `headers`. */
  readonly bands?: readonly HeaderBand[];
  readonly headers: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
}

export interface TableSheet {
  readonly title: string;
  /** Lines above the tables: what, for which date or month, which revision, who reported. */
  readonly caption: readonly string[];
  readonly sections: readonly TableSection[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
  /** The title printed in the page header; default: the caption's first line. */
  readonly pageTitle?: string;
}

/**
 * How a sheet prints: A4 landscape, all columns on one page wide (as many pages tall as needed), rows 1 … headerRows
 * (the caption and the first table's header) frozen on screen and repeated at the top of every printed page,
 * `pageTitle` in the page header. Google Sheets repeats frozen rows when printing («Повторять закреплённые строки»).
 */
export interface PrintSetup {
  readonly paperSize: "A4";
  readonly orientation: "landscape";
  readonly fitToWidth: 1;
  /** 0: as many pages tall as the rows need. */
  readonly fitToHeight: 0;
  readonly headerRows: number;
  readonly pageTitle: string;
}

export const printSetup = (pageTitle: string, headerRows: number): PrintSetup => ({
  paperSize: "A4",
  orientation: "landscape",
  fitToWidth: 1,
  fitToHeight: 0,
  headerRows,
  pageTitle,
});
