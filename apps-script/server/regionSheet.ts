// The sheets of a month's import: «Свод ГГГГ-ММ» (the KPI tables stacked), «Потребность в ДПО ГГГГ-ММ» and
// «Программы ГГГГ-ММ» (the region's table, its detail by municipality below), each written in one batch.
import type { RegionReport } from "../../shared/report/aggregate.ts";
import {
  consolidatedCaption,
  consolidatedTables,
  CONSOLIDATED_SHEETS,
  regionSheetTitle,
  type ConsolidatedMeta,
  type ConsolidatedSheet,
} from "../../shared/tables/consolidatedTables.ts";
import { tableGrid, writeGrid, type SheetGrid } from "./tableSheet.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const {
  summary,
  municipalities,
  trend,
  demand,
  demandByMunicipality,
  programmes,
  programmesByMunicipality,
  quality,
} = CONSOLIDATED_SHEETS;
/** The consolidated sheets «Свод ГГГГ-ММ» stacks, in the workbook's order. */
const STACKED: readonly string[] = [summary, municipalities, trend, quality];

const widest = (a: readonly number[], b: readonly number[]) =>
  Array.from({ length: Math.max(a.length, b.length) }, (_, i) => Math.max(a[i] ?? 0, b[i] ?? 0));

/** Caption lines, then each stacked sheet: its title as a heading, its own notes, its sections; only the caption frozen. */
const stackedSheet = (
  title: string,
  sheets: readonly ConsolidatedSheet[],
  caption: readonly string[],
): ConsolidatedSheet => ({
  title,
  caption,
  sections: sheets.flatMap((sheet) =>
    sheet.sections.map((section, index) =>
      index === 0
        ? { ...section, heading: sheet.title, lead: sheet.caption.filter((line) => !caption.includes(line)) }
        : section,
    ),
  ),
  widths: sheets.reduce<number[]>((all, sheet) => widest(all, sheet.widths), []),
  repeatHeader: false,
});

/** The region's table with its detail by municipality as a second table below it, never mixed into its rows. */
const withDetail = (
  title: string,
  region: ConsolidatedSheet,
  detail: ConsolidatedSheet,
): ConsolidatedSheet => ({
  ...region,
  title,
  sections: [
    ...region.sections,
    ...detail.sections.map((section) => ({ ...section, heading: detail.title })),
  ],
  widths: widest(region.widths, detail.widths),
});

export interface RegionSheet {
  readonly title: string;
  readonly grid: SheetGrid;
}

export function regionSheets(report: RegionReport, meta: ConsolidatedMeta = {}): RegionSheet[] {
  const caption = consolidatedCaption(report, meta);
  const tables = new Map(consolidatedTables(report, meta).map((sheet) => [sheet.title, sheet]));
  const table = (title: string) => tables.get(title)!;
  const monthly = (title: string) => `${title} ${report.month}`;
  const detailed = (region: string, detail: string) =>
    tableGrid(withDetail(monthly(region), table(region), table(detail)));
  return [
    {
      title: regionSheetTitle(report.month),
      grid: tableGrid(stackedSheet(regionSheetTitle(report.month), STACKED.map(table), caption)),
    },
    { title: monthly(demand), grid: detailed(demand, demandByMunicipality) },
    { title: monthly(programmes), grid: detailed(programmes, programmesByMunicipality) },
  ];
}

/** Replaces the month's sheets (created when missing); returns their names. */
export const writeRegionSheets = (ss: Spreadsheet, sheets: readonly RegionSheet[]): string[] =>
  sheets.map(({ title, grid }) => writeGrid(ss, title, grid).getName());
