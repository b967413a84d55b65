// Diagnostics vs ИОМ (spec §5): per competence group, staff at низкий and how many have an activity for it.
import type { LatestResults } from "../diagnostics/latest.ts";
import { COMPETENCE_GROUPS } from "../schema/enums.ts";
import type { CoverageRow } from "./definitions.ts";
import { hasActivityFor, type PersonIom } from "./iom.ts";
import type { Person } from "./people.ts";

/** One row per group in the order of spec §2.4, groups without deficits included (as zeros). */
export function coverageByGroup(
  people: readonly Person[],
  latest: LatestResults,
  ioms: ReadonlyMap<string, PersonIom>,
): CoverageRow[] {
  const rows = COMPETENCE_GROUPS.map((group) => ({ group, withDeficit: 0, withIom: 0 }));
  const byGroup = new Map(rows.map((row) => [row.group, row]));
  for (const person of people) {
    const results = latest.get(person.email);
    if (!results) continue;
    const iom = ioms.get(person.email);
    for (const result of results.values()) {
      if (result.level !== "низкий") continue;
      const row = byGroup.get(result.group)!;
      row.withDeficit++;
      if (iom && hasActivityFor(iom, result.group)) row.withIom++;
    }
  }
  return rows;
}
