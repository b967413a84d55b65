// Renders the consolidated table models (shared/tables/consolidatedTables.ts) as an exceljs workbook with status colours.
import ExcelJS from "exceljs";
import type { RegionReport } from "../shared/report/aggregate.ts";
import {
  consolidatedTables,
  type ConsolidatedMeta,
  type ConsolidatedSheet,
  type TableCell,
} from "../shared/tables/consolidatedTables.ts";

/** "#d9ead3" → "FFD9EAD3", the ARGB form exceljs takes. */
const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

function styleCell(cell: ExcelJS.Cell, model: TableCell): void {
  if (model.numberFormat) cell.numFmt = model.numberFormat;
  if (model.color) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(model.color.fill) } };
    cell.font = { color: { argb: argb(model.color.font) }, bold: model.bold ?? false };
  } else if (model.bold) cell.font = { bold: true };
}

export function addConsolidatedSheet(
  workbook: ExcelJS.Workbook,
  sheet: ConsolidatedSheet,
): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(sheet.title);
  if (existing) workbook.removeWorksheet(existing.id);
  const worksheet = workbook.addWorksheet(sheet.title);
  sheet.caption.forEach((line, index) => {
    const row = worksheet.addRow([line]);
    if (index === 0) row.font = { bold: true, size: 12 };
  });
  for (const section of sheet.sections) {
    worksheet.addRow([]);
    if (section.heading) worksheet.addRow([section.heading]).font = { bold: true };
    const header = worksheet.addRow([...section.headers]);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: "top" };
    for (const cells of section.rows) {
      const row = worksheet.addRow(cells.map((cell) => cell.value ?? null));
      cells.forEach((cell, index) => styleCell(row.getCell(index + 1), cell));
    }
  }
  sheet.widths.forEach((width, index) => (worksheet.getColumn(index + 1).width = width));
  return worksheet;
}

export function consolidatedWorkbook(report: RegionReport, meta: ConsolidatedMeta = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Маршрут";
  for (const sheet of consolidatedTables(report, meta)) addConsolidatedSheet(workbook, sheet);
  return workbook;
}

/** The workbook as .xlsx bytes (for Cloud Storage and HTTP answers). */
export async function consolidatedWorkbookBytes(
  report: RegionReport,
  meta: ConsolidatedMeta = {},
): Promise<Uint8Array> {
  const buffer = await consolidatedWorkbook(report, meta).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export async function writeConsolidatedWorkbook(
  path: string,
  report: RegionReport,
  meta: ConsolidatedMeta = {},
): Promise<void> {
  await consolidatedWorkbook(report, meta).xlsx.writeFile(path);
}
