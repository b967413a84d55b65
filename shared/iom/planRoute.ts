// One person's route (spec §4): activities per goal, the young teacher's mentor, scheduling, the closing diagnostics.
import type { IsoDate } from "../dates.ts";
import type { GroupResult } from "../diagnostics/latest.ts";
import type { ActivityType, CompetenceGroup } from "../schema/enums.ts";
import type { RouteRow } from "../schema/sheets.ts";
import {
  catalogActivity,
  keptActivity,
  placeholderActivity,
  reflexiveActivity,
  routeRowOf,
} from "./activities.ts";
import { activityKey, INFORMAL_TYPES, type Catalog, type CatalogEntry, type SlotKind } from "./catalog.ts";
import type { ExistingRow } from "./existing.ts";
import type { MentorPool } from "./mentors.ts";
import type { Goal, Person } from "./people.ts";
import { windowStart } from "./period.ts";
import { gridWeeks, reflexiveSlot, WeekGrid } from "./schedule.ts";
import type { MentorPair, Period, PlannedActivity, Route } from "./schema.ts";
import { iomText, REFLEXIVE_CODE, REFLEXIVE_DAYS, REFLEXIVE_PREFIX } from "./texts.ts";

export interface RouteInput {
  readonly person: Person;
  readonly goals: readonly Goal[];
  /** управленческие results of a non-manager, left out with a warning. */
  readonly skipped: readonly GroupResult[];
  readonly period: Period;
  /** Rows of the same route (person + period) that regeneration keeps. */
  readonly kept: readonly ExistingRow[];
  /** The mentor of a replaced mentoring row: kept as the pair when the mentor still has room. */
  readonly preferredMentor?: { mentor: string; group: CompetenceGroup | null };
  /** Activity keys the person has completed. */
  readonly completed: ReadonlySet<string>;
  readonly regenerated: boolean;
}

export interface RouteContext {
  readonly reportDate: IsoDate;
  readonly weeklyHours: number;
  readonly catalog: Catalog;
  readonly mentors: MentorPool;
}

export interface PlannedRoute {
  readonly route: Route;
  /** Rows of the generated activities, in the route's order. */
  readonly rows: RouteRow[];
  readonly pair?: MentorPair;
}

const EPSILON = 1e-9;
const round2 = (n: number) => Math.round(n * 100) / 100;
export const isReflexive = (a: PlannedActivity) =>
  activityKey(a.code) === activityKey(REFLEXIVE_CODE) || a.title.startsWith(REFLEXIVE_PREFIX);

