// The check every sender runs on the report it is about to send: the server's schema, its issues as one Russian text.
import { russianIssues } from "./issues.ts";
import { MunicipalReport } from "./municipalReport.ts";

export type OutgoingReport =
  { readonly ok: true; readonly report: MunicipalReport } | { readonly ok: false; readonly message: string };

/** `report` as the schema reads it, or why the schema refuses it: every issue in Russian, joined by spaces. */
export function outgoingReport(report: MunicipalReport): OutgoingReport {
  const checked = MunicipalReport.safeParse(report);
  if (checked.success) return { ok: true, report: checked.data };
  const message = russianIssues(checked.error.issues, report)
    .map((issue) => issue.message)
    .join(" ");
  return { ok: false, message };
}
