// The fourteen indicators of spec §5 (K1 … K12 with K1.1 and K2.1) as numerators over denominators.
import type { IsoDate } from "../dates.ts";
import type { LatestResults } from "../diagnostics/latest.ts";
import { levelRank } from "../levels.ts";
import type { OrgRow } from "../schema/sheets.ts";
import type { Settings } from "../settings.ts";
import { completedFederal, completedFederalInIom, type FederalCompletions } from "./completions.ts";
import type { KpiResult } from "./definitions.ts";
import type { PersonIom } from "./iom.ts";
import type { Person } from "./people.ts";
import { kpiResult } from "./result.ts";

export interface IndicatorInput {
  readonly reportDate: IsoDate;
  readonly people: readonly Person[];
  readonly orgs: readonly OrgRow[];
  /** Latest diagnostic per person × group among rows dated in the academic year up to the report date. */
  readonly latest: LatestResults;
  readonly ioms: ReadonlyMap<string, PersonIom>;
  readonly completions: FederalCompletions;
  readonly settings: Pick<Settings, "targets">;
}

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

/** Numerators and denominators of the staff indicators, counted in one pass over the people. */
function tallyPeople(input: IndicatorInput) {
  const { people, latest, ioms, completions } = input;
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

export function computeIndicators(input: IndicatorInput): KpiResult[] {
  const { orgs, ioms, settings, reportDate } = input;
  const result = (id: Parameters<typeof kpiResult>[0], numerator: number, denominator: number) =>
    kpiResult(id, numerator, denominator, settings);
  const t = tallyPeople(input);
  let due = 0;
  let implemented = 0;
  for (const iom of ioms.values())
    if (isDue(iom, reportDate)) {
      due++;
      if (iom.status === "реализован") implemented++;
    }
  const schools = orgs.filter((org) => org.type === "общеобразовательная");

  return [
    result("K1", t.diagnosed, t.staff),
    result("K1.1", t.diagnosedAtLeastBase, t.diagnosed),
    result("K2", t.withIom, t.staff),
    result("K2.1", implemented, due),
    result("K3", t.teachersFederalInIom, t.teachers),
    result("K4", t.fgos, t.pedagogical),
    result("K5", t.youngSupported, t.young),
    result("K6", t.contest, t.pedagogical),
    result("K7", t.ofSchoolsFederal, t.ofSchools),
    result(
      "K8",
      count(orgs, (org) => org.moMonitoring),
      orgs.length,
    ),
    result(
      "K9",
      count(schools, (org) => org.mentoringModel),
      schools.length,
    ),
    result(
      "K10",
      count(schools, (org) => org.platform),
      schools.length,
    ),
    result(
      "K11",
      count(orgs, (org) => org.staffingNeeds),
      orgs.length,
    ),
    result("K12", t.community, t.staff),
  ];
}
