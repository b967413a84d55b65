// The `kpi` report of spec §5/§7 from a read workbook: indicators, monthly figures, coverage, excluded rows.
import type { Book } from "../book.ts";
import { loadCatalog } from "../iom/catalog.ts";
import { kpisByOrg, type OrgKpiReport } from "./byOrg.ts";
import { kpiContext, type KpiContext } from "./context.ts";
import { coverageByGroup } from "./coverage.ts";
import type { KpiReport } from "./definitions.ts";
import { demandFigures, type DemandFigures } from "./demand.ts";
import { computeIndicators, diagnosedWithIom, STAFF_KPI_IDS } from "./indicators.ts";
import { monthlyFigures } from "./monthly.ts";

/**
 * Report date D = book.reportDate; `period` is the academic year (1 Sep – 31 Aug) containing D, while every
 * figure counts events in that year up to D. Targets: «Настройки» over the defaults. Never throws on data.
 * Pass `context` when the same workbook also gives the KPIs by organisation or the demand for courses.
 */
export function computeKpis(book: Book, context: KpiContext = kpiContext(book)): KpiReport {
  const { input, people, latest, ioms } = context;
  return {
    reportDate: input.reportDate,
    period: { from: input.year.from, to: input.year.to },
    excludedRows: input.excludedRows,
    kpis: computeIndicators(context),
    monthly: monthlyFigures(ioms.values(), input.window),
    coverage: coverageByGroup(people, latest, ioms),
    k2Diagnosed: diagnosedWithIom(context),
  };
}

export interface MunicipalFigures {
  readonly kpis: KpiReport;
  readonly byOrg: OrgKpiReport;
  readonly demand: DemandFigures;
}

/** Everything a municipality's workbook gives from one pass of preparation: KPIs, KPIs by organisation, demand. */
export function computeMunicipalFigures(book: Book): MunicipalFigures {
  const context = kpiContext(book);
  const kpis = computeKpis(book, context);
  const staff = new Set<string>(STAFF_KPI_IDS);
  return {
    kpis,
    byOrg: kpisByOrg(
      context,
      kpis.kpis.filter((kpi) => staff.has(kpi.id)),
    ),
    demand: demandFigures(context, loadCatalog(book)),
  };
}
