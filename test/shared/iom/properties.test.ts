// Property tests over random rosters, diagnostics and catalogues: the rules of spec §4 hold for every route.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Book } from "../../../shared/book.ts";
import type { Cell } from "../../../shared/cells.ts";
import { addDays, daysBetween } from "../../../shared/dates.ts";
import { latestResults } from "../../../shared/diagnostics/latest.ts";
import { buildRoutes } from "../../../shared/iom/buildRoutes.ts";
import { windowStart } from "../../../shared/iom/period.ts";
import type { PlannedActivity, Route, RoutesResult } from "../../../shared/iom/schema.ts";
import { MAX_MENTEES } from "../../../shared/iom/mentors.ts";
import { ACTIVITY_TYPES, COMPETENCE_GROUPS, LEVELS } from "../../../shared/schema/enums.ts";
import { routesTable } from "../../../shared/tables/routesTable.ts";
import { validRows } from "../../../shared/validation/parseSheet.ts";
import { makeBook, type BookSpec, type CatalogSpec, type PersonSpec } from "./book.ts";

const REPORT_DATE = "2026-11-30";

const person = (i: number) =>
  fc
    .record({
      org: fc.constantFrom("Школа 1", "Школа 2", "Школа 3"),
      category: fc.constantFrom(
        "педагогический работник",
        "педагогический работник",
        "управленческий кадр",
        "",
      ),
      subject: fc.constantFrom("математика", "физика", ""),
      birthYear: fc.oneof(fc.integer({ min: 1993, max: 2004 }), fc.integer({ min: 1965, max: 2004 })),
      experience: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 })),
      mentoring: fc.constantFrom("наставник", "наставляемый", "нет", "нет"),
    })
    .map((p): PersonSpec => ({
      email: `p${i}@s.ru`,
      org: p.org,
      category: p.category,
      subject: p.subject,
      birthDate: `${p.birthYear}-03-15`,
      experience: p.experience,
      mentoring: p.mentoring,
    }));

const diagnostic = (people: number) =>
  fc.record({
    email: fc.integer({ min: 0, max: people - 1 }).map((i) => `p${i}@s.ru`),
    group: fc.constantFrom(...COMPETENCE_GROUPS),
    score: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 85, max: 100 })),
    date: fc.integer({ min: 0, max: 150 }).map((d) => addDays("2026-09-01", d)),
  });

const catalogEntry = (i: number) =>
  fc
    .record({
      type: fc.constantFrom(...ACTIVITY_TYPES, "ДПП", "ДПП", "ДПП"),
      groups: fc.uniqueArray(fc.constantFrom(...COMPETENCE_GROUPS), { minLength: 1, maxLength: 3 }),
      subject: fc.constantFrom("", "", "математика"),
      hours: fc.integer({ min: 1, max: 80 }),
      weeks: fc.integer({ min: 1, max: 20 }),
      federal: fc.boolean(),
      forLevels: fc.uniqueArray(fc.constantFrom(...LEVELS), { maxLength: 3 }),
    })
    .map((c): CatalogSpec => ({
      code: `C${i}`,
      ...c,
      groups: c.groups.join(", "),
      forLevels: c.forLevels.join(", "),
    }));

const bookSpec: fc.Arbitrary<BookSpec> = fc
  .record({ people: fc.integer({ min: 2, max: 20 }), catalog: fc.integer({ min: 0, max: 20 }) })
  .chain(({ people, catalog }) =>
    fc.record({
      staff: fc.tuple(...Array.from({ length: people }, (_, i) => person(i))),
      diagnostics: fc.array(diagnostic(people), { minLength: people, maxLength: people * 4 }),
      catalog:
        catalog === 0
          ? fc.constant(undefined)
          : fc.tuple(...Array.from({ length: catalog }, (_, i) => catalogEntry(i))),
      weeklyHours: fc.integer({ min: 2, max: 20 }),
      periodTo: fc.option(
        fc.integer({ min: 20, max: 300 }).map((d) => addDays(REPORT_DATE, d)),
        { nil: undefined },
      ),
    }),
  )
  .map((r) => ({
    reportDate: REPORT_DATE,
    staff: [...r.staff],
    diagnostics: r.diagnostics,
    catalog: r.catalog && [...r.catalog],
    settings: [["Часов в неделю", r.weeklyHours] as [string, Cell]].concat(
      r.periodTo ? [["Период ИОМ по", r.periodTo]] : [],
    ),
  }));

const weeklyLoad = (a: PlannedActivity) => a.hours / ((daysBetween(a.start!, a.end!) + 1) / 7);

function expectLoadRule(route: Route, budget: number) {
  const from = windowStart(route.period, REPORT_DATE);
  const dated = route.activities.filter((a) => a.hours > 0);
  for (let day = from; day <= route.period.to; day = addDays(day, 1)) {
    const running = dated.filter((a) => a.start! <= day && day <= a.end!);
    if (running.length >= 2)
      expect(running.reduce((s, a) => s + weeklyLoad(a), 0)).toBeLessThanOrEqual(budget + 1e-9);
    expect(running.filter((a) => a.type === "ДПП").length).toBeLessThanOrEqual(1);
  }
}

function checkRoute(route: Route, book: Book, result: RoutesResult) {
  for (const a of route.activities) {
    expect(a.start! >= route.period.from && a.end! <= route.period.to && a.start! <= a.end!).toBe(true);
  }
  const last = route.activities.at(-1)!;
  expect(last.title.startsWith("Рефлексивная диагностика")).toBe(true);
  for (const a of route.activities.slice(0, -1)) expect(a.end! < last.start!).toBe(true);
  expectLoadRule(route, book.settings.weeklyHours);
  const coded = route.activities.filter((a) => a.code !== "").map((a) => a.code);
  expect(new Set(coded).size).toBe(coded.length);
  expect(route.deficits.map((d) => d.group)).toEqual([...new Set(route.deficits.map((d) => d.group))]);
  expect(result.withoutDiagnostics).not.toContain(route.email);
}

