// `marshrut iom --out`: «ИОМ» (the merged sheet) and «Сводка ИОМ» (one row per person), laid out as every sheet is.
import type { RoutesResult } from "../shared/iom/schema.ts";
import {
  ROUTES_LOOK,
  ROUTES_SHEET_TITLE,
  routesSummaryTable,
  routesTable,
  SUMMARY_LOOK,
  SUMMARY_SHEET_TITLE,
} from "../shared/tables/routesTable.ts";
import { addPlainSheet } from "./writeWorkbook.ts";
import { newWorkbook } from "./workbook.ts";

/** Dates as ДД.ММ.ГГГГ, widths from the content, long titles and warnings wrapped. */
export async function writeRoutesWorkbook(path: string, result: RoutesResult): Promise<void> {
  const workbook = newWorkbook();
  addPlainSheet(workbook, { name: ROUTES_SHEET_TITLE, rows: routesTable(result.rows), ...ROUTES_LOOK });
  addPlainSheet(workbook, { name: SUMMARY_SHEET_TITLE, rows: routesSummaryTable(result), ...SUMMARY_LOOK });
  await workbook.xlsx.writeFile(path);
}
