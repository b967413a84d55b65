// «Сводка», «Муниципалитеты» and «Динамика»: the region's KPIs, one row per municipality, month over month.
import { russianDate } from "../dates.ts";
import { KPI_DEFINITIONS, type KpiResult } from "../kpi/definitions.ts";
import type { RegionReport } from "../report/aggregate.ts";
import { KPI_TABLE_HEADERS, monthName, NUMBER_FORMATS, STATUS_COLORS, statusOf } from "./kpiTable.ts";
import {
  bold,
  CONSOLIDATED_SHEETS,
  kindOf,
  NO_DATA,
  NO_DATA_COLOR,
  plain,
  round,
  valueCell,
  type ConsolidatedSheet,
  type TableCell,
} from "./consolidatedModel.ts";

export function summarySheet(report: RegionReport, caption: readonly string[]): ConsolidatedSheet {
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

export function municipalitiesSheet(report: RegionReport, caption: readonly string[]): ConsolidatedSheet {
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

export function trendSheet(report: RegionReport, caption: readonly string[]): ConsolidatedSheet {
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
