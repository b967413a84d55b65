// «Показатели» as a table sheet: the indicators with K2's «из них прошли диагностику» under K2, then the ИОМ by month
// and the coverage of deficits, labels next to their figures; the add-on and the .xlsx writers render it alike.
import type { Cell } from "../cells.ts";
import type { KpiDefinition } from "../kpi/definitions.ts";
import type { KpiTable, KpiTableRow, K2DiagnosedRow } from "./kpiTable.ts";
import { NUMBER_FORMATS } from "./kpiTable.ts";
import type { TableCell, TableSheet } from "./sheetModel.ts";
import { kpiTexts } from "../text/kpiTexts.ts";

/** The line under K2 and the one sentence saying why K2 may be above K1 (spec §5). */
export const K2_DIAGNOSED_LABEL = kpiTexts.k2DiagnosedLabel;
export const K2_NOTE = `${kpiTexts.k2AboveK1} Строка «${K2_DIAGNOSED_LABEL}» под K2 показывает, сколько из них прошли диагностику в этом году.`;

/** A count (K6) is a number of people: «18 чел.», target «≥ 1 чел.». */
const COUNT_FORMAT = '0" чел."';

/** The format of a target cell: «≥ 60 %», «100 %» (a share of 100 % is met only at 100 %), «≥ 1 чел.». */
export function targetFormat(kind: KpiDefinition["kind"], target: number): string {
  if (kind === "count") return `"≥ "${COUNT_FORMAT}`;
  const digits = Number.isInteger(target) ? "0" : "0.0";
  return target >= 100 ? `${digits}" %"` : `"≥ "${digits}" %"`;
}

/** The value cell: percent for shares, «N чел.» for a count, «—» without data. */
export const kpiValueCell = (kind: KpiDefinition["kind"], value: number | null): TableCell =>
  value === null
    ? { value: "—" }
    : { value, numberFormat: kind === "count" ? COUNT_FORMAT : NUMBER_FORMATS.share };

/**
 * An indicator's cells: code, title, numerator, denominator, value, target, status in the status colour; with
 * `colorValue` the value too («Сводка» of the svod). A count (K6) has no denominator on a sheet: its numerator is
 * the value itself.
 */
export function indicatorRow(row: KpiTableRow, { colorValue = false } = {}): TableCell[] {
  const share = row.kind === "share";
  const value = kpiValueCell(row.kind, row.value);
  return [
    { value: row.id },
    { value: row.indicator },
    { value: share ? row.numerator : "" },
    { value: share ? row.denominator : "" },
    colorValue ? { ...value, color: row.color } : value,
    { value: row.target, numberFormat: targetFormat(row.kind, row.target) },
    { value: row.status, color: row.color },
  ];
}

export const k2DiagnosedCells = (row: K2DiagnosedRow): TableCell[] => [
  { value: "" },
  { value: K2_DIAGNOSED_LABEL },
  { value: row.diagnosed },
  { value: row.withIom },
  kpiValueCell("share", row.value),
  { value: "" },
  { value: "" },
];

export function kpiSheet(table: KpiTable): TableSheet {
  const rows = table.rows.flatMap((row) =>
    row.id === "K2" && table.k2Diagnosed
      ? [indicatorRow(row), k2DiagnosedCells(table.k2Diagnosed)]
      : [indicatorRow(row)],
  );
  const plain = (cells: readonly Cell[]) => cells.map((value): TableCell => ({ value }));
  return {
    title: table.title,
    caption: table.caption,
    sections: [
      {
        headers: table.headers,
        rows,
        notes: table.k2Diagnosed ? [K2_NOTE] : [],
      },
      {
        heading: "ИОМ по месяцам",
        headers: table.monthly.headers,
        labelSpan: 2,
        rows: table.monthly.rows.map(plain),
      },
      {
        heading: "Охват дефицитов мероприятиями ИОМ",
        headers: table.coverage.headers,
        labelSpan: 2,
        rows: table.coverage.rows.map(plain),
      },
    ],
    widths: [8, 62, 14, 14, 12, 12, 14],
  };
}
