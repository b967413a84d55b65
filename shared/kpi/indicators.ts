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

export function computeIndicators(input: IndicatorInput): KpiResult[] {
  const { people, orgs, latest, ioms, completions, settings, reportDate } = input;
  const result = (id: Parameters<typeof kpiResult>[0], numerator: number, denominator: number) =>
    kpiResult(id, numerator, denominator, settings);

  const diagnosed = people.filter((person) => latest.has(person.email));
  const pedagogical = people.filter((person) => person.pedagogical);
  const teachers = pedagogical.filter((person) => person.teacher);
  const young = pedagogical.filter((person) => person.young);
  const ofSchools = pedagogical.filter((person) => person.atSchool);
  const allIoms = [...ioms.values()];
  const dueIoms = allIoms.filter((iom) => isDue(iom, reportDate));
  const schools = orgs.filter((org) => org.type === "общеобразовательная");

  return [
    result("K1", diagnosed.length, people.length),
    result(
      "K1.1",
      count(diagnosed, (person) => atLeastBase(latest, person.email)),
      diagnosed.length,
    ),
    result(
      "K2",
      count(people, (person) => ioms.has(person.email)),
      people.length,
    ),
    result(
      "K2.1",
      count(dueIoms, (iom) => iom.status === "реализован"),
      dueIoms.length,
    ),
    result(
      "K3",
      count(teachers, (person) => completedFederalInIom(completions, person.email, ioms.has(person.email))),
      teachers.length,
    ),
    result(
      "K4",
      count(pedagogical, (person) => person.staff.fgos),
      pedagogical.length,
    ),
    result(
      "K5",
      count(young, (person) => person.staff.mentoring === "наставляемый" || person.staff.youngSupport),
      young.length,
    ),
    result(
      "K6",
      count(pedagogical, (person) => person.staff.contest),
      pedagogical.length,
    ),
    result(
      "K7",
      count(ofSchools, (person) => completedFederal(completions, person.email)),
      ofSchools.length,
    ),
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
    result(
      "K12",
      count(people, (person) => person.staff.community),
      people.length,
    ),
  ];
}
