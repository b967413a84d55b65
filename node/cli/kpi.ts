// `marshrut kpi <book.xlsx> [--date D] [--json] [--out показатели.xlsx]`: the indicators of spec §5 (--out: with «Показатели по ОО»).
import * as z from "zod";
import { readBook } from "../../shared/book.ts";
import type { Cell } from "../../shared/cells.ts";
import { kpisByOrg } from "../../shared/kpi/byOrg.ts";
import { computeKpis } from "../../shared/kpi/compute.ts";
import { kpiContext } from "../../shared/kpi/context.ts";
import { KpiReport, specKpiDocument } from "../../shared/kpi/definitions.ts";
import { formatValue, kpiTable, type KpiTable } from "../../shared/tables/kpiTable.ts";
import { orgKpiTable } from "../../shared/tables/orgKpiTable.ts";
import { kpiTexts } from "../../shared/text/kpiTexts.ts";
import { ruNumber } from "../../shared/text/ru.ts";
import { isMissingSheet } from "../../shared/validation/finding.ts";
import { readWorkbook } from "../xlsx/readWorkbook.ts";
import { oneFile, printJson, type CommonArgs } from "./args.ts";
import { MissingSheetsError } from "./errors.ts";

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
      [
        row.id,
        row.valueText,
        row.targetText,
        row.status,
        row.kind === "count" ? `${row.numerator}` : `${row.numerator} из ${row.denominator}`,
        row.indicator,
      ],
      ...(row.id === "K2" && k2
        ? [
            [
              "",
              formatValue(k2.value, "share"),
              "",
              "",
              `${k2.diagnosed} из ${k2.withIom}`,
              kpiTexts.k2DiagnosedLabel,
            ],
          ]
        : []),
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

export async function kpiCommand(args: CommonArgs): Promise<number> {
  const file = oneFile(args, "kpi");
  const book = readBook(await readWorkbook(file), { reportDate: args.date });
  // Without them every figure is «нет данных» or a share of nothing: a wrong file, not a report.
  const missing = book.findings.filter(isMissingSheet);
  if (missing.length > 0) throw new MissingSheetsError(file, missing);
  const context = kpiContext(book);
  const checked = KpiReport.safeParse(computeKpis(book, context));
  if (!checked.success) throw new Error(`отчёт не соответствует схеме: ${z.prettifyError(checked.error)}`);
  const report = checked.data;
  if (args.out) {
    // exceljs (1 MB) is loaded only to write: a run without --out answers sooner.
    const { writeKpiWorkbook } = await import("../../xlsx/kpiSheet.ts");
    await writeKpiWorkbook(args.out, kpiTable(report), orgKpiTable(kpisByOrg(context)).sheet);
  }
  if (args.json) printJson(specKpiDocument(report));
  else process.stdout.write(`${formatKpiTable(kpiTable(report))}\n`);
  return 0;
}