export function planRoute(input: RouteInput, ctx: RouteContext): PlannedRoute {
  const { person, period } = input;
  const { catalog, weeklyHours } = ctx;
  const start = windowStart(period, ctx.reportDate);
  const closing = reflexiveSlot(start, period.to, REFLEXIVE_DAYS);
  const grid = new WeekGrid(start, gridWeeks(start, closing.start), weeklyHours);
  const warnings = input.skipped.map((result) => iomText.managerialSkipped(result.score));
  const kept = input.kept.map(keptActivity);
  const added: PlannedActivity[] = [];
  const used = new Set<string>();
  let usedHours = 0;

  for (const activity of kept) {
    used.add(activityKey(activity.code)).add(activityKey(activity.title));
    if (activity.start && activity.end && activity.end >= start) {
      grid.reserve(activity.start, activity.end, activity.hours, activity.type === "ДПП");
      if (activity.state !== "выполнено") usedHours += activity.hours;
    }
  }
  const skip = (e: CatalogEntry) =>
    input.completed.has(e.codeKey) ||
    input.completed.has(e.titleKey) ||
    used.has(e.codeKey) ||
    used.has(e.titleKey);
  const keptFor = (group: CompetenceGroup, types?: readonly ActivityType[]) =>
    kept.some((a) => a.group === group && (!types || (a.type !== null && types.includes(a.type))));
  const candidates = (kind: SlotKind, goal: Goal) => catalog.candidates(kind, goal, person.subjectKey, skip);
  const add = (activity: PlannedActivity) => {
    added.push(activity);
    used.add(activityKey(activity.code)).add(activityKey(activity.title));
    usedHours += activity.hours;
  };
  /** The first candidate that fits (within `hoursLeft` when given); a warning naming the best one when none does. */
  const schedule = (
    list: CatalogEntry[],
    group: CompetenceGroup,
    mentor: string | null,
    hoursLeft?: () => number,
  ) => {
    for (const entry of list) {
      if (hoursLeft && entry.hours > hoursLeft() + EPSILON) continue;
      const slot = grid.place(entry.hours, entry.weeks, entry.type === "ДПП");
      if (slot) return (add(catalogActivity(entry, group, slot, mentor)), true);
    }
    if (!hoursLeft) warnings.push(iomText.notFit(list[0]!.title, list[0]!.code, group, weeklyHours));
    return false;
  };

  const entered: Goal[] = [];
  for (const goal of input.goals.filter((g) => g.kind === "deficit")) {
    entered.push(goal);
    const dpp = keptFor(goal.group, ["ДПП"]) ? [] : candidates("dpp", goal);
    const informal = keptFor(goal.group, INFORMAL_TYPES) ? [] : candidates("informal", goal);
    if (!keptFor(goal.group) && dpp.length === 0 && informal.length === 0) {
      add(placeholderActivity(goal.group, null, start, null));
      warnings.push(iomText.noActivity(goal.group, goal.level));
      continue;
    }
    if (dpp.length > 0) schedule(dpp, goal.group, null);
    if (informal.length > 0) schedule(informal, goal.group, null);
  }

  let pair: MentorPair | undefined;
  const keptMentoring = kept.find((a) => a.type === "наставничество");
  if (keptMentoring) {
    if (keptMentoring.mentor) pair = pairOf(keptMentoring.mentor, person, keptMentoring.group, ctx.mentors);
    else if (person.needsMentor) warnings.push(iomText.mentorMissing);
  } else if (person.needsMentor && input.goals.length > 0) {
    const groups = input.goals.map((g) => g.group);
    const proposal = ctx.mentors.propose(person, groups, input.preferredMentor);
    if (!proposal) warnings.push(iomText.noMentor(groups));
    const mentor = proposal?.mentor ?? null;
    const goal = input.goals.find((g) => g.group === proposal?.group) ?? input.goals[0]!;
    const list = candidates("mentoring", goal);
    let planned = true;
    if (list.length > 0) planned = schedule(list, goal.group, mentor);
    else {
      add(placeholderActivity(goal.group, "наставничество", start, mentor));
      warnings.push(iomText.noMentoring(goal.group));
    }
    // a pair exists only with its «ИОМ» row, where the next run counts it
    if (proposal && planned) {
      ctx.mentors.assign(proposal.mentor, person.email);
      pair = {
        mentor: proposal.mentor,
        mentee: person.email,
        group: proposal.group,
        sameOrg: proposal.sameOrg,
      };
    }
  }

  for (const goal of input.goals.filter((g) => g.kind === "growth")) {
    if (keptFor(goal.group)) {
      entered.push(goal);
      continue;
    }
    const list = candidates("growth", goal);
    if (list.length === 0) {
      entered.push(goal);
      add(placeholderActivity(goal.group, null, start, null));
      warnings.push(iomText.noActivity(goal.group, goal.level));
    } else if (schedule(list, goal.group, null, () => grid.hoursBudget - usedHours)) entered.push(goal);
    else warnings.push(iomText.growthLeftOut(goal.group, goal.score));
  }

  if (!kept.some(isReflexive)) {
    if (closing.start <= start) warnings.push(iomText.reflexiveShort(period.to));
    added.push(
      reflexiveActivity(
        entered.map((g) => g.group),
        closing,
      ),
    );
  }
  const activities = sortActivities([...kept, ...added]);
  const mentor = activities.find((a) => a.type === "наставничество" && a.mentor)?.mentor ?? null;
  const route: Route = {
    email: person.email,
    fio: person.fio,
    org: person.org,
    period,
    deficits: entered.map(({ group, score, level }) => ({ group, score, level })),
    goals: entered.map((g) =>
      (g.kind === "deficit" ? iomText.goalDeficit : iomText.goalGrowth)(g.group, g.score),
    ),
    activities,
    totalHours: round2(activities.reduce((sum, a) => sum + a.hours, 0)),
    mentor,
    warnings,
    regenerated: input.regenerated,
  };
  const rows = activities.filter((a) => a.source !== "existing").map((a) => routeRowOf(person, period, a));
  return { route, rows, pair };
}

function pairOf(mentor: string, person: Person, group: CompetenceGroup | null, pool: MentorPool): MentorPair {
  return { mentor, mentee: person.email, group, sameOrg: pool.sameOrg(mentor, person.org) };
}

/** By start date (undated kept rows last), the reflexive diagnostics always at the end; ties keep plan order. */
export function sortActivities(list: PlannedActivity[]): PlannedActivity[] {
  const rank = (a: PlannedActivity) => (isReflexive(a) ? 1 : 0);
  return list
    .map((activity, index) => ({ activity, index }))
    .sort(
      (a, b) =>
        rank(a.activity) - rank(b.activity) ||
        compareDates(a.activity.start, b.activity.start) ||
        a.index - b.index,
    )
    .map(({ activity }) => activity);
}

const compareDates = (a: IsoDate | null, b: IsoDate | null) => {
  const x = a ?? "9999-12-31";
  const y = b ?? "9999-12-31";
  return x < y ? -1 : x > y ? 1 : 0;
};
