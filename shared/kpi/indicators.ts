// The fourteen indicators of spec §5 (K1 … K12 with K1.1 and K2.1) as numerators over denominators.
import type { IsoDate } from "../dates.ts";
import type { LatestResults } from "../diagnostics/latest.ts";
import { levelRank } from "../levels.ts";
import type { OrgRow } from "../schema/sheets.ts";
import type { Settings } from "../settings.ts";
import { completedFederal, completedFederalInIom } from "./completions.ts";
import type { KpiContext } from "./context.ts";
import { KPI_IDS, type KpiId, type KpiResult } from "./definitions.ts";
import type { PersonIom } from "./iom.ts";
import type { Person } from "./people.ts";
import { kpiResult } from "./result.ts";

/** The indicators counted over people and their ИОМ (K8–K11 are over organisations). */
export const STAFF_KPI_IDS = ["K1", "K1.1", "K2", "K2.1", "K3", "K4", "K5", "K6", "K7", "K12"] as const;
export type StaffKpiId = (typeof STAFF_KPI_IDS)[number];

type Targets = Pick<Settings, "targets">;

const count = <T>(items: readonly T[], test: (item: T) => boolean) => {
  let n = 0;
  for (const item of items) if (test(item)) n++;
  return n;
};

/** The lowest of a person's latest levels is базовый or higher. */
function atLeastBase(latest: LatestResults, email: string): boolean {
  const groups = latest.get(email);
  if (!groups) return false;
  for (const result of groups.values()) if (levelRank(result.level) < levelRank("базовый")) return false;
  return true;
}

/**
 * K2.1's denominator: an ИОМ that has ended by the report date or has a final status. K2.1 is over ИОМ, not
 * staff: every person who has an ИОМ (spec §5) counts, also one missing from «Педагоги».
 */
const isDue = (iom: PersonIom, reportDate: IsoDate) =>
  iom.status === "реализован" ||
  iom.status === "не реализован" ||
  (iom.end !== undefined && iom.end <= reportDate);

/** Numerators and denominators of the staff indicators, counted in one pass over `people`. */
function tallyPeople(people: readonly Person[], { latest, ioms, completions }: KpiContext) {
  const t = {
    staff: people.length,
    diagnosed: 0,
    diagnosedAtLeastBase: 0,
    withIom: 0,
    community: 0,
    pedagogical: 0,
    fgos: 0,
    contest: 0,
    teachers: 0,
    teachersFederalInIom: 0,
    young: 0,
    youngSupported: 0,
    ofSchools: 0,
    ofSchoolsFederal: 0,
  };
  for (const person of people) {
    const { email, staff } = person;
    const hasIom = ioms.has(email);
    if (latest.has(email)) {
      t.diagnosed++;
      if (atLeastBase(latest, email)) t.diagnosedAtLeastBase++;
    }
    if (hasIom) t.withIom++;
    if (staff.community) t.community++;
    if (!person.pedagogical) continue;
    t.pedagogical++;
    if (staff.fgos) t.fgos++;
    if (staff.contest) t.contest++;
    if (person.teacher) {
      t.teachers++;
      if (completedFederalInIom(completions, email, hasIom)) t.teachersFederalInIom++;
    }
    if (person.young) {
      t.young++;
      if (staff.mentoring === "наставляемый" || staff.youngSupport) t.youngSupported++;
    }
    if (person.atSchool) {
      t.ofSchools++;
      if (completedFederal(completions, email)) t.ofSchoolsFederal++;
    }
  }
  return t;
}

/** K2.1 over `ioms`: those due and, of them, those implemented. */
function tallyIoms(ioms: Iterable<PersonIom>, reportDate: IsoDate) {
  let due = 0;
  let implemented = 0;
  for (const iom of ioms)
    if (isDue(iom, reportDate)) {
      due++;
      if (iom.status === "реализован") implemented++;
    }
  return { due, implemented };
}

/**
 * The staff indicators of `people` and `ioms` (the whole municipality, or one organisation's staff and the ИОМ
 * attributed to it), in the order of STAFF_KPI_IDS. Whether a person has an ИОМ is looked up in context.ioms.
 */
export function staffIndicators(
  context: KpiContext,
  people: readonly Person[],
  ioms: Iterable<PersonIom>,
): KpiResult[] {
  const t = tallyPeople(people, context);
  const k21 = tallyIoms(ioms, context.input.reportDate);
  const figures: Record<StaffKpiId, [number, number]> = {
    K1: [t.diagnosed, t.staff],
    "K1.1": [t.diagnosedAtLeastBase, t.diagnosed],
    K2: [t.withIom, t.staff],
    "K2.1": [k21.implemented, k21.due],
    K3: [t.teachersFederalInIom, t.teachers],
    K4: [t.fgos, t.pedagogical],
    K5: [t.youngSupported, t.young],
    K6: [t.contest, t.pedagogical],
    K7: [t.ofSchoolsFederal, t.ofSchools],
    K12: [t.community, t.staff],
  };
  return STAFF_KPI_IDS.map((id) => kpiResult(id, ...figures[id], context.settings));
}

/**
 * Of K2's numerator (staff who have an ИОМ), those diagnosed in the academic year up to the report date. K2 counts
 * the register of ИОМ (seed 004), so a route resting on an earlier year's diagnostics counts and K2 may exceed K1.
 */
export function diagnosedWithIom({ people, ioms, latest }: KpiContext): number {
  return count(people, (person) => ioms.has(person.email) && latest.has(person.email));
}

/** K8–K11, over the organisations of «ОО». */
function orgIndicators(orgs: readonly OrgRow[], settings: Targets): KpiResult[] {
  const schools = orgs.filter((org) => org.type === "общеобразовательная");
  const share = (id: KpiId, of: readonly OrgRow[], test: (org: OrgRow) => boolean) =>
    kpiResult(id, count(of, test), of.length, settings);
  return [
    share("K8", orgs, (org) => org.moMonitoring),
    share("K9", schools, (org) => org.mentoringModel),
    share("K10", schools, (org) => org.platform),
    share("K11", orgs, (org) => org.staffingNeeds),
  ];
}

export function computeIndicators(context: KpiContext): KpiResult[] {
  const { input, people, ioms, settings } = context;
  const byId = new Map<KpiId, KpiResult>(
    [...staffIndicators(context, people, ioms.values()), ...orgIndicators(input.orgs, settings)].map(
      (result) => [result.id, result],
    ),
  );
  return KPI_IDS.map((id) => byId.get(id)!);
}
