// Table models of the consolidated workbook (spec §6): «Сводка», «Муниципалитеты», «Динамика», «Дефициты», «Качество данных».
import type { Cell } from "../cells.ts";
import { russianDate } from "../dates.ts";
import { KPI_DEFINITIONS, type KpiResult } from "../kpi/definitions.ts";
import type { RegionReport, ReportedMunicipality } from "../report/aggregate.ts";
import { countText } from "../text/ru.ts";
import {
  KPI_TABLE_HEADERS,
  monthName,
  NUMBER_FORMATS,
  STATUS_COLORS,
  statusOf,
  type StatusColor,
} from "./kpiTable.ts";

export const CONSOLIDATED_SHEETS = {
  summary: "Сводка",
  municipalities: "Муниципалитеты",
  trend: "Динамика",
  deficits: "Дефициты",
  quality: "Качество данных",
} as const;

export interface TableCell {
  readonly value: Cell;
  readonly numberFormat?: string;
  readonly color?: StatusColor;
  readonly bold?: boolean;
}

export interface TableSection {
  readonly heading?: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
}

export interface ConsolidatedSheet {
  readonly title: string;
  /** Lines above the tables: month, revision, who reported. */
  readonly caption: readonly string[];
  readonly sections: readonly TableSection[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
}

/** What the server knows about the snapshot the tables come from (the CLI has none of it). */
export interface ConsolidatedMeta {
  readonly regionName?: string;
  readonly revision?: number;
  /** ISO instant the snapshot was taken. */
  readonly takenAt?: string;
}

export const NO_DATA = "нет данных";

/** The sheet the add-on's «Регион» mode imports a month's snapshot into: «Свод 2026-11». */
export const regionSheetTitle = (month: string) => `Свод ${month}`;
const NO_DATA_COLOR = STATUS_COLORS["нет данных"];
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const plain = (value: Cell): TableCell => ({ value });
const bold = (value: Cell): TableCell => ({ value, bold: true });
const kindOf = (id: string) => KPI_DEFINITIONS.find((d) => d.id === id)?.kind ?? "share";

/** «30.11.2026 15:05 (МСК)» for an ISO instant: Moscow is UTC+3 all year. */
export function moscowTime(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant;
  const local = new Date(ms + 3 * 3_600_000).toISOString();
  return `${russianDate(local.slice(0, 10))} ${local.slice(11, 16)} (МСК)`;
}

/** A KPI value cell: percent for shares (66.7), the count for K6, coloured by status; «—» without data. */
function valueCell(result: KpiResult): TableCell {
  const kind = kindOf(result.id);
  const color = STATUS_COLORS[statusOf(result)];
  if (result.value === null) return { value: "—", color };
  const value = kind === "share" ? round(result.value * 100, 1) : result.value;
  return { value, numberFormat: NUMBER_FORMATS[kind], color };
}

function summarySheet(report: RegionReport, caption: readonly string[]): ConsolidatedSheet {
  const rows = report.region.kpis.map((result): TableCell[] => {
    const kind = kindOf(result.id);
    const status = statusOf(result);
    return [
      plain(result.id),
      plain(result.title),
      plain(result.numerator),
      plain(result.denominator),
      valueCell(result),
      {
        value: kind === "share" ? round(result.target * 100, 2) : result.target,
        numberFormat: NUMBER_FORMATS[kind],
      },
      { value: status, color: STATUS_COLORS[status] },
    ];
  });
  return {
    title: CONSOLIDATED_SHEETS.summary,
    caption,
    sections: [{ headers: KPI_TABLE_HEADERS, rows }],
    widths: [8, 70, 12, 12, 12, 10, 14],
  };
}

function municipalitiesSheet(report: RegionReport, caption: readonly string[]): ConsolidatedSheet {
  const ids = KPI_DEFINITIONS.map((d) => d.id);
  const kpiCells = (kpis: readonly KpiResult[]) =>
    ids.map((id) => {
      const result = kpis.find((k) => k.id === id);
      return result ? valueCell(result) : { value: "—", color: NO_DATA_COLOR };
    });
  const reported = report.municipalities.map((m): TableCell[] => [
    plain(m.code),
    plain(m.name),
    plain(russianDate(m.reportDate)),
    ...kpiCells(m.kpis),
  ]);
  const missing = report.missing.map((m): TableCell[] => [
    plain(m.code),
    plain(m.name),
    { value: NO_DATA, color: NO_DATA_COLOR },
    ...ids.map(() => ({ value: NO_DATA, color: NO_DATA_COLOR })),
  ]);
  const region: TableCell[] = [bold(""), bold("Регион"), bold(""), ...kpiCells(report.region.kpis)];
  return {
    title: CONSOLIDATED_SHEETS.municipalities,
    caption: [
      ...caption,
      "Значения долей — в процентах, K6 — число участников; коды показателей — на листе «Сводка».",
    ],
    sections: [
      { headers: ["Код", "Муниципалитет", "Дата отчёта", ...ids], rows: [...reported, ...missing, region] },
    ],
    widths: [10, 36, 12, ...ids.map(() => 9)],
  };
}

function trendSheet(report: RegionReport, caption: readonly string[]): ConsolidatedSheet {
  let developed = 0;
  let implemented = 0;
  const rows = report.region.monthly.map((figure): TableCell[] => {
    developed += figure.developed;
    implemented += figure.implemented;
    return [
      plain(monthName(figure.month)),
      plain(figure.developed),
      plain(figure.implemented),
      plain(developed),
      plain(implemented),
    ];
  });
  return {
    title: CONSOLIDATED_SHEETS.trend,
    caption: [...caption, "ИОМ по месяцам учебного года, сумма по отчитавшимся муниципалитетам."],
    sections: [
      {
        headers: [
          "Месяц",
          "Разработано ИОМ",
          "Реализовано ИОМ",
          "Разработано с начала года",
          "Реализовано с начала года",
        ],
        rows,
      },
    ],
    widths: [18, 16, 16, 18, 18],
  };
}

const coverageShare = (withIom: number, withDeficit: number): TableCell =>
  withDeficit === 0
    ? { value: "—", color: NO_DATA_COLOR }
    : { value: round((withIom / withDeficit) * 100, 1), numberFormat: NUMBER_FORMATS.share };

function deficitsSheet(report: RegionReport, caption: readonly string[]): ConsolidatedSheet {
  const groups = report.region.coverage.map((row) => row.group);
  const regionRows = report.region.coverage.map((row): TableCell[] => [
    plain(row.group),
    plain(row.withDeficit),
    plain(row.withIom),
    plain(row.withDeficit - row.withIom),
    coverageShare(row.withIom, row.withDeficit),
  ]);
  const byMunicipality = (m: ReportedMunicipality): TableCell[] => [
    plain(m.name),
    ...groups.map((group) => {
      const row = m.coverage.find((r) => r.group === group);
      return plain(row ? `${row.withIom} из ${row.withDeficit}` : "—");
    }),
  ];
  return {
    title: CONSOLIDATED_SHEETS.deficits,
    caption: [
      ...caption,
      "Дефицит — последний уровень «низкий» в группе компетенций; охват — есть мероприятие по группе в ИОМ.",
    ],
    sections: [
      {
        heading: "Регион",
        headers: [
          "Группа компетенций",
          "С дефицитом",
          "Из них с мероприятием в ИОМ",
          "Без мероприятия",
          "Охват, %",
        ],
        rows: regionRows,
      },
      {
        heading: "По муниципалитетам: с мероприятием в ИОМ из числа с дефицитом",
        headers: ["Муниципалитет", ...groups],
        rows: report.municipalities.map(byMunicipality),
      },
    ],
    widths: [36, 16, 18, 16, 16, 16, 16],
  };
}

function qualitySheet(report: RegionReport, caption: readonly string[]): ConsolidatedSheet {
  const received = report.municipalities.map((m): TableCell[] => [
    plain(m.code),
    plain(m.name),
    { value: "получен", color: STATUS_COLORS["достигнут"] },
    plain(russianDate(m.reportDate)),
    plain(m.receivedAt ? moscowTime(m.receivedAt) : ""),
    plain(m.revision ?? ""),
    m.excludedRows > 0 ? { value: m.excludedRows, color: STATUS_COLORS["не достигнут"] } : plain(0),
  ]);
  const missing = report.missing.map((m): TableCell[] => [
    plain(m.code),
    plain(m.name),
    { value: NO_DATA, color: STATUS_COLORS["не достигнут"] },
    plain(""),
    plain(""),
    plain(""),
    plain(""),
  ]);
  return {
    title: CONSOLIDATED_SHEETS.quality,
    caption: [
      ...caption,
      `Строк с ошибками, не учтённых в показателях: ${report.region.excludedRows}.`,
      report.missing.length === 0
        ? "Отчёты прислали все муниципалитеты."
        : `Нет данных: ${report.missing.map((m) => m.name).join(", ")}.`,
    ],
    sections: [
      {
        headers: [
          "Код",
          "Муниципалитет",
          "Отчёт",
          "Дата отчёта",
          "Получен",
          "Редакция отчёта",
          "Строк с ошибками",
        ],
        rows: [...received, ...missing],
      },
    ],
    widths: [10, 36, 12, 12, 22, 10, 12],
  };
}

/** The caption shared by every sheet: what, for which month, which revision, how many reported. */
export function consolidatedCaption(report: RegionReport, meta: ConsolidatedMeta = {}): string[] {
  const total = report.municipalities.length + report.missing.length;
  const region = meta.regionName ? `${meta.regionName}: с` : "С";
  const revision =
    meta.revision === undefined
      ? ""
      : `, редакция ${meta.revision}${meta.takenAt ? ` от ${moscowTime(meta.takenAt)}` : ""}`;
  return [
    `${region}вод по муниципалитетам за ${monthName(report.month)}${revision}`,
    `Отчитались ${report.municipalities.length} из ${countText(total, "муниципалитета", "муниципалитетов", "муниципалитетов")}.`,
  ];
}

export function consolidatedTables(report: RegionReport, meta: ConsolidatedMeta = {}): ConsolidatedSheet[] {
  const caption = consolidatedCaption(report, meta);
  return [
    summarySheet(report, caption),
    municipalitiesSheet(report, caption),
    trendSheet(report, caption),
    deficitsSheet(report, caption),
    qualitySheet(report, caption),
  ];
}
