// K2's «of them diagnosed this year» across municipalities: a sum over the reports that give it (spec §5, §6).
import * as z from "zod/mini";
import type { MunicipalReport } from "./municipalReport.ts";

/**
 * `diagnosed` summed over the municipalities whose reports give it; `withIom` is the sum of their K2 numerators, so
 * the share compares like with like when some reports (of earlier versions) lack it.
 */
export const K2Diagnosed = z.object({
  diagnosed: z.int().check(z.gte(0)),
  withIom: z.int().check(z.gte(0)),
  municipalities: z.int().check(z.gte(0)),
});
export type K2Diagnosed = z.infer<typeof K2Diagnosed>;

/** The region's figure, absent when no report gives it. */
export function regionK2Diagnosed(reports: readonly Pick<MunicipalReport, "kpis" | "k2Diagnosed">[]): {
  k2Diagnosed?: K2Diagnosed;
} {
  const sum: K2Diagnosed = { diagnosed: 0, withIom: 0, municipalities: 0 };
  for (const report of reports) {
    if (report.k2Diagnosed === undefined) continue;
    sum.diagnosed += report.k2Diagnosed;
    sum.withIom += report.kpis.find((kpi) => kpi.id === "K2")?.numerator ?? 0;
    sum.municipalities++;
  }
  return sum.municipalities === 0 ? {} : { k2Diagnosed: sum };
}
