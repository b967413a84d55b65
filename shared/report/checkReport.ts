// The one entry for an incoming municipal report: personal data first, then the strict schema, all issues in Russian.
import type * as z from "zod/mini";
import { russianIssues, type ReportIssue } from "./issues.ts";
import { MunicipalReport } from "./municipalReport.ts";
import { findPersonalData, personalKind } from "./personalData.ts";

export type ReportCheck =
  | { readonly ok: true; readonly report: MunicipalReport }
  | { readonly ok: false; readonly issues: readonly ReportIssue[] };

/** Unknown keys that are personal data are already reported by the personal-data scan; drop them from zod's issues. */
const withoutPersonalKeys = (issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] =>
  issues.flatMap((issue): z.core.$ZodIssue[] => {
    if (issue.code !== "unrecognized_keys") return [issue];
    const keys = issue.keys.filter((key) => !personalKind(key));
    return keys.length === 0 ? [] : [{ ...issue, keys }];
  });

export function checkMunicipalReport(input: unknown): ReportCheck {
  const personal = findPersonalData(input);
  const parsed = MunicipalReport.safeParse(input);
  if (parsed.success && personal.length === 0) return { ok: true, report: parsed.data };
  const schemaIssues = parsed.success ? [] : russianIssues(withoutPersonalKeys(parsed.error.issues), input);
  return { ok: false, issues: [...personal, ...schemaIssues] };
}
