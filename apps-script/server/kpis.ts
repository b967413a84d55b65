// «Рассчитать показатели»: writes «Показатели» (status colours, a chart) and «Показатели по ОО» from the shared
// table models; the sidebar gets the indicators and links to the organisations that miss the most targets.
import type { Cell } from "../../shared/cells.ts";
import { russianDate } from "../../shared/dates.ts";
import { computeMunicipalFigures } from "../../shared/kpi/compute.ts";
import { K2_DIAGNOSED_LABEL, K2_NOTE, kpiSheet } from "../../shared/tables/kpiSheet.ts";
import {
  kpiTable,
  KPI_SHEET_TITLE,
  type K2DiagnosedRow,
  type KpiStatus,
  type KpiTable,
} from "../../shared/tables/kpiTable.ts";
import { orgKpiTable, ORG_KPI_SHEET_TITLE, type OrgFocus } from "../../shared/tables/orgKpiTable.ts";
import { KPI_SHORT_NAMES } from "../../shared/text/kpiTexts.ts";
import { a1 } from "./a1.ts";
import type { Plan } from "./jobs.ts";
import { findSheet } from "./ownSheet.ts";
import { timeZoneOf } from "./sheetCells.ts";
import { tableGrid, writeGrid, type SheetGrid } from "./tableSheet.ts";
import { loadBook } from "./workbook.ts";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The chart's data (share indicators: value and target, %) is written in columns I:K next to the table. */
const CHART_COLUMN = 9;
const CHART_WIDTHS = [20, 80, 90, 70];

/**
 * «Показатели» as every renderer lays it (shared/tables/kpiSheet.ts), with the chart's data beside the table from
 * its header row: one row per share indicator, its value and target in percent.
 */
export function kpiGrid(table: KpiTable, timeZone: string): SheetGrid & { readonly chart: ChartData } {
  const grid = tableGrid(kpiSheet(table), timeZone);
  const row = grid.frozenRows;
  const shares = table.rows.filter((r) => r.kind === "share");
  const chart: Cell[][] = [
    ["Показатель", "Значение, %", "Цель, %"],
    ...shares.map((r): Cell[] => [r.id, r.value ?? "", r.target]),
  ];
  const width = CHART_COLUMN + 2;
  const extend = <T>(rows: T[][], fill: T, at?: (r: number, c: number) => T | undefined) =>
    rows.map((line, r) => [
      ...line,
      ...Array.from({ length: width - line.length }, (_, i) => at?.(r, line.length + i) ?? fill),
    ]);
  const chartCell = (r: number, c: number) => chart[r - (row - 1)]?.[c - (CHART_COLUMN - 1)];
  return {
    ...grid,
    values: extend(grid.values, "", chartCell),
    formats: extend(grid.formats, "0.###", (r, c) => (typeof chartCell(r, c) === "string" ? "@" : undefined)),
    backgrounds: extend(grid.backgrounds, null),
    fontColors: extend(grid.fontColors, null),
    weights: extend(grid.weights, "normal", (r) => (r === row - 1 ? "bold" : undefined)),
    wraps: extend(grid.wraps, false),
    widths: [...grid.widths, ...CHART_WIDTHS].slice(0, width),
    chart: { row, rows: chart.length },
  };
}

interface ChartData {
  /** The chart's header row (1-based) and its rows, header included. */
  readonly row: number;
  readonly rows: number;
}

/** One bar chart, value against target per share indicator; rebuilt in place when it exists. */
function upsertChart(sheet: Sheet, chart: ChartData): void {
  const data = sheet.getRange(chart.row, CHART_COLUMN, chart.rows, 3);
  const existing = sheet.getCharts()[0];
  const builder = (existing ? existing.modify().clearRanges() : sheet.newChart())
    .setChartType(Charts.ChartType.BAR)
    .addRange(data)
    .setNumHeaders(1)
    .setPosition(chart.row, CHART_COLUMN + 4, 0, 0)
    .setOption("title", "Значение и цель показателей, %")
    .setOption("legend", { position: "bottom" });
  if (existing) sheet.updateChart(builder.build());
  else sheet.insertChart(builder.build());
}

export interface KpiView {
  readonly reportDate: string;
  readonly excludedRows: number;
  readonly kpis: readonly {
    id: string;
    title: string;
    /** A few words for the card (the full title is the row's tooltip). */
    short: string;
    kind: "share" | "count";
    value: string;
    target: string;
    status: KpiStatus;
    fill: string;
    font: string;
  }[];
  /**
   * Under K2: how many of K2's people (staff with an ИОМ) were diagnosed this academic year — «70 из 95 (73,7 %)»
   * in `text` — with `label` to show before it and `note`, the one line saying why K2 may be above K1.
   */
  readonly k2Diagnosed: (K2DiagnosedRow & { readonly label: string; readonly note: string }) | null;
  /** The organisations that miss the most targets, each with the row of «Показатели по ОО» the sidebar links to. */
  readonly focus: readonly (OrgFocus & { readonly sheet: string; readonly a1: string })[];
}

export function planKpis(): Plan {
  const ss = SpreadsheetApp.getActive();
  const book = loadBook();
  const figures = computeMunicipalFigures(book);
  const report = figures.kpis;
  const table = kpiTable(report);
  const zone = timeZoneOf(ss);
  const grid = kpiGrid(table, zone);
  const byOrg = orgKpiTable(figures.byOrg);
  const orgGrid = tableGrid(byOrg.sheet, zone);
  const sheet = () => findSheet(ss, KPI_SHEET_TITLE) ?? ss.insertSheet(KPI_SHEET_TITLE);
  return {
    steps: [
      { label: `Лист «${KPI_SHEET_TITLE}»`, run: () => void writeGrid(ss, KPI_SHEET_TITLE, grid) },
      { label: "Диаграмма «значение и цель»", run: () => upsertChart(sheet(), grid.chart) },
      {
        label: `Лист «${ORG_KPI_SHEET_TITLE}»`,
        run: () => void writeGrid(ss, ORG_KPI_SHEET_TITLE, orgGrid, sheet()),
      },
    ],
    finish: () => {
      const met = table.rows.filter((row) => row.status === "достигнут").length;
      const view: KpiView = {
        reportDate: report.reportDate,
        excludedRows: report.excludedRows,
        kpis: table.rows.map((row) => ({
          id: row.id,
          title: row.indicator,
          short: KPI_SHORT_NAMES[row.id],
          kind: row.kind,
          value: row.valueText,
          target: row.targetText,
          status: row.status,
          fill: row.color.fill,
          font: row.color.font,
        })),
        k2Diagnosed: table.k2Diagnosed
          ? { ...table.k2Diagnosed, label: K2_DIAGNOSED_LABEL, note: K2_NOTE }
          : null,
        focus: byOrg.focus.map((org) => ({
          ...org,
          sheet: ORG_KPI_SHEET_TITLE,
          a1: `${a1(org.row, 1)}:${a1(org.row, orgGrid.values[0]!.length)}`,
        })),
      };
      const summary = `Показатели на ${russianDate(report.reportDate)}: достигнуто ${met} из ${table.rows.length}; не учтено строк с ошибками: ${report.excludedRows}.`;
      return { summary, result: view };
    },
  };
}