/** Every deficit (низкий) is planned (an activity of its group) or warned about (a warning naming the group). */
function checkDeficits(book: Book, result: RoutesResult) {
  const latest = latestResults(validRows(book.diagnostics), { from: "0000-01-01", to: REPORT_DATE });
  for (const summary of result.people) {
    const deficits = [...(latest.get(summary.email)?.values() ?? [])].filter((r) => r.level === "низкий");
    const route = result.routes.find((r) => r.email === summary.email);
    for (const { group } of deficits) {
      const warned = (route?.warnings ?? summary.notes).some((w) => w.includes(`«${group}»`));
      const planned = route?.activities.some((a) => a.group === group) ?? false;
      expect(planned || warned, `${summary.email} ${group}`).toBe(true);
    }
  }
}

/** Many young teachers, few mentors, and mentor assignments already in «ИОМ» (at most 3 each). */
const mentoringSpec: fc.Arbitrary<BookSpec> = fc
  .record({
    young: fc.array(
      fc.record({ org: fc.constantFrom("Школа 1", "Школа 2"), group: fc.constantFrom(...COMPETENCE_GROUPS) }),
      {
        minLength: 1,
        maxLength: 16,
      },
    ),
    mentors: fc.array(
      fc.record({ org: fc.constantFrom("Школа 1", "Школа 2"), group: fc.constantFrom(...COMPETENCE_GROUPS) }),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
    existing: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
  })
  .map(({ young, mentors, existing }) => ({
    reportDate: REPORT_DATE,
    staff: [
      ...young.map((y, i) => ({ email: `y${i}@s.ru`, org: y.org, birthDate: "2000-01-01", experience: 1 })),
      ...mentors.map((m, i) => ({ email: `m${i}@s.ru`, org: m.org })),
    ],
    diagnostics: [
      ...young.map((y, i) => ({ email: `y${i}@s.ru`, group: y.group, score: 30 })),
      ...mentors.map((m, i) => ({ email: `m${i}@s.ru`, group: m.group, score: 90 })),
    ],
    routes: [
      ["Email", "Период с", "Период по", "Мероприятие", "Тип", "Наставник"],
      ...mentors.flatMap((_, m) =>
        Array.from({ length: existing[m]! }, (_, k) => [
          `old${m}-${k}@s.ru`,
          "2026-09-01",
          "2027-05-31",
          "Наставничество",
          "наставничество",
          `m${m}@s.ru`,
        ]),
      ),
    ],
  }));

describe("route properties", () => {
  it("never give a mentor more than 3 mentees, counting those already in «ИОМ»", () => {
    fc.assert(
      fc.property(mentoringSpec, (spec) => {
        const result = buildRoutes(makeBook(spec));
        const back = makeBook({ ...spec, routes: routesTable(result.rows) });
        const mentees = new Map<string, Set<string>>();
        for (const row of validRows(back.routes))
          if (row.mentor) mentees.set(row.mentor, (mentees.get(row.mentor) ?? new Set()).add(row.email));
        for (const set of mentees.values()) expect(set.size).toBeLessThanOrEqual(MAX_MENTEES);
        // a young teacher left without a mentor: every mentor at высокий in their group is full, and it is said
        for (const route of result.routes.filter((r) => r.mentor === null)) {
          expect(route.warnings.join(" ")).toContain("не найден наставник");
          const group = route.deficits[0]!.group;
          spec
            .diagnostics!.filter((d) => d.score >= 85 && d.group === group)
            .forEach((d) => expect(mentees.get(d.email)?.size ?? 0).toBe(MAX_MENTEES));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("keep every rule of spec §4 for random rosters, diagnostics and catalogues", () => {
    fc.assert(
      fc.property(bookSpec, (spec) => {
        const book = makeBook(spec);
        const result = buildRoutes(book);
        for (const route of result.routes) checkRoute(route, book, result);
        checkDeficits(book, result);
        const mentees = new Map<string, number>();
        for (const pair of result.mentorPairs) {
          expect(pair.mentor).not.toBe(pair.mentee);
          mentees.set(pair.mentor, (mentees.get(pair.mentor) ?? 0) + 1);
        }
        for (const count of mentees.values()) expect(count).toBeLessThanOrEqual(MAX_MENTEES);
        expect(buildRoutes(makeBook(spec))).toEqual(result);
      }),
      { numRuns: 150 },
    );
  });

  it("regenerate into the same rows, also after a methodist completed or edited some", () => {
    fc.assert(
      fc.property(bookSpec, fc.array(fc.nat(), { maxLength: 6 }), (spec, edits) => {
        const first = routesTable(buildRoutes(makeBook(spec)).rows);
        const again = (table: Cell[][]) =>
          routesTable(buildRoutes(makeBook({ ...spec, routes: table }), { regenerate: true }).rows);
        expect(again(first)).toEqual(first);
        const edited = first.map((row) => [...row]);
        for (const edit of edits) {
          if (edited.length < 2) break;
          const row = edited[1 + (edit % (edited.length - 1))]!;
          if (edit % 3 === 0) row.splice(15, 2, "выполнено", REPORT_DATE);
          else if (edit % 3 === 1) row[10] = Number(row[10]) + 1;
          else row[15] = "в процессе";
        }
        const second = again(edited);
        expect(again(second)).toEqual(second);
      }),
      { numRuns: 80 },
    );
  });
});
