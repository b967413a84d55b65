// The demand parts of the municipal report: strict lists with their bounds, and their agreement with the coverage.
import * as z from "zod/mini";
import type { CoverageRow } from "../kpi/definitions.ts";
import { demandKey, DemandRow, ProgrammeRow, TITLE_LENGTH } from "../kpi/demand.ts";
import { COMPETENCE_GROUPS } from "../schema/enums.ts";
import { normalizeKey } from "../text/normalize.ts";
import { Count, FORMULA_LIKE } from "./bounds.ts";
import { DEMAND_CAPS } from "./demandCaps.ts";

type Issue = { code: "custom"; path: PropertyKey[]; message: string };
type Context = { addIssue: (issue: Issue) => void };

const NOT_FORMULA = z.refine<string>((text) => !FORMULA_LIKE.test(text), {
  error:
    "текст не может начинаться с «=», «+», «-» или «@» и содержать табуляцию или переводы строк (таблица прочла бы его как формулу); напишите его словами",
});

const DemandEntry = z.strictObject({
  ...DemandRow.shape,
  subject: DemandRow.shape.subject.check(NOT_FORMULA),
  withDeficit: Count,
  withIom: Count,
  done: Count,
});

const ProgrammeEntry = z.strictObject({
  ...ProgrammeRow.shape,
  code: ProgrammeRow.shape.code.check(NOT_FORMULA),
  title: z.optional(z.string().check(z.maxLength(TITLE_LENGTH), NOT_FORMULA)),
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

/** Per group, the demand rows add up to the coverage of the same report (both count staff at низкий). */
export function checkDemandTotals(
  report: { readonly coverage: readonly CoverageRow[]; readonly demand?: readonly DemandRow[] },
  ctx: Context,
): void {
  if (!report.demand) return;
  for (const coverage of report.coverage) {
    let withDeficit = 0;
    let withIom = 0;
    for (const row of report.demand)
      if (row.group === coverage.group) {
        withDeficit += row.withDeficit;
        withIom += row.withIom;
      }
    if (withDeficit !== coverage.withDeficit || withIom !== coverage.withIom)
      ctx.addIssue({
        code: "custom",
        path: ["demand"],
        message: `по группе «${coverage.group}» строки потребности дают ${withIom} из ${withDeficit}, а охват — ${coverage.withIom} из ${coverage.withDeficit}`,
      });
  }
}
