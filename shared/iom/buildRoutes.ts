// Routes from diagnostic rows for everyone in «Педагоги» (spec §4): the entry point the add-on and the CLI call.
import type { Book } from "../book.ts";
import { latestResults } from "../diagnostics/latest.ts";
import type { CompetenceGroup } from "../schema/enums.ts";
import { validRows } from "../validation/parseSheet.ts";
import { loadCatalog } from "./catalog.ts";
import {
  completedKeys,
  existingRows,
  isReplaceable,
  periodsByPerson,
  routeKey,
  rowRoute,
  type ExistingRow,
} from "./existing.ts";
import { MentorPool } from "./mentors.ts";
import { mergeRows, type GeneratedRoute } from "./mergeRows.ts";
import { goalsOf, highGroups, personOf, type Goal, type Person } from "./people.ts";
import { overlaps, routePeriod } from "./period.ts";
import { planRoute } from "./planRoute.ts";
import type { GroupResult } from "../diagnostics/latest.ts";
import type {
  ActivCandidate,
  AlreadyHasRoute,
  MentorPair,
  Period,
  PersonSummary,
  Route,
  RoutesResult,
} from "./schema.ts";
import { iomText } from "./texts.ts";

export interface BuildRoutesOptions {
  /**
   * Rebuild the routes of people who already have one overlapping the period: the route keeps its period (its
   * key), its completed, started and hand-edited rows; only generated rows not yet started are replaced.
   */
  readonly regenerate?: boolean;
}

interface Plan {
  readonly person: Person;
  readonly goals: Goal[];
  readonly skipped: GroupResult[];
  readonly period: Period;
  readonly key: string;
  readonly regenerated: boolean;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildRoutes(book: Book, options: BuildRoutesOptions = {}): RoutesResult {
  const { reportDate } = book;
  const { period, warnings } = routePeriod(reportDate, book.settings);
  const catalog = loadCatalog(book);
  if (catalog.source === "default") warnings.push(iomText.defaultCatalog);
  const latest = latestResults(validRows(book.diagnostics), { from: "0000-01-01", to: reportDate });
  const people = validRows(book.staff)
    .map((row) => personOf(row, latest.get(row.email), reportDate))
    .sort((a, b) => byText(a.email, b.email));
  const existing = existingRows(book.routes);
  const periods = periodsByPerson(existing);
  const completed = completedKeys(existing, book.register);

  const plans: Plan[] = [];
  const summaries: PersonSummary[] = [];
  const withoutDiagnostics: string[] = [];
  const activCandidates: ActivCandidate[] = [];
  const alreadyHaveRoute: AlreadyHasRoute[] = [];
  for (const person of people) {
    const activGroups = highGroups(person);
    for (const group of activGroups) activCandidates.push({ email: person.email, group });
    const summary = (outcome: PersonSummary["outcome"], notes: string[] = []) =>
      summaries.push({ email: person.email, fio: person.fio, org: person.org, outcome, activGroups, notes });
    if (person.results.size === 0) {
      withoutDiagnostics.push(person.email);
      summary("withoutDiagnostics");
      continue;
    }
    const { goals, skipped } = goalsOf(person);
    if (goals.length === 0) {
      summary(
        "noGoals",
        skipped.map((result) => iomText.managerialSkipped(result.score)),
      );
      continue;
    }
    const current = (periods.get(person.email) ?? []).find((p) => overlaps(p, period));
    if (current && !options.regenerate) {
      alreadyHaveRoute.push({ email: person.email, period: current });
      summary("alreadyHasRoute");
      continue;
    }
    const own = current ?? period;
    plans.push({
      person,
      goals,
      skipped,
      period: own,
      key: routeKey(person.email, own),
      regenerated: current !== undefined,
    });
    summary("route");
  }

  const { removed, kept, preferred } = classifyRows(existing, plans, catalog, reportDate);
  const pool = new MentorPool(people, currentPairs(existing, removed, period));
  const routes: Route[] = [];
  const generated: GeneratedRoute[] = [];
  const mentorPairs: MentorPair[] = [];
  const ctx = { reportDate, weeklyHours: book.settings.weeklyHours, catalog, mentors: pool };
  for (const plan of plans) {
    const planned = planRoute(
      {
        ...plan,
        kept: kept.get(plan.key) ?? [],
        preferredMentor: preferred.get(plan.key),
        completed: completed.get(plan.person.email) ?? new Set(),
      },
      ctx,
    );
    routes.push(planned.route);
    generated.push({ key: plan.key, rows: planned.rows });
    if (planned.pair) mentorPairs.push(planned.pair);
  }
  mentorPairs.sort((a, b) => byText(a.mentor, b.mentor) || byText(a.mentee, b.mentee));

  return {
    reportDate,
    period,
    catalogSource: catalog.source,
    routes,
    withoutDiagnostics,
    activCandidates,
    alreadyHaveRoute,
    mentorPairs,
    people: summaries,
    rows: mergeRows(existing, removed, generated),
    removedSheetRows: [...removed].sort((a, b) => a - b),
    warnings,
  };
}

/** Rows of the routes being rebuilt: replaceable ones are removed (remembering their mentor), the rest kept. */
function classifyRows(
  existing: readonly ExistingRow[],
  plans: readonly Plan[],
  catalog: ReturnType<typeof loadCatalog>,
  reportDate: string,
) {
  const keys = new Set(plans.map((plan) => plan.key));
  const removed = new Set<number>();
  const kept = new Map<string, ExistingRow[]>();
  const preferred = new Map<string, { mentor: string; group: CompetenceGroup | null }>();
  for (const row of existing) {
    const route = rowRoute(row);
    const key = route && routeKey(route.email, route.period);
    if (!key || !keys.has(key)) continue;
    if (isReplaceable(row, catalog, reportDate)) {
      removed.add(row.sheetRow);
      if (row.data.type === "наставничество" && row.data.mentor && !preferred.has(key))
        preferred.set(key, { mentor: row.data.mentor, group: row.data.group ?? null });
    } else {
      const list = kept.get(key);
      if (list) list.push(row);
      else kept.set(key, [row]);
    }
  }
  return { removed, kept, preferred };
}

/** Mentor assignments that stay in «ИОМ»: rows with a mentor in routes overlapping the period. */
function currentPairs(existing: readonly ExistingRow[], removed: ReadonlySet<number>, period: Period) {
  const pairs: { mentor: string; mentee: string }[] = [];
  for (const row of existing) {
    const route = rowRoute(row);
    if (!route || !row.data.mentor || removed.has(row.sheetRow) || !overlaps(route.period, period)) continue;
    pairs.push({ mentor: row.data.mentor, mentee: route.email });
  }
  return pairs;
}
