// A person of «Педагоги» as route generation sees them: latest results, goals in priority order, young-teacher status.
import { ageOn, type IsoDate } from "../dates.ts";
import type { GroupResult } from "../diagnostics/latest.ts";
import { COMPETENCE_GROUPS, type CompetenceGroup, type Level } from "../schema/enums.ts";
import type { StaffRow } from "../schema/sheets.ts";
import { activityKey } from "./catalog.ts";

export interface Person {
  readonly email: string;
  readonly fio: string;
  readonly org: string;
  /** Normalised subject, "" when not given. */
  readonly subjectKey: string;
  readonly isManager: boolean;
  /** Age < 35 and experience ≤ 3 on the report date, not a manager, not yet «наставляемый» (spec §4.3). */
  readonly needsMentor: boolean;
  /** Latest result per group up to the report date. */
  readonly results: ReadonlyMap<CompetenceGroup, GroupResult>;
}

export interface Goal {
  readonly group: CompetenceGroup;
  readonly score: number;
  readonly level: Level;
  readonly kind: "deficit" | "growth";
}

/** Age on the report date: from «Дата рождения», else the «Возраст» column. */
export function ageOf(row: Pick<StaffRow, "birthDate" | "age">, reportDate: IsoDate): number | undefined {
  return row.birthDate ? ageOn(row.birthDate, reportDate) : row.age;
}

export function personOf(
  row: StaffRow,
  results: ReadonlyMap<CompetenceGroup, GroupResult> | undefined,
  reportDate: IsoDate,
): Person {
  const isManager = row.category === "управленческий кадр";
  const age = ageOf(row, reportDate);
  const young = age !== undefined && age < 35 && row.experience !== undefined && row.experience <= 3;
  return {
    email: row.email,
    fio: row.fio,
    org: row.org,
    subjectKey: row.subject ? activityKey(row.subject) : "",
    isManager,
    needsMentor: young && !isManager && row.mentoring !== "наставляемый",
    results: results ?? new Map(),
  };
}

const groupIndex = (group: CompetenceGroup) => COMPETENCE_GROUPS.indexOf(group);

/**
 * Goals in priority order (spec §4.1): deficits (низкий) by score ascending, then growth zones (базовый) the same
 * way; ties go by the group order of §2.4. управленческие are only for managers: otherwise they are `skipped`.
 */
export function goalsOf(person: Person): { goals: Goal[]; skipped: GroupResult[] } {
  const goals: Goal[] = [];
  const skipped: GroupResult[] = [];
  for (const result of person.results.values()) {
    if (result.level !== "низкий" && result.level !== "базовый") continue;
    if (result.group === "управленческие" && !person.isManager) {
      skipped.push(result);
      continue;
    }
    goals.push({
      group: result.group,
      score: result.score,
      level: result.level,
      kind: result.level === "низкий" ? "deficit" : "growth",
    });
  }
  goals.sort(
    (a, b) =>
      Number(a.kind === "growth") - Number(b.kind === "growth") ||
      a.score - b.score ||
      groupIndex(a.group) - groupIndex(b.group),
  );
  return { goals, skipped };
}

/** Groups at высокий, in the group order: the person is a candidate for the methodical актив of each. */
export const highGroups = (person: Person): CompetenceGroup[] =>
  COMPETENCE_GROUPS.filter((group) => person.results.get(group)?.level === "высокий");
