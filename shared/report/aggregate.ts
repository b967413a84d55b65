// Region figures across municipalities (spec §6): sums of numerators over sums of denominators, K6 a sum of counts.
import * as z from "zod/mini";
import { CoverageRow, KPI_DEFINITIONS, KpiResult, MonthlyFigure, type KpiId } from "../kpi/definitions.ts";
import { DemandRow, ProgrammeRow } from "../kpi/demand.ts";
import { kpiResult } from "../kpi/result.ts";
import { COMPETENCE_GROUPS } from "../schema/enums.ts";
import { K2Diagnosed, regionK2Diagnosed } from "./k2Diagnosed.ts";
import { Month, ReportDate, WorkbookCode, type MunicipalReport } from "./municipalReport.ts";
import {
  demandByGroup,
  demandDetail,
  RegionDemandRow,
  RegionProgrammeRow,
  regionDemandRows,
  withNotCovered,
} from "./regionDemand.ts";
import { programmeDetail, regionProgrammeRows } from "./regionProgrammes.ts";

export const MunicipalityRef = z.object({ code: WorkbookCode, name: z.string() });
export type MunicipalityRef = z.infer<typeof MunicipalityRef>;

/** A municipality that reported for the month, with when its report arrived and its revision (server only). */
export const ReportedMunicipality = z.object({
  code: WorkbookCode,
  name: z.string(),
  reportDate: ReportDate,
  excludedRows: z.int().check(z.gte(0)),
  kpis: z.array(KpiResult),
  monthly: z.array(MonthlyFigure),
  coverage: z.array(CoverageRow),
  /** Of its K2 numerator, those diagnosed in the academic year (when its report gives it). */
  k2Diagnosed: z.optional(z.int().check(z.gte(0))),
  /** Its rows with the most not covered and its most planned codes (DETAIL_ROWS each), when it sent its demand. */
  demand: z.optional(z.array(DemandRow)),
  programmes: z.optional(z.array(ProgrammeRow)),
  receivedAt: z.optional(z.string()),
  revision: z.optional(z.int().check(z.gte(1))),
});
export type ReportedMunicipality = z.infer<typeof ReportedMunicipality>;

export const RegionReport = z.object({
  month: Month,
  region: z.object({
    kpis: z.array(KpiResult),
    monthly: z.array(MonthlyFigure),
    coverage: z.array(CoverageRow),
    excludedRows: z.int().check(z.gte(0)),
    /** Absent when no reporting municipality gave it. */
    k2Diagnosed: z.optional(K2Diagnosed),
    /** Sums over the municipalities that sent their demand (absent in snapshots of earlier versions). */
    demand: z.optional(z.array(RegionDemandRow)),
    programmes: z.optional(z.array(RegionProgrammeRow)),
  }),
  /** Municipalities that reported, in the order of the known list (then any unknown ones by code). */
  municipalities: z.array(ReportedMunicipality),
  /** Known municipalities without a report for the month: «нет данных», left out of every sum. */
  missing: z.array(MunicipalityRef),
  /** Municipalities that reported without their demand for courses: left out of the demand sums, never zero. */
  withoutDemand: z.optional(z.array(MunicipalityRef)),
  /** Of the missing, those whose stored report an earlier server version wrote and this one cannot read (server only). */
  unreadable: z.optional(z.array(MunicipalityRef)),
});
export type RegionReport = z.infer<typeof RegionReport>;

export type ReceivedReport = MunicipalReport & { receivedAt?: string; revision?: number };

export interface AggregateInput {
  readonly month: string;
  /** Municipalities expected to report (the registry; for the CLI, the given workbooks). */
  readonly known: readonly MunicipalityRef[];
  readonly reports: readonly ReceivedReport[];
  /** Region targets by KPI id; default: the targets of spec §5. */
  readonly targets?: Readonly<Record<string, number>>;
  /** The region's own catalogue (code → title), when it has one: its title settles a tie between municipalities. */
  readonly catalog?: ReadonlyMap<string, string>;
}

function regionKpis(reports: readonly ReceivedReport[], targets: Readonly<Record<string, number>>) {
  const sums = new Map<KpiId, { numerator: number; denominator: number }>(
    KPI_DEFINITIONS.map((definition) => [definition.id, { numerator: 0, denominator: 0 }]),
  );
  for (const report of reports)
    for (const kpi of report.kpis) {
      const sum = sums.get(kpi.id);
      if (!sum) continue;
      sum.numerator += kpi.numerator;
      sum.denominator += kpi.denominator;
    }
  return KPI_DEFINITIONS.map(({ id }) => {
    const sum = sums.get(id)!;
    return kpiResult(id, sum.numerator, sum.denominator, { targets: { ...targets } });
  });
}

