// The one entry for an incoming municipal report: personal data first, then the strict schema, then its figures; all issues in Russian.
import type * as z from "zod/mini";
import { russianIssues, type ReportIssue } from "./issues.ts";
import { MunicipalReport } from "./municipalReport.ts";
import { findPersonalData, personalKind } from "./personalData.ts";
import { figureIssues, recomputedReport, type FigureCheckOptions } from "./reportFigures.ts";

export type ReportCheck =
  | { readonly ok: true; readonly report: MunicipalReport }
  /** At most MAX_ISSUES issues (the last then says how many more there are), and how many were found. */
  | { readonly ok: false; readonly issues: readonly ReportIssue[]; readonly total: number };

/** A 64 KB body can hold thousands of wrong fields; the answer names the first ones, not all of them. */
export const MAX_ISSUES = 50;

function refused(issues: readonly ReportIssue[]): ReportCheck {
  if (issues.length <= MAX_ISSUES) return { ok: false, issues, total: issues.length };
  const more = issues.length - (MAX_ISSUES - 1);
  return {
    ok: false,
    total: issues.length,
    issues: [
      ...issues.slice(0, MAX_ISSUES - 1),
      { path: "", message: `Отчёт: и ещё ${more} ошибок. Исправьте названные выше и отправьте отчёт снова.` },
    ],
  };
}

/** Unknown keys that are personal data are already reported by the personal-data scan; drop them from zod's issues. */
const withoutPersonalKeys = (issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] =>
  issues.flatMap((issue): z.core.$ZodIssue[] => {
    if (issue.code !== "unrecognized_keys") return [issue];
    const keys = issue.keys.filter((key) => !personalKind(key));
    return keys.length === 0 ? [] : [{ ...issue, keys }];
  });

/**
 * A report passes when it holds no personal data, matches the schema and its figures agree with themselves
 * (value and «met» as the region computes them, months of its academic year, not a month still to come).
 * The report returned carries the server's indicator titles and recomputed values, never the sender's text.
 */
export function checkMunicipalReport(input: unknown, options: FigureCheckOptions = {}): ReportCheck {
  const personal = findPersonalData(input);
  const parsed = MunicipalReport.safeParse(input);
  if (!parsed.success)
    return refused([...personal, ...russianIssues(withoutPersonalKeys(parsed.error.issues), input)]);
  const issues = [...personal, ...figureIssues(parsed.data, options)];
  return issues.length === 0 ? { ok: true, report: recomputedReport(parsed.data) } : refused(issues);
}
