// «Сводка», «Муниципалитеты» and «Динамика»: the region's KPIs, one row per municipality, month over month.
import { russianDate } from "../dates.ts";
import { KPI_DEFINITIONS, type KpiResult } from "../kpi/definitions.ts";
import type { RegionReport } from "../report/aggregate.ts";
import { kpiTexts } from "../text/kpiTexts.ts";
import {
  indicatorRow,
  K2_DIAGNOSED_LABEL,
  K2_NOTE,
  k2DiagnosedCells as k2Cells,
  kpiValueCell,
} from "./kpiSheet.ts";
import { k2DiagnosedRow, KPI_TABLE_HEADERS, kpiTableRow, monthName } from "./kpiTable.ts";
import {
  bold,
  CONSOLIDATED_SHEETS,
  NO_DATA,
  NO_DATA_COLOR,
  plain,
  valueCell,
  type ConsolidatedSheet,
  type TableCell,
} from "./consolidatedModel.ts";

/** K2's line in the svod: the sum over the municipalities whose reports give it, and how many do. */
function k2DiagnosedCells(report: RegionReport): TableCell[] | undefined {
  const sum = report.region.k2Diagnosed;
  if (!sum) return undefined;
  const cells = k2Cells(k2DiagnosedRow(sum.diagnosed, sum.withIom));
  const of = report.municipalities.length;
  if (sum.municipalities === of) return cells;
  return cells.map((cell, i) =>
    i === 1 ? plain(`${K2_DIAGNOSED_LABEL} (${kpiTexts.k2DiagnosedPartly(sum.municipalities, of)})`) : cell,
  );
}

/** A municipality without a report, in place of its report's date. */
export const NO_REPORT = "нет отчёта";
/** The column of «Муниципалитеты» after K2. */
const K2_DIAGNOSED_COLUMN = "K2: из них с диагностикой";

export function summarySheet(report: RegionReport, caption: readonly string[]): ConsolidatedSheet {
  const k2 = k2DiagnosedCells(report);
  const rows = report.region.kpis.flatMap((result): TableCell[][] => {
    const row = indicatorRow(kpiTableRow(result), { colorValue: true });
    return result.id === "K2" && k2 ? [row, k2] : [row];
  });
  return {
    title: CONSOLIDATED_SHEETS.summary,
    caption,
    sections: [{ headers: KPI_TABLE_HEADERS, rows, notes: k2 ? [K2_NOTE] : [] }],
    widths: [8, 62, 12, 13, 12, 12, 14],
  };
}

/** A municipality's K2 «of them diagnosed this year» as a percent of its K2 numerator («—» when not given). */
function k2DiagnosedShare(m: RegionReport["municipalities"][number]): TableCell {
  const withIom = m.kpis.find((k) => k.id === "K2")?.numerator;
  if (m.k2Diagnosed === undefined || withIom === undefined) return { value: "—", color: NO_DATA_COLOR };
  return kpiValueCell("share", k2DiagnosedRow(m.k2Diagnosed, withIom).value);
}

export function municipalitiesSheet(report: RegionReport, caption: readonly string[]): ConsolidatedSheet {
  const ids = KPI_DEFINITIONS.map((d) => d.id);
  const kpiCells = (kpis: readonly KpiResult[], k2: TableCell) =>
    ids.flatMap((id) => {
      const result = kpis.find((k) => k.id === id);
      const cell = result ? valueCell(result) : { value: "—", color: NO_DATA_COLOR };
      return id === "K2" ? [cell, k2] : [cell];
    });
  const reported = report.municipalities.map((m): TableCell[] => [
    plain(m.code),
    plain(m.name),
    plain(russianDate(m.reportDate)),
    ...kpiCells(m.kpis, k2DiagnosedShare(m)),
  ]);
  // «нет отчёта» where the date would be, then one merged «нет данных» (spec §6) over all the figures.
  const missing = report.missing.map((m): TableCell[] => [
    plain(m.code),
    plain(m.name),
    { value: NO_REPORT, color: NO_DATA_COLOR },
    { value: NO_DATA, color: NO_DATA_COLOR, span: ids.length + 1 },
  ]);
  const regionK2 = report.region.k2Diagnosed;
  const region: TableCell[] = [
    bold(""),
    bold("Регион"),
    bold(""),
    ...kpiCells(
      report.region.kpis,
      regionK2
        ? kpiValueCell("share", k2DiagnosedRow(regionK2.diagnosed, regionK2.withIom).value)
        : { value: "—", color: NO_DATA_COLOR },
    ),
  ];
  return {
    title: CONSOLIDATED_SHEETS.municipalities,
    caption: [
      ...caption,
      "Значения долей — в процентах, K6 — число участников; коды показателей — на листе «Сводка».",
      `«${K2_DIAGNOSED_COLUMN}» — доля владельцев ИОМ (K2), прошедших диагностику в этом учебном году. ${kpiTexts.k2AboveK1}`,
    ],
    sections: [
      {
        headers: [
          "Код",
          "Муниципалитет",
          "Дата отчёта",
          ...ids.flatMap((id) => (id === "K2" ? [id, K2_DIAGNOSED_COLUMN] : [id])),
        ],
        rows: [...reported, ...missing, region],
      },
    ],
    widths: [10, 32, 11],
    keyColumns: 2,
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