function regionMonthly(reports: readonly ReceivedReport[]): MonthlyFigure[] {
  const byMonth = new Map<string, MonthlyFigure>();
  for (const report of reports)
    for (const figure of report.monthly) {
      const sum = byMonth.get(figure.month) ?? { month: figure.month, developed: 0, implemented: 0 };
      sum.developed += figure.developed;
      sum.implemented += figure.implemented;
      byMonth.set(figure.month, sum);
    }
  return [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month));
}

function regionCoverage(reports: readonly ReceivedReport[]): CoverageRow[] {
  const byGroup = new Map<string, CoverageRow>();
  for (const report of reports)
    for (const row of report.coverage) {
      const sum = byGroup.get(row.group) ?? { group: row.group, withDeficit: 0, withIom: 0 };
      sum.withDeficit += row.withDeficit;
      sum.withIom += row.withIom;
      byGroup.set(row.group, sum);
    }
  return COMPETENCE_GROUPS.flatMap((group) => byGroup.get(group) ?? []);
}

/** The region's report for `month`: reports of other months are ignored; of two reports of one code the later counts. */
export function aggregateRegion(input: AggregateInput): RegionReport {
  const byCode = new Map<string, ReceivedReport>();
  for (const report of input.reports) if (report.month === input.month) byCode.set(report.code, report);
  const knownCodes = new Set(input.known.map((m) => m.code));
  const order = [
    ...input.known,
    ...[...byCode.values()]
      .filter((report) => !knownCodes.has(report.code))
      .map(({ code, name }) => ({ code, name }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  ];
  const seen = new Set<string>();
  const reported: ReceivedReport[] = [];
  const missing: MunicipalityRef[] = [];
  const names = new Map<string, string>();
  for (const { code, name } of order) {
    if (seen.has(code)) continue;
    seen.add(code);
    const report = byCode.get(code);
    if (!report) missing.push({ code, name });
    else {
      reported.push(report);
      names.set(code, name || report.name);
    }
  }
  const withDemand = reported.flatMap(({ code, demand, programmes }) =>
    demand && programmes ? [{ code, demand, programmes }] : [],
  );
  // No municipality sent its demand: «нет данных», not an empty (zero) table.
  const programmes = withDemand.length === 0 ? undefined : regionProgrammeRows(withDemand, input.catalog);
  const regionTitles = new Map((programmes ?? []).map((row) => [row.code, row.title]));
  const municipalities = reported.map((report): ReportedMunicipality => ({
    code: report.code,
    name: names.get(report.code)!,
    reportDate: report.reportDate,
    excludedRows: report.excludedRows,
    kpis: report.kpis,
    monthly: report.monthly,
    coverage: report.coverage,
    ...(report.k2Diagnosed === undefined ? {} : { k2Diagnosed: report.k2Diagnosed }),
    ...(report.demand && report.programmes
      ? {
          demand: demandDetail(report.demand),
          programmes: programmeDetail(report.programmes, regionTitles),
        }
      : {}),
    ...(report.receivedAt === undefined ? {} : { receivedAt: report.receivedAt }),
    ...(report.revision === undefined ? {} : { revision: report.revision }),
  }));
  return {
    month: input.month,
    region: {
      kpis: regionKpis(reported, input.targets ?? {}),
      monthly: regionMonthly(reported),
      coverage: regionCoverage(reported),
      excludedRows: reported.reduce((total, report) => total + report.excludedRows, 0),
      ...regionK2Diagnosed(reported),
      ...(programmes === undefined ? {} : { demand: regionDemandRows(withDemand), programmes }),
    },
    municipalities,
    missing,
    withoutDemand: municipalities.filter((m) => !m.demand).map(({ code, name }) => ({ code, name })),
  };
}

/**
 * The `consolidate --json` document of spec §7, its keys kept, with fields added in `region` (the coverage by group of
 * spec §6, the demand for courses, who reported without it) and in each municipality (its demand detail).
 */
export function consolidateJson(report: RegionReport) {
  const demand = report.region.demand ?? [];
  return {
    month: report.month,
    region: {
      kpis: report.region.kpis,
      coverage: report.region.coverage,
      demandByGroup: demandByGroup(demand),
      demand: demand.map(withNotCovered),
      programmes: report.region.programmes ?? [],
      withoutDemand: (report.withoutDemand ?? []).map((m) => m.code),
      ...(report.region.k2Diagnosed ? { k2Diagnosed: report.region.k2Diagnosed } : {}),
    },
    municipalities: report.municipalities.map((m) => ({
      code: m.code,
      name: m.name,
      reportDate: m.reportDate,
      kpis: m.kpis,
      ...(m.k2Diagnosed === undefined ? {} : { k2Diagnosed: m.k2Diagnosed }),
      ...(m.demand ? { demand: m.demand.map(withNotCovered) } : {}),
      ...(m.programmes ? { programmes: m.programmes } : {}),
    })),
    missing: report.missing.map((m) => m.code),
  };
}
export type ConsolidateJson = ReturnType<typeof consolidateJson>;
