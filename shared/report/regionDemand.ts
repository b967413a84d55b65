// The region's demand for courses: sums of the municipal counts, with the municipalities that carry most (the
// programmes' rows are in regionProgrammes.ts).
import * as z from "zod/mini";
import { byGroupThenSubject, demandKey, DemandRow, ProgrammeRow } from "../kpi/demand.ts";
import { COMPETENCE_GROUPS } from "../schema/enums.ts";
import { DEMAND_CAPS, subjectCap } from "./demandCaps.ts";
import { WorkbookCode, type MunicipalReport } from "./municipalReport.ts";

const Count = z.int().check(z.gte(0));

/** A municipality and its share of a region row: not covered (demand) or planned (programmes). */
export const Leader = z.object({ code: WorkbookCode, count: Count });
export type Leader = z.infer<typeof Leader>;

export const RegionDemandRow = z.object({ ...DemandRow.shape, leaders: z.array(Leader) });
export type RegionDemandRow = z.infer<typeof RegionDemandRow>;

export const RegionProgrammeRow = z.object({
  ...ProgrammeRow.shape,
  /** Municipalities with the code in a route, in any state. */
  municipalities: Count,
  leaders: z.array(Leader),
});
export type RegionProgrammeRow = z.infer<typeof RegionProgrammeRow>;

/** How many municipalities a region row names as carrying most of it; how many rows of each municipality are kept. */
export const LEADERS = 3;
export const DETAIL_ROWS = 10;

export const notCovered = (row: DemandRow) => row.withDeficit - row.withIom;

export type WithDemand = Pick<MunicipalReport, "code"> &
  Required<Pick<MunicipalReport, "demand" | "programmes">>;

/** The largest contributions first (ties: the order of the municipalities), only those above zero. */
export function leadersOf(counts: Map<string, number>): Leader[] {
  return [...counts]
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, LEADERS)
    .map(([code, count]) => ({ code, count }));
}

export const add = (counts: Map<string, number>, code: string, count: number) =>
  counts.set(code, (counts.get(code) ?? 0) + count);

/** Region rows per group × subject (at most DEMAND_CAPS.subjects, the rest «прочие»), the most not covered first. */
export function regionDemandRows(reports: readonly WithDemand[]): RegionDemandRow[] {
  const all = reports.flatMap((report) => report.demand);
  const subjectOf = subjectCap(all, DEMAND_CAPS.subjects);
  const rows = new Map<string, { row: RegionDemandRow; counts: Map<string, number> }>();
  for (const report of reports)
    for (const row of report.demand) {
      const subject = subjectOf(row);
      const key = demandKey(row.group, subject);
      let sum = rows.get(key);
      if (!sum) {
        const empty = { group: row.group, subject, withDeficit: 0, withIom: 0, done: 0, leaders: [] };
        rows.set(key, (sum = { row: empty, counts: new Map() }));
      }
      sum.row.withDeficit += row.withDeficit;
      sum.row.withIom += row.withIom;
      sum.row.done += row.done;
      add(sum.counts, report.code, notCovered(row));
    }
  return [...rows.values()]
    .map(({ row, counts }) => ({ ...row, leaders: leadersOf(counts) }))
    .sort(
      (a, b) => notCovered(b) - notCovered(a) || b.withDeficit - a.withDeficit || byGroupThenSubject(a, b),
    );
}

/** A municipality's rows kept in the region report: the DETAIL_ROWS with the most not covered (above zero). */
export const demandDetail = (rows: readonly DemandRow[]): DemandRow[] =>
  rows
    .filter((row) => notCovered(row) > 0)
    .sort(
      (a, b) => notCovered(b) - notCovered(a) || b.withDeficit - a.withDeficit || byGroupThenSubject(a, b),
    )
    .slice(0, DETAIL_ROWS);

export interface GroupDemand {
  readonly group: DemandRow["group"];
  readonly withDeficit: number;
  readonly withIom: number;
  readonly notCovered: number;
  readonly done: number;
}

/** Per competence group, the sums of its rows, in the order of spec §2.4; a group without deficits is absent. */
export function demandByGroup(rows: readonly DemandRow[]): GroupDemand[] {
  return COMPETENCE_GROUPS.flatMap((group) => {
    const of = rows.filter((row) => row.group === group);
    const sum = (key: "withDeficit" | "withIom" | "done") => of.reduce((total, row) => total + row[key], 0);
    const withDeficit = sum("withDeficit");
    if (withDeficit === 0) return [];
    const withIom = sum("withIom");
    return [{ group, withDeficit, withIom, notCovered: withDeficit - withIom, done: sum("done") }];
  });
}

/** A demand row as the JSON documents give it: with its not covered count (the demand) spelt out. */
export const withNotCovered = <T extends DemandRow>(row: T) => ({ ...row, notCovered: notCovered(row) });
