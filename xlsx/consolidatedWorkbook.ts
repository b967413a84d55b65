// The consolidated workbook (shared/tables/consolidatedTables.ts) as .xlsx: every sheet styled and set up for print.
import type ExcelJS from "exceljs";
import type { RegionReport } from "../shared/report/aggregate.ts";
import { consolidatedTables, type ConsolidatedMeta } from "../shared/tables/consolidatedTables.ts";
import { addTableSheet } from "./tableSheet.ts";
import { newWorkbook } from "./workbook.ts";

export function consolidatedWorkbook(report: RegionReport, meta: ConsolidatedMeta = {}): ExcelJS.Workbook {
  const workbook = newWorkbook();
  for (const sheet of consolidatedTables(report, meta)) addTableSheet(workbook, sheet);
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
