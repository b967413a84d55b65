// «Свод ГГГГ-ММ»: the consolidated table models laid out on one sheet, written with one call per cell property.
import type { Cell } from "../../shared/cells.ts";
import type { RegionReport } from "../../shared/report/aggregate.ts";
import {
  consolidatedCaption,
  consolidatedTables,
  regionSheetTitle,
  type ConsolidatedMeta,
  type TableCell,
} from "../../shared/tables/consolidatedTables.ts";
import { plainText, TEXT_FORMAT } from "../../shared/text/plainText.ts";
import { ensureSize, findSheet } from "./ownSheet.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const TITLE_FILL = "#cfe2f3";
export const HEADER_FILL = "#f1f3f4";
/** The models' widths are in characters; Sheets takes pixels. */
const PX_PER_CHAR = 7;

interface Styled {
  readonly value: Cell;
  readonly format?: string;
  readonly fill?: string;
  readonly font?: string;
  readonly bold?: boolean;
}

export interface RegionLayout {
  readonly values: Cell[][];
  readonly formats: string[][];
  readonly backgrounds: (string | null)[][];
  readonly fontColors: (string | null)[][];
  readonly weights: ("bold" | "normal")[][];
  /** Column widths in pixels, the widest any consolidated sheet asks for. */
  readonly widths: number[];
}

const styled = (cell: TableCell): Styled => ({
  value: cell.value,
  ...(cell.numberFormat ? { format: cell.numberFormat } : {}),
  ...(cell.color ? { fill: cell.color.fill, font: cell.color.font } : {}),
  ...(cell.bold ? { bold: true } : {}),
});

const formatOf = (cell: Styled | undefined): string => {
  if (cell?.format) return cell.format;
  if (typeof cell?.value !== "number") return TEXT_FORMAT;
  return Number.isInteger(cell.value) ? "0" : "0.###";
};

/** Caption lines, then each consolidated sheet: its title as a heading, its notes, its sections. */
export function regionLayout(report: RegionReport, meta: ConsolidatedMeta = {}): RegionLayout {
  const caption = consolidatedCaption(report, meta);
  const lines: Styled[][] = caption.map((line, i) => [{ value: line, bold: i === 0 }]);
  const titleRows = new Set<number>();
  const widthChars: number[] = [];
  for (const sheet of consolidatedTables(report, meta)) {
    lines.push([]);
    titleRows.add(lines.length);
    lines.push([{ value: sheet.title, bold: true, fill: TITLE_FILL }]);
    for (const note of sheet.caption.filter((line) => !caption.includes(line))) lines.push([{ value: note }]);
    sheet.sections.forEach((section, index) => {
      if (index > 0) lines.push([]);
      if (section.heading) lines.push([{ value: section.heading, bold: true }]);
      lines.push(section.headers.map((header) => ({ value: header, bold: true, fill: HEADER_FILL })));
      for (const row of section.rows) lines.push(row.map(styled));
    });
    sheet.widths.forEach((w, i) => (widthChars[i] = Math.max(widthChars[i] ?? 0, w)));
  }
  const width = Math.max(1, widthChars.length, ...lines.map((line) => line.length));
  const grid = <T>(pick: (cell: Styled | undefined, row: number) => T): T[][] =>
    lines.map((line, r) => Array.from({ length: width }, (_, c) => pick(line[c], r)));
  const text = (cell: Styled | undefined) => {
    const value = cell?.value ?? "";
    return typeof value === "string"
      ? plainText(value, formatOf(cell) === TEXT_FORMAT ? TEXT_FORMAT : "automatic")
      : value;
  };
  return {
    // Texts in plain-text cells (formats are written first), so codes, dates and names stay as the server sent them.
    values: grid(text),
    formats: grid(formatOf),
    backgrounds: grid((cell, r) => cell?.fill ?? (titleRows.has(r) ? TITLE_FILL : null)),
    fontColors: grid((cell) => cell?.font ?? null),
    weights: grid((cell, r) => (cell?.bold || titleRows.has(r) ? "bold" : "normal")),
    widths: Array.from({ length: width }, (_, i) => Math.round((widthChars[i] ?? 10) * PX_PER_CHAR)),
  };
}

/** Replaces the month's sheet (created when missing): contents and formats of an earlier import are cleared first. */
export function writeRegionSheet(ss: Spreadsheet, month: string, layout: RegionLayout): Sheet {
  const title = regionSheetTitle(month);
  const sheet = findSheet(ss, title) ?? ss.insertSheet(title);
  sheet.clear();
  const rows = layout.values.length;
  const columns = layout.values[0]!.length;
  ensureSize(sheet, rows, columns);
  const range = sheet.getRange(1, 1, rows, columns);
  // Formats first, so text such as «30.11.2026» or a code of digits stays text.
  range.setNumberFormats(layout.formats);
  range.setValues(layout.values as unknown[][]);
  range.setBackgrounds(layout.backgrounds as string[][]);
  range.setFontColors(layout.fontColors);
  range.setFontWeights(layout.weights);
  layout.widths.forEach((px, i) => sheet.setColumnWidth(i + 1, px));
  return sheet;
}
