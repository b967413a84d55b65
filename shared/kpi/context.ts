// What every municipal figure is counted from: the usable rows, the staff classified, latest levels, ИОМ, completions.
import type { Book } from "../book.ts";
import { latestResults, type LatestResults } from "../diagnostics/latest.ts";
import type { Settings } from "../settings.ts";
import { federalCompletions, type FederalCompletions } from "./completions.ts";
import { personIoms, type PersonIom } from "./iom.ts";
import { kpiInput, type KpiInput } from "./input.ts";
import { classifyStaff, type Person } from "./people.ts";

export interface KpiContext {
  readonly input: KpiInput;
  readonly people: readonly Person[];
  /** Latest diagnostic per person × group among rows dated in the academic year up to the report date. */
  readonly latest: LatestResults;
  readonly ioms: ReadonlyMap<string, PersonIom>;
  readonly completions: FederalCompletions;
  readonly settings: Pick<Settings, "targets">;
}

/** Built once per workbook, shared by the KPIs, the KPIs by organisation and the demand for courses. */
export function kpiContext(book: Book): KpiContext {
  const input = kpiInput(book);
  return {
    input,
    people: classifyStaff(input.staff, input.orgs, input.reportDate),
    latest: latestResults(input.diagnostics, input.window),
    ioms: personIoms(input),
    completions: federalCompletions(input),
    settings: book.settings,
  };
}
