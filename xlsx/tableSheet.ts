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
  }
  for (const { row, column, columns } of layout.merges)
    worksheet.mergeCells(row, column, row, column + columns - 1);
  layout.widths.forEach((width, index) => (worksheet.getColumn(index + 1).width = width));
  applyPrintSetup(worksheet, layout.print);
  return worksheet;
}
