// Diagnostics vs ИОМ (spec §5): per competence group, staff at низкий and how many have an activity for it.
import type { LatestResults } from "../diagnostics/latest.ts";
import { COMPETENCE_GROUPS } from "../schema/enums.ts";
import type { CoverageRow } from "./definitions.ts";
import type { PersonIom } from "./iom.ts";
import type { Person } from "./people.ts";

/** One row per group in the order of spec §2.4, groups without deficits included (as zeros). */
export function coverageByGroup(
  people: readonly Person[],
  latest: LatestResults,
  ioms: ReadonlyMap<string, PersonIom>,
): CoverageRow[] {
  return COMPETENCE_GROUPS.map((group) => {
    let withDeficit = 0;
    let withIom = 0;
    for (const person of people) {
      if (latest.get(person.email)?.get(group)?.level !== "низкий") continue;
      withDeficit++;
      if (ioms.get(person.email)?.groups.has(group)) withIom++;
    }
    return { group, withDeficit, withIom };
  });
}
