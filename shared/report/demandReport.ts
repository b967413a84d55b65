// The demand parts of the municipal report: strict lists with their bounds, and their agreement with the coverage.
import * as z from "zod/mini";
import type { CoverageRow } from "../kpi/definitions.ts";
import { demandKey, DemandRow, ProgrammeRow, TITLE_LENGTH } from "../kpi/demand.ts";
import { COMPETENCE_GROUPS } from "../schema/enums.ts";
import { normalizeKey } from "../text/normalize.ts";
import { Count, OTHER, StoredText } from "./bounds.ts";
import { DEMAND_CAPS, programmePeople } from "./demandCaps.ts";
import { fieldIssue, type ReportIssue } from "./issues.ts";

/**
 * Most catalogue activities one person's routes of a year hold: a route lasts at most the academic year (52 weeks)
 * and an activity at least a week (spec §2.5), so 52 is already far beyond a real route (a generated one holds at
 * most 13: a ДПП and an informal activity per group, mentoring).
 */
export const MAX_ACTIVITIES_PER_PERSON = 52;

type Issue = { code: "custom"; path: PropertyKey[]; message: string };
type Context = { addIssue: (issue: Issue) => void };

const DemandEntry = z.strictObject({
  ...DemandRow.shape,
  subject: StoredText("предмет", 100),
  withDeficit: Count,
  withIom: Count,
  done: Count,
});

const ProgrammeEntry = z.strictObject({
  ...ProgrammeRow.shape,
  code: StoredText("код мероприятия", 60),
  title: z.optional(StoredText("название мероприятия", TITLE_LENGTH, 0)),
  planned: Count,
  inProgress: Count,
  done: Count,
});

/** Each group × subject once; covered ≤ with a deficit, done ≤ covered; at most the capped subjects and «прочие». */
export const DemandList = z.array(DemandEntry).check(
  z.maxLength(COMPETENCE_GROUPS.length * (DEMAND_CAPS.subjects + 1)),
  z.superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      const key = demandKey(row.group, row.subject);
      if (seen.has(key))
        ctx.addIssue({
          code: "custom",
          path: [index, "subject"],
          message: `группа «${row.group}» и предмет «${row.subject}» указаны дважды`,
        });
      seen.add(key);
      if (row.withIom > row.withDeficit || row.done > row.withIom)
        ctx.addIssue({
          code: "custom",
          path: [index],
          message: `охвачено (${row.withIom}) больше, чем с дефицитом (${row.withDeficit}), или выполнено (${row.done}) больше, чем охвачено`,
        });
    });
  }),
);

/** Each code once; at most the capped codes and «прочие». */
export const ProgrammeList = z.array(ProgrammeEntry).check(
  z.maxLength(DEMAND_CAPS.codes + 1),
  z.superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      const key = normalizeKey(row.code);
      if (seen.has(key))
        ctx.addIssue({ code: "custom", path: [index, "code"], message: `код «${row.code}» указан дважды` });
      seen.add(key);
    });
  }),
);

/**
 * Per group, the demand rows add up to the coverage of the same report (both count staff at низкий): every group
 * of either side is compared, so a demand group missing from the coverage (or a coverage left empty) is refused too.
 */
export function checkDemandTotals(
  report: { readonly coverage: readonly CoverageRow[]; readonly demand?: readonly DemandRow[] },
  ctx: Context,
): void {
  if (!report.demand) return;
  const sums = new Map<string, { demand: [number, number]; coverage: [number, number] }>();
  const of = (group: string) => {
    let sum = sums.get(group);
    if (!sum) sums.set(group, (sum = { demand: [0, 0], coverage: [0, 0] }));
    return sum;
  };
  for (const row of report.coverage) {
    const sum = of(row.group);
    sum.coverage[0] += row.withDeficit;
    sum.coverage[1] += row.withIom;
  }
  for (const row of report.demand) {
    const sum = of(row.group);
    sum.demand[0] += row.withDeficit;
    sum.demand[1] += row.withIom;
  }
  const groups = COMPETENCE_GROUPS.filter((group) => sums.has(group));
  for (const group of groups) {
    const { demand, coverage } = sums.get(group)!;
    if (demand[0] !== coverage[0] || demand[1] !== coverage[1])
      ctx.addIssue({
        code: "custom",
        path: ["demand"],
        message: `по группе «${group}» строки потребности дают ${demand[1]} из ${demand[0]}, а охват — ${coverage[1]} из ${coverage[0]}${report.coverage.some((row) => row.group === group) ? "" : " (группы нет в охвате)"}`,
      });
  }
}

/** The programmes against the staff the report counts (K1's denominator): per code and in all. */
export function programmeBoundIssues(report: {
  readonly kpis: readonly { readonly id: string; readonly denominator: number }[];
  readonly programmes?: readonly ProgrammeRow[];
}): ReportIssue[] {
  const staff = report.kpis.find((kpi) => kpi.id === "K1")?.denominator;
  if (!report.programmes || staff === undefined) return [];
  const issues: ReportIssue[] = [];
  let total = 0;
  report.programmes.forEach((row, index) => {
    const people = programmePeople(row);
    total += people;
    // «прочие» sums several codes, so one person may be in it more than once.
    if (row.code !== OTHER && people > staff)
      issues.push(
        fieldIssue(
          ["programmes", index],
          `по коду «${row.code}» учтено ${people} человек, а педагогов в муниципалитете ${staff} (знаменатель K1): каждый человек считается по коду один раз; пересчитайте показатели в дополнении и отправьте отчёт снова`,
        ),
      );
  });
  const most = staff * MAX_ACTIVITIES_PER_PERSON;
  // The total first: a body of hundreds of impossible codes still names it within the issues shown.
  if (total > most)
    issues.unshift(
      fieldIssue(
        ["programmes"],
        `по всем кодам учтено ${total} мероприятий, а ${staff} педагогов (знаменатель K1) в маршрутах за год могут пройти не больше ${most} (по ${MAX_ACTIVITIES_PER_PERSON} на человека); пересчитайте показатели в дополнении и отправьте отчёт снова`,
      ),
    );
  return issues;
}
