// KpiReport and municipal report fixtures built from numerator/denominator pairs (no workbook, no KPI engine).
import { academicYear } from "../../../shared/dates.ts";
import { KPI_IDS, type KpiId, type KpiReport, type MonthlyFigure } from "../../../shared/kpi/definitions.ts";
import { monthsOfWindow } from "../../../shared/kpi/monthly.ts";
import type { DemandFigures } from "../../../shared/kpi/demand.ts";
import { kpiResult } from "../../../shared/kpi/result.ts";
import { buildMunicipalReport, type MunicipalReport } from "../../../shared/report/municipalReport.ts";
import { COMPETENCE_GROUPS } from "../../../shared/schema/enums.ts";

export type Figures = Partial<Record<KpiId, [numerator: number, denominator: number]>>;

const monthsUpTo = (reportDate: string) =>
  monthsOfWindow({ from: academicYear(reportDate).from, to: reportDate });

/** A KpiReport for `reportDate`; indicators not in `figures` get `base` × (1, 2) so every id is present. */
export function kpiReportFixture(reportDate: string, figures: Figures = {}, base = 1): KpiReport {
  return {
    reportDate,
    period: { from: "2026-09-01", to: "2027-08-31" },
    excludedRows: base % 3,
    kpis: KPI_IDS.map((id) => {
      const [numerator, denominator] = figures[id] ?? [base, base * 2];
      return kpiResult(id, numerator, denominator, { targets: {} });
    }),
    // The last three months of the academic year up to the report month (as the KPI engine writes them).
    monthly: [
      { developed: base, implemented: 0 },
      { developed: base + 1, implemented: 1 },
      { developed: 2, implemented: base },
    ]
      .map((figure, i, all) => ({ month: monthsUpTo(reportDate).at(i - all.length), ...figure }))
      .filter((figure): figure is MonthlyFigure => figure.month !== undefined),
    coverage: COMPETENCE_GROUPS.map((group, index) => ({
      group,
      withDeficit: base + index,
      withIom: index % 2 === 0 ? base : 0,
    })),
  };
}

export function reportFixture(
  code: string,
  month = "2026-11",
  figures: Figures = {},
  base = 1,
  name = `Муниципалитет ${code}`,
): MunicipalReport {
  const day = month === "2026-02" ? "28" : "30";
  return buildMunicipalReport(code, name, month, kpiReportFixture(`${month}-${day}`, figures, base));
}

/** Demand that agrees with kpiReportFixture's coverage for `base`: one subject per group, two catalogue codes. */
export function demandFixture(base = 1, subject = "математика"): DemandFigures {
  const coverage = kpiReportFixture("2026-11-30", {}, base).coverage;
  return {
    demand: coverage.map(({ group, withDeficit, withIom }) => ({
      group,
      subject,
      withDeficit,
      withIom,
      done: Math.min(1, withIom),
    })),
    programmes: [
      {
        code: "ПРИМЕР-ЦИФ-1",
        title: "ДПП «Цифровая среда»",
        type: "ДПП",
        federal: true,
        planned: base,
        inProgress: 1,
        done: 0,
      },
      {
        code: "ПРИМЕР-МЕТ-3",
        type: "мероприятие",
        federal: false,
        planned: 2 * base,
        inProgress: 0,
        done: 1,
      },
    ],
  };
}

/** A municipal report with its demand for courses (see demandFixture). */
export function reportWithDemand(
  code: string,
  base = 1,
  name = `Муниципалитет ${code}`,
  subject?: string,
  figures: Figures = {},
) {
  const month = "2026-11";
  return buildMunicipalReport(
    code,
    name,
    month,
    kpiReportFixture(`${month}-30`, figures, base),
    demandFixture(base, subject),
  );
}
