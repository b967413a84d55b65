// Renders «Показатели» (shared/tables/kpiSheet.ts) as an exceljs sheet, and writes it with «Показатели по ОО»
// (shared/tables/orgKpiTable.ts) for `marshrut kpi --out`.
import type ExcelJS from "exceljs";
import { kpiSheet } from "../shared/tables/kpiSheet.ts";
import type { KpiTable } from "../shared/tables/kpiTable.ts";
import type { TableSheet } from "../shared/tables/sheetModel.ts";
import { addTableSheet } from "./tableSheet.ts";
import { newWorkbook } from "./workbook.ts";

/** Adds the sheet (replacing one of the same name, so writing twice gives the same workbook). */
export const addKpiSheet = (workbook: ExcelJS.Workbook, table: KpiTable): ExcelJS.Worksheet =>
  addTableSheet(workbook, kpiSheet(table));

/** «Показатели», and «Показатели по ОО» next to it when given. */
export async function writeKpiWorkbook(path: string, table: KpiTable, byOrg?: TableSheet): Promise<void> {
  const workbook = newWorkbook();
  addKpiSheet(workbook, table);
  if (byOrg) addTableSheet(workbook, byOrg);
  await workbook.xlsx.writeFile(path);
}
