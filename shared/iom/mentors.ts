// Mentor pairs (spec §4.3, seed 001 3.4.3): a person at высокий in the young teacher's goal group, same ОО first, ≤ 3 mentees.
import type { CompetenceGroup } from "../schema/enums.ts";
import type { Person } from "./people.ts";

export const MAX_MENTEES = 3;

interface Candidate {
  readonly email: string;
  readonly org: string;
  readonly subjectKey: string;
  readonly score: number;
}

export interface Proposal {
  readonly mentor: string;
  readonly group: CompetenceGroup | null;
  readonly sameOrg: boolean;
}

export class MentorPool {
  private readonly byGroup = new Map<CompetenceGroup, Candidate[]>();
  private readonly byGroupOrg = new Map<string, Candidate[]>();
  private readonly orgOf = new Map<string, string>();
  private readonly mentees = new Map<string, Set<string>>();

  /** `people`: everyone in «Педагоги»; `pairs`: mentor assignments already in «ИОМ» that stay. */
  constructor(people: readonly Person[], pairs: Iterable<{ mentor: string; mentee: string }>) {
    for (const person of people) {
      this.orgOf.set(person.email, person.org);
      for (const result of person.results.values()) {
        if (result.level !== "высокий") continue;
        const candidate = {
          email: person.email,
          org: person.org,
          subjectKey: person.subjectKey,
          score: result.score,
        };
        push(this.byGroup, result.group, candidate);
        push(this.byGroupOrg, `${result.group}\u0000${person.org}`, candidate);
      }
    }
    for (const { mentor, mentee } of pairs) this.assign(mentor, mentee);
  }

  /** How many people the mentor mentors, not counting `except`. */
  load(mentor: string, except?: string): number {
    const set = this.mentees.get(mentor);
    return set ? set.size - (except !== undefined && set.has(except) ? 1 : 0) : 0;
  }

  /** Whether the mentor works in `org` (false for a mentor not in «Педагоги»). */
  sameOrg(mentor: string, org: string): boolean {
    return this.orgOf.get(mentor) === org;
  }

  assign(mentor: string, mentee: string): void {
    let set = this.mentees.get(mentor);
    if (!set) this.mentees.set(mentor, (set = new Set()));
    set.add(mentee);
  }

  /**
   * A mentor for `mentee`: the kept pair `preferred` when the mentor still has room, else for each goal group in
   * priority order the best free person at высокий — of the same ОО, else of the municipality. Best = same
   * subject, higher score, fewer mentees, then e-mail. Does not assign: call `assign` with the choice.
   */
  propose(
    mentee: Person,
    groups: readonly CompetenceGroup[],
    preferred?: { mentor: string; group: CompetenceGroup | null },
  ): Proposal | undefined {
    if (
      preferred &&
      preferred.mentor !== mentee.email &&
      this.load(preferred.mentor, mentee.email) < MAX_MENTEES
    )
      return {
        mentor: preferred.mentor,
        group: preferred.group && groups.includes(preferred.group) ? preferred.group : (groups[0] ?? null),
        sameOrg: this.sameOrg(preferred.mentor, mentee.org),
      };
    for (const group of groups) {
      const local = this.best(this.byGroupOrg.get(`${group}\u0000${mentee.org}`), mentee);
      if (local) return { mentor: local.email, group, sameOrg: true };
      const anywhere = this.best(this.byGroup.get(group), mentee);
      if (anywhere) return { mentor: anywhere.email, group, sameOrg: anywhere.org === mentee.org };
    }
    return undefined;
  }

  private best(candidates: readonly Candidate[] | undefined, mentee: Person): Candidate | undefined {
    let best: Candidate | undefined;
    let bestLoad = 0;
    for (const candidate of candidates ?? []) {
      if (candidate.email === mentee.email) continue;
      const load = this.load(candidate.email, mentee.email);
      if (load >= MAX_MENTEES) continue;
      if (!best || better(candidate, load, best, bestLoad, mentee.subjectKey)) {
        best = candidate;
        bestLoad = load;
      }
    }
    return best;
  }
}

function better(a: Candidate, aLoad: number, b: Candidate, bLoad: number, subjectKey: string): boolean {
  const sameA = subjectKey !== "" && a.subjectKey === subjectKey;
  const sameB = subjectKey !== "" && b.subjectKey === subjectKey;
  if (sameA !== sameB) return sameA;
  if (a.score !== b.score) return a.score > b.score;
  if (aLoad !== bLoad) return aLoad < bLoad;
  return a.email < b.email;
}

function push<K>(map: Map<K, Candidate[]>, key: K, candidate: Candidate) {
  const list = map.get(key);
  if (list) list.push(candidate);
  else map.set(key, [candidate]);
}
