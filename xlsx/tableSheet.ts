// Renders a table sheet model (shared/tables/sheetModel.ts) through its layout: styled cells, merged bands,
// column widths and the print set-up.
import type ExcelJS from "exceljs";
import { sheetLayout, type RowKind } from "../shared/tables/sheetLayout.ts";
import type { TableCell, TableSheet } from "../shared/tables/sheetModel.ts";
import { applyPrintSetup } from "./printSetup.ts";

/** "#d9ead3" → "FFD9EAD3", the ARGB form exceljs takes. */
export const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

const HEADER_FILL = "#f1f3f4";

function styleCell(cell: ExcelJS.Cell, model: TableCell): void {
  if (model.numberFormat) cell.numFmt = model.numberFormat;
  if (model.color) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(model.color.fill) } };
    cell.font = { color: { argb: argb(model.color.font) }, bold: model.bold ?? false };
  } else if (model.bold) cell.font = { bold: true };
}

function styleRow(row: ExcelJS.Row, kind: RowKind, width: number): void {
  if (kind === "title") row.font = { bold: true, size: 12 };
  if (kind === "heading") row.font = { bold: true };
  if (kind !== "band" && kind !== "header") return;
  for (let column = 1; column <= width; column++) {
    const cell = row.getCell(column);
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: "top", horizontal: kind === "band" ? "center" : "left" };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(HEADER_FILL) } };
  }
}

/** Points per line of text; rows whose text wraps get room for it (LibreOffice does not grow them on opening). */
const LINE_HEIGHT = 15;

/**
 * Text longer than its column wraps (so nothing runs past the table and widens the printed page) and its row gets
 * the lines it needs. Caption lines are left to run across the empty cells to their right.
 */
function wrapLongText(
  row: ExcelJS.Row,
  cells: readonly TableCell[],
  widthOf: (index: number) => number,
  bold: boolean,
): void {
  let lines = 1;
  cells.forEach((cell, index) => {
    const width = widthOf(index);
    // A column width counts digits of the default font; bold letters run wider.
    const scale = bold || cell.bold ? 1.15 : 1;
    const needed = typeof cell.value === "string" ? Math.ceil((cell.value.length * scale) / width) : 1;
    if (needed <= 1) return;
    const target = row.getCell(index + 1);
    target.alignment = { ...target.alignment, wrapText: true, vertical: "top" };
    lines = Math.max(lines, needed);
  });
  if (lines === 1) return;
  row.height = lines * LINE_HEIGHT;
  // The row's other cells line up with the wrapped text's first line.
  cells.forEach((_, index) => {
    const target = row.getCell(index + 1);
    target.alignment = { ...target.alignment, vertical: "top" };
  });
}

/** Adds the sheet, replacing one of the same name (so writing twice gives the same workbook). */
export function addTableSheet(workbook: ExcelJS.Workbook, sheet: TableSheet): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(sheet.title);
  if (existing) workbook.removeWorksheet(existing.id);
  const worksheet = workbook.addWorksheet(sheet.title);
  const layout = sheetLayout(sheet);
  for (const { kind, cells } of layout.rows) {
    const row = worksheet.addRow(cells.map((cell) => cell.value ?? null));
    styleRow(row, kind, cells.length);
    if (kind === "body") cells.forEach((cell, index) => styleCell(row.getCell(index + 1), cell));
    if (kind === "header" || kind === "body" || kind === "band") {
      // A band's label spans its merged columns.
      const spans = new Map(
        layout.merges.filter((m) => m.row === row.number).map((m) => [m.column - 1, m.columns]),
      );
      const widthOf = (index: number) => {
        let width = 0;
        for (let c = index; c < index + (spans.get(index) ?? 1); c++) width += layout.widths[c] ?? 10;
        return width;
      };
      wrapLongText(row, cells, widthOf, kind !== "body");
    }
  }
  for (const { row, column, columns } of layout.merges)
    worksheet.mergeCells(row, column, row, column + columns - 1);
  layout.widths.forEach((width, index) => (worksheet.getColumn(index + 1).width = width));
  applyPrintSetup(worksheet, layout.print);
  return worksheet;
}
