// The `kpi` report of spec §5/§7 from a read workbook: indicators, monthly figures, coverage, excluded rows.
import type { Book } from "../book.ts";
import { latestResults } from "../diagnostics/latest.ts";
import { federalCompletions } from "./completions.ts";
import { coverageByGroup } from "./coverage.ts";
import type { KpiReport } from "./definitions.ts";
import { computeIndicators } from "./indicators.ts";
import { personIoms } from "./iom.ts";
import { kpiInput } from "./input.ts";
import { monthlyFigures } from "./monthly.ts";
import { classifyStaff } from "./people.ts";

/**
 * Report date D = book.reportDate; `period` is the academic year (1 Sep – 31 Aug) containing D, while every
 * figure counts events in that year up to D. Targets: «Настройки» over the defaults. Never throws on data.
 */
export function computeKpis(book: Book): KpiReport {
  const input = kpiInput(book);
  const people = classifyStaff(input.staff, input.orgs, input.reportDate);
  const latest = latestResults(input.diagnostics, input.window);
  const ioms = personIoms(input);
  const kpis = computeIndicators({
    reportDate: input.reportDate,
    people,
    orgs: input.orgs,
    latest,
    ioms,
    completions: federalCompletions(input),
    settings: book.settings,
  });
  return {
    reportDate: input.reportDate,
    period: { from: input.year.from, to: input.year.to },
    excludedRows: input.excludedRows,
    kpis,
    monthly: monthlyFigures(ioms.values(), input.window),
    coverage: coverageByGroup(people, latest, ioms),
  };
}
