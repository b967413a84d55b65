// The readable forms of `marshrut kpi`: the Russian table on stdout and the workbook of --out. Loaded only when one
// is asked for, so `kpi --json` starts without their modules (tables, texts; exceljs only for --out).
import type { Cell } from "../../shared/cells.ts";
import { kpisByOrg } from "../../shared/kpi/byOrg.ts";
import type { KpiContext } from "../../shared/kpi/context.ts";
import type { KpiReport } from "../../shared/kpi/definitions.ts";
import { kpiTable, type KpiTable } from "../../shared/tables/kpiTable.ts";
import { orgKpiTable } from "../../shared/tables/orgKpiTable.ts";
import { kpiTexts } from "../../shared/text/kpiTexts.ts";
import { ruNumber } from "../../shared/text/ru.ts";

const text = (cell: Cell) => (typeof cell === "number" ? ruNumber(cell) : String(cell ?? ""));

/** Columns padded to their widest cell; the last column is not padded. */
function columns(rows: readonly (readonly Cell[])[]): string[] {
  const strings = rows.map((row) => row.map(text));
  const widths: number[] = [];
  for (const row of strings) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return strings.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd(),
  );
}

/**
 * The readable Russian form: the indicators (title last, it is long) with K2's «из них прошли диагностику» under
 * K2, then months and coverage. K6 is a count: its «Количество» is the number of people, never «N из M».
 */
export function formatKpiTable(table: KpiTable): string {
  const k2 = table.k2Diagnosed;
  const indicators = columns([
    ["Код", "Значение", "Цель", "Статус", "Количество", "Показатель"],
    ...table.rows.flatMap((row) => [
      [row.id, row.valueText, row.targetText, row.status, row.countText, row.indicator],
      ...(row.id === "K2" && k2 ? [["", k2.valueText, "", "", k2.countText, kpiTexts.k2DiagnosedLabel]] : []),
    ]),
  ]);
  return [
    ...table.caption,
    "",
    ...indicators,
    ...(k2 ? ["", kpiTexts.k2AboveK1] : []),
    "",
    "ИОМ по месяцам",
    ...columns([table.monthly.headers, ...table.monthly.rows]),
    "",
    "Охват дефицитов мероприятиями ИОМ",
    ...columns([table.coverage.headers, ...table.coverage.rows]),
  ].join("\n");
}

/** The report as the Russian table `marshrut kpi` prints without --json. */
export const kpiText = (report: KpiReport): string => formatKpiTable(kpiTable(report));

/** The indicators and «Показатели по ОО» as a workbook (--out). */
export async function writeKpiOut(path: string, report: KpiReport, context: KpiContext): Promise<void> {
  // exceljs (1 MB) is loaded only to write.
  const { writeKpiWorkbook } = await import("../../xlsx/kpiSheet.ts");
  await writeKpiWorkbook(path, kpiTable(report), orgKpiTable(kpisByOrg(context)).sheet);
}
