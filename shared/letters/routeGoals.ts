// Goals and tasks of a printed ИОМ (seed 002, section 4: «формирование запроса и целей»), from the route's groups.
import type { GroupResult } from "../diagnostics/latest.ts";
import type { PlannedActivity } from "../iom/schema.ts";
import { iomText, REFLEXIVE_PREFIX } from "../iom/texts.ts";
import { COMPETENCE_GROUPS, type CompetenceGroup } from "../schema/enums.ts";
import type { Thresholds } from "../settings.ts";
import { letterText } from "./texts.ts";

export interface DocumentGoal {
  readonly group: CompetenceGroup;
  readonly text: string;
  readonly tasks: readonly string[];
}

/** The groups a route works on: its activities' groups, and those its «Рефлексивная диагностика: …» names. */
export function routeGroups(activities: readonly PlannedActivity[]): CompetenceGroup[] {
  const groups = new Set<CompetenceGroup>();
  for (const activity of activities) {
    if (activity.title.startsWith(REFLEXIVE_PREFIX))
      for (const group of COMPETENCE_GROUPS) if (activity.title.includes(group)) groups.add(group);
    if (activity.group) groups.add(activity.group);
  }
  return [...groups];
}

const rank = (result: GroupResult | undefined) =>
  result?.level === "низкий" ? 0 : result?.level === "базовый" ? 1 : 2;

/**
 * One goal per group, deficits first (as routes are planned, spec §4.1): «Преодоление дефицита: …» for низкий,
 * «Зона роста: …» for базовый, the group's development otherwise. Tasks: the diagnosed deficit topics and the
 * level to reach at the reflexive diagnostics.
 */
export function goalsOf(
  groups: readonly CompetenceGroup[],
  results: ReadonlyMap<CompetenceGroup, GroupResult> | undefined,
  thresholds: Thresholds,
): DocumentGoal[] {
  return groups
    .map((group, index) => ({ group, index, result: results?.get(group) }))
    .sort(
      (a, b) =>
        rank(a.result) - rank(b.result) ||
        (a.result && b.result ? a.result.score - b.result.score : 0) ||
        a.index - b.index,
    )
    .map(({ group, result }): DocumentGoal => {
      const topics = (result?.topics ?? []).map(letterText.topicTask);
      if (result?.level === "низкий")
        return {
          group,
          text: iomText.goalDeficit(group, result.score),
          tasks: [...topics, letterText.reachLevel(group, "базового", thresholds.base)],
        };
      if (result?.level === "базовый")
        return {
          group,
          text: iomText.goalGrowth(group, result.score),
          tasks: [...topics, letterText.reachLevel(group, "повышенного", thresholds.elevated)],
        };
      return {
        group,
        text: letterText.goalDevelop(group),
        tasks: [...topics, letterText.doActivities(group)],
      };
    });
}
