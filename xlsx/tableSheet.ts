// Renders a table sheet model (shared/tables/sheetModel.ts) through its layout: styled cells in one named font,
// merged bands, column widths from the content, wrapped text with the row heights it needs, the print set-up.
import type ExcelJS from "exceljs";
import { isDate, type Cell } from "../shared/cells.ts";
import { BOLD_ROWS, HEADER_FILL, sheetLayout, type LaidRow } from "../shared/tables/sheetLayout.ts";
import type { TableSheet } from "../shared/tables/sheetModel.ts";
import { SHEET_FONT } from "../shared/tables/textMetrics.ts";
import { applyPrintSetup } from "./printSetup.ts";

/** "#d9ead3" → "FFD9EAD3", the ARGB form exceljs takes. */
export const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** Points per line of wrapped text, and the row's margin; a row's height is set for its lines (LibreOffice does not
 * grow rows when it opens a file). */
const LINE_HEIGHT = 11.5;
const ROW_MARGIN = 3;

/** exceljs stores a Date as its UTC instant; a model date is the local wall clock, as Apps Script shows it. */
const utcWallClock = (date: Date) =>
  new Date(
    Date.UTC(
      date.getFullYear(),
      date.getMonth(),
      date.getDate(),
      date.getHours(),
      date.getMinutes(),
      date.getSeconds(),
    ),
  );

const written = (value: Cell) => (isDate(value) ? utcWallClock(value) : (value ?? null));

/** Each cell gets the named font (a font without a name prints in another face), its fill, format and wrapping. */
function styleRow(row: ExcelJS.Row, laid: LaidRow): void {
  const framed = laid.kind === "band" || laid.kind === "header";
  laid.cells.forEach((model, index) => {
    const bold = BOLD_ROWS.has(laid.kind) || model.bold === true;
    const color = model.color?.font;
    const fill = model.color?.fill ?? (framed ? HEADER_FILL : undefined);
    const wrap = laid.wraps[index] === true;
    const aligned = wrap || laid.lines > 1 || framed;
    // Most cells of a long table have no style of their own: they are not touched.
    if (!bold && !color && !fill && !model.numberFormat && !aligned) return;
    const cell = row.getCell(index + 1);
    if (bold || color)
      cell.font = {
        ...SHEET_FONT,
        ...(laid.kind === "title" ? { size: 12 } : {}),
        ...(bold ? { bold: true } : {}),
        ...(color ? { color: { argb: argb(color) } } : {}),
      };
    if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(fill) } };
    if (model.numberFormat) cell.numFmt = model.numberFormat;
    if (aligned)
      cell.alignment = {
        vertical: "top",
        ...(wrap || framed ? { wrapText: true } : {}),
        ...(laid.kind === "band" ? { horizontal: "center" } : {}),
      };
  });
  if (laid.lines > 1) row.height = laid.lines * LINE_HEIGHT + ROW_MARGIN;
  if (laid.kind === "title") row.height = Math.max(laid.lines, 1) * (LINE_HEIGHT + 2) + ROW_MARGIN;
}

/** Adds the sheet, replacing one of the same name (so writing twice gives the same workbook). */
export function addTableSheet(workbook: ExcelJS.Workbook, sheet: TableSheet): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(sheet.title);
  if (existing) workbook.removeWorksheet(existing.id);
  const worksheet = workbook.addWorksheet(sheet.title);
  const layout = sheetLayout(sheet);
  for (const laid of layout.rows)
    styleRow(worksheet.addRow(laid.cells.map((cell) => written(cell.value))), laid);
  for (const { row, column, columns } of layout.merges)
    worksheet.mergeCells(row, column, row, column + columns - 1);
  layout.widths.forEach((width, index) => (worksheet.getColumn(index + 1).width = width));
  applyPrintSetup(worksheet, layout.print);
  return worksheet;
}
