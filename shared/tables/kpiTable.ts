// The «Показатели» table model: one definition of rows, statuses and colours that the add-on and xlsx writers render.
import type { Cell } from "../cells.ts";
import { russianDate } from "../dates.ts";
import { KPI_DEFINITIONS, type KpiReport, type KpiResult } from "../kpi/definitions.ts";
import { monthText, percentText, ruNumber } from "../text/ru.ts";

export const KPI_SHEET_TITLE = "Показатели";

export const KPI_STATUSES = ["достигнут", "не достигнут", "нет данных"] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

/** Background and text colour of a status cell (hex, as both Apps Script and exceljs take them). */
export interface StatusColor {
  readonly fill: string;
  readonly font: string;
}

export const STATUS_COLORS: Record<KpiStatus, StatusColor> = {
  достигнут: { fill: "#d9ead3", font: "#274e13" },
  "не достигнут": { fill: "#f4cccc", font: "#990000" },
  "нет данных": { fill: "#eeeeee", font: "#666666" },
};

export const statusOf = (result: Pick<KpiResult, "met">): KpiStatus =>
  result.met === null ? "нет данных" : result.met ? "достигнут" : "не достигнут";

/** Number formats of the value and target cells: shares are written as percents (66.7), K6 as a count. */
export const NUMBER_FORMATS = { share: '0.0" %"', count: "0" } as const;

export const KPI_TABLE_HEADERS = [
  "Код",
  "Показатель",
  "Числитель",
  "Знаменатель",
  "Значение",
  "Цель",
  "Статус",
] as const;

export interface KpiTableRow {
  readonly id: KpiResult["id"];
  readonly indicator: string;
  readonly numerator: number;
  readonly denominator: number;
  readonly kind: "share" | "count";
  /** Percent for shares (66.7 = 66,7 %), the count for K6; null when there is no data. */
  readonly value: number | null;
  /** Percent for shares (60 = 60 %), the count for K6. */
  readonly target: number;
  readonly valueText: string;
  readonly targetText: string;
  /** The counts behind the value: «2 из 3» for a share, K6's count alone (a count, never «N из M»). */
  readonly countText: string;
  readonly numberFormat: string;
  readonly status: KpiStatus;
  readonly color: StatusColor;
}

export interface SimpleTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** K2's people diagnosed in the academic year: «из них прошли диагностику в этом учебном году». */
export interface K2DiagnosedRow {
  readonly diagnosed: number;
  /** K2's numerator: staff who have an ИОМ. */
  readonly withIom: number;
  /** Percent (73.7 = 73,7 %), null when nobody has an ИОМ. */
  readonly value: number | null;
  /** «73,7 %», «—» when nobody has an ИОМ. */
  readonly valueText: string;
  /** «70 из 95». */
  readonly countText: string;
  /** «70 из 95 (73,7 %)». */
  readonly text: string;
}

export interface KpiTable {
  readonly title: string;
  /** Lines above the table: the report date, the academic year, rows left out. */
  readonly caption: readonly string[];
  readonly headers: readonly string[];
  readonly rows: readonly KpiTableRow[];
  /** Absent when the report does not give it (a report of an earlier version). */
  readonly k2Diagnosed?: K2DiagnosedRow;
  readonly monthly: SimpleTable;
  readonly coverage: SimpleTable;
}

/** «ноябрь 2026» for "2026-11". */
export const monthName = monthText;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** «66,7 %» (a no-break space) for a share, 3 for a count, «—» for no data. */
export function formatValue(value: number | null, kind: "share" | "count"): string {
  if (value === null) return "—";
  return kind === "count" ? ruNumber(value) : percentText(value, 2);
}

/** One indicator as every table shows it: its kind, value and target in percent (K6 a count), texts, status. */
export function kpiTableRow(result: KpiResult): KpiTableRow {
  const kind = KPI_DEFINITIONS.find((definition) => definition.id === result.id)?.kind ?? "share";
  const share = kind === "share";
  const value = result.value === null ? null : share ? round(result.value * 100, 1) : result.value;
  const target = share ? round(result.target * 100, 2) : result.target;
  const status = statusOf(result);
  return {
    id: result.id,
    indicator: result.title,
    numerator: result.numerator,
    denominator: result.denominator,
    kind,
    value,
    target,
    valueText: formatValue(value, kind),
    targetText: `${share && target >= 100 ? "" : "≥ "}${formatValue(target, kind)}`,
    countText: share ? `${result.numerator} из ${result.denominator}` : `${result.numerator}`,
    numberFormat: NUMBER_FORMATS[kind],
    status,
    color: STATUS_COLORS[status],
  };
}

/** K2's line: how many of K2's people were diagnosed this year, of how many. */
export function k2DiagnosedRow(diagnosed: number, withIom: number): K2DiagnosedRow {
  const value = withIom === 0 ? null : round((diagnosed / withIom) * 100, 1);
  const valueText = formatValue(value, "share");
  const countText = `${diagnosed} из ${withIom}`;
  return {
    diagnosed,
    withIom,
    value,
    valueText,
    countText,
    text: value === null ? countText : `${countText} (${valueText})`,
  };
}

export function kpiTable(report: KpiReport): KpiTable {
  const rows = report.kpis.map(kpiTableRow);
  const monthly = report.monthly.map((figure): Cell[] => [
    monthName(figure.month),
    figure.developed,
    figure.implemented,
  ]);
  const sum = (key: "developed" | "implemented") =>
    report.monthly.reduce((total, figure) => total + figure[key], 0);
  monthly.push(["Итого", sum("developed"), sum("implemented")]);
  const caption = [
    `Показатели на ${russianDate(report.reportDate)}, учебный год ${report.period.from.slice(0, 4)}/${report.period.to.slice(0, 4)} (с ${russianDate(report.period.from)} по ${russianDate(report.reportDate)})`,
    `Не учтено строк с ошибками: ${report.excludedRows}`,
  ];
  const k2 = report.kpis.find((kpi) => kpi.id === "K2");
  return {
    title: KPI_SHEET_TITLE,
    caption,
    headers: KPI_TABLE_HEADERS,
    rows,
    ...(report.k2Diagnosed === undefined || !k2
      ? {}
      : { k2Diagnosed: k2DiagnosedRow(report.k2Diagnosed, k2.numerator) }),
    monthly: { headers: ["Месяц", "Разработано ИОМ", "Реализовано ИОМ"], rows: monthly },
    coverage: {
      headers: ["Группа компетенций", "С дефицитом (низкий уровень)", "Из них с мероприятием в ИОМ"],
      rows: report.coverage.map((row): Cell[] => [row.group, row.withDeficit, row.withIom]),
    },
  };
}
