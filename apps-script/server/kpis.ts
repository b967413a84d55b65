// «Рассчитать показатели»: writes «Показатели» (status colours, a chart) and «Показатели по ОО» from the shared
// table models; the sidebar gets the indicators and links to the organisations that miss the most targets.
import type { Cell } from "../../shared/cells.ts";
import { russianDate } from "../../shared/dates.ts";
import { computeMunicipalFigures } from "../../shared/kpi/compute.ts";
import { kpiTable, KPI_SHEET_TITLE, type KpiStatus, type KpiTable } from "../../shared/tables/kpiTable.ts";
import { orgKpiTable, ORG_KPI_SHEET_TITLE, type OrgFocus } from "../../shared/tables/orgKpiTable.ts";
import { KPI_SHORT_NAMES } from "../../shared/text/kpiTexts.ts";
import { a1 } from "./a1.ts";
import type { Plan } from "./jobs.ts";
import { k2Diagnosed, type K2Diagnosed } from "./k2Diagnosed.ts";
import { ensureSize, findSheet, rectangle } from "./ownSheet.ts";
import { modelCells, timeZoneOf } from "./sheetCells.ts";
import { tableGrid, writeGrid } from "./tableSheet.ts";
import { loadBook } from "./workbook.ts";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_FILL = "#f1f3f4";
/** Row of the table header; the caption lines sit above it. */
const TABLE_ROW = 4;
/** The chart's data (share indicators: value and target, %) is written in columns I:K next to the table. */
const CHART_COLUMN = 9;

export interface KpiLayout {
  readonly values: Cell[][];
  readonly backgrounds: (string | null)[][];
  readonly fontColors: (string | null)[][];
  readonly bold: ("bold" | "normal")[][];
  /** Number formats of the value and target columns (E:F) of the indicator rows. */
  readonly formats: string[][];
  readonly chart: { readonly row: number; readonly rows: number };
}

/** Places the table model on the sheet: caption, indicators, chart data, monthly figures, coverage. */
export function kpiLayout(table: KpiTable): KpiLayout {
  const lines: Cell[][] = [[table.caption[0] ?? ""], [table.caption[1] ?? ""], []];
  const fills: (string | null)[][] = [];
  const fonts: (string | null)[][] = [];
  const boldRows = new Set<number>([0, TABLE_ROW - 1]);
  const shares = table.rows.filter((row) => row.kind === "share");
  table.cells.forEach((cells, i) => {
    const chart: Cell[] =
      i === 0
        ? ["Показатель", "Значение, %", "Цель, %"]
        : i <= shares.length
          ? [shares[i - 1]!.id, shares[i - 1]!.value ?? "", shares[i - 1]!.target]
          : [];
    lines.push([...cells, "", ...chart]);
    const row = i === 0 ? undefined : table.rows[i - 1];
    fills[lines.length - 1] = row ? [] : Array<string>(cells.length).fill(HEADER_FILL);
    if (row) {
      fills[lines.length - 1]![6] = row.color.fill;
      fonts[lines.length - 1] = [null, null, null, null, null, null, row.color.font];
    }
  });
  for (const [title, part] of [
    ["Разработано и реализовано ИОМ по месяцам", table.monthly],
    ["Охват ИОМ по группам компетенций (диагностика и ИОМ)", table.coverage],
  ] as const) {
    lines.push([], [title]);
    boldRows.add(lines.length - 1);
    lines.push([...part.headers]);
    fills[lines.length - 1] = Array<string>(part.headers.length).fill(HEADER_FILL);
    lines.push(...part.rows.map((row) => [...row]));
  }
  const values = rectangle(lines);
  const width = values[0]!.length;
  const grid = <T>(source: (T | undefined)[][], empty: T) =>
    values.map((_, r) => Array.from({ length: width }, (_, c) => source[r]?.[c] ?? empty));
  return {
    values,
    backgrounds: grid(fills, null),
    fontColors: grid(fonts, null),
    bold: values.map((_, r) => Array<"bold" | "normal">(width).fill(boldRows.has(r) ? "bold" : "normal")),
    formats: table.rows.map((row) => [row.numberFormat, row.numberFormat]),
    chart: { row: TABLE_ROW, rows: shares.length + 1 },
  };
}

function writeKpiSheet(sheet: Sheet, layout: KpiLayout): void {
  const rows = layout.values.length;
  const columns = layout.values[0]!.length;
  sheet.clearContents();
  ensureSize(sheet, rows, columns);
  const range = sheet.getRange(1, 1, rows, columns);
  range.setValues(modelCells(layout.values, timeZoneOf(sheet.getParent())) as unknown[][]);
  range.setBackgrounds(layout.backgrounds as string[][]);
  range.setFontColors(layout.fontColors);
  range.setFontWeights(layout.bold);
  if (layout.formats.length > 0)
    sheet.getRange(TABLE_ROW + 1, 5, layout.formats.length, 2).setNumberFormats(layout.formats);
  sheet.setFrozenRows(TABLE_ROW);
}

/** One bar chart, value against target per share indicator; rebuilt in place when it exists. */
function upsertChart(sheet: Sheet, layout: KpiLayout): void {
  const data = sheet.getRange(layout.chart.row, CHART_COLUMN, layout.chart.rows, 3);
  const existing = sheet.getCharts()[0];
  const builder = (existing ? existing.modify().clearRanges() : sheet.newChart())
    .setChartType(Charts.ChartType.BAR)
    .addRange(data)
    .setNumHeaders(1)
    .setPosition(layout.chart.row, CHART_COLUMN + 4, 0, 0)
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
  /** The organisations that miss the most targets, each with the row of «Показатели по ОО» the sidebar links to. */
  readonly focus: readonly (OrgFocus & { readonly sheet: string; readonly a1: string })[];
  /** K2's people and how many of them were diagnosed this academic year (the line under K2). */
  readonly k2: K2Diagnosed;
}

export function planKpis(): Plan {
  const ss = SpreadsheetApp.getActive();
  const book = loadBook();
  const figures = computeMunicipalFigures(book);
  const report = figures.kpis;
  const table = kpiTable(report);
  const layout = kpiLayout(table);
  const byOrg = orgKpiTable(figures.byOrg);
  const orgGrid = tableGrid(byOrg.sheet);
  const sheet = () => findSheet(ss, KPI_SHEET_TITLE) ?? ss.insertSheet(KPI_SHEET_TITLE);
  return {
    steps: [
      { label: `Лист «${KPI_SHEET_TITLE}»`, run: () => writeKpiSheet(sheet(), layout) },
      { label: "Диаграмма «значение и цель»", run: () => upsertChart(sheet(), layout) },
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
        focus: byOrg.focus.map((org) => ({
          ...org,
          sheet: ORG_KPI_SHEET_TITLE,
          a1: `${a1(org.row, 1)}:${a1(org.row, orgGrid.values[0]!.length)}`,
        })),
        k2: k2Diagnosed(book),
      };
      const summary = `Показатели на ${russianDate(report.reportDate)}: достигнуто ${met} из ${table.rows.length}; не учтено строк с ошибками: ${report.excludedRows}.`;
      return { summary, result: view };
    },
  };
}
