// Accepting a municipality's report for a month: the same figures twice are one report, newer figures a new revision,
// an older report (a replay, a delayed retry) never replaces a newer one, and a month holds at most MAX_REVISIONS.
import type { MunicipalReport } from "../../shared/report/municipalReport.ts";
import { contentHash } from "./hash.ts";
import { isUnreadable, type Store } from "./store.ts";

/** Revisions one municipality may create in a month: far above real use, well within the ids' 3 digits (_r200). */
export const MAX_REVISIONS = 200;

/** The generation moments of a report and of the accepted head. */
type Moments = { readonly report: string; readonly head: string };

export type AcceptOutcome =
  | { readonly status: "accepted" | "unchanged"; readonly revision: number }
  | {
      readonly status: "older";
      readonly revision: number;
      readonly headReportDate: string;
      /** Both moments when both reports carry one (then the moments decided), else the dates decided. */
      readonly moments?: Moments;
    }
  | { readonly status: "too-many"; readonly revision: number }
  | { readonly status: "busy" };

/** Attempts before giving up when other requests keep taking the next revision number. */
const ATTEMPTS = 3;

/**
 * The hash a report's sameness is judged by: its figures, not the moment it was made, so sending the same figures
 * again (a retry, a second click) is one report, and heads stored before reports carried a moment hash the same.
 */
export function figuresHash(report: MunicipalReport): string {
  const { generatedAt: _moment, ...figures } = report;
  return contentHash(figures);
}

/** Both generation moments, when both reports carry one. */
function momentsOf(report: MunicipalReport, head: MunicipalReport): Moments | undefined {
  return report.generatedAt !== undefined && head.generatedAt !== undefined
    ? { report: report.generatedAt, head: head.generatedAt }
    : undefined;
}

/**
 * Whether `report` is older than the accepted `head`: by the generation moments when both have one (`moments`; a
 * moment not after the head's is older, so a replay of the morning's request after the evening's correction is
 * refused), else by the report dates, as before reports carried a moment (a report dated before the head's is older).
 */
function olderThan(report: MunicipalReport, head: MunicipalReport, moments: Moments | undefined): boolean {
  if (moments) return Date.parse(moments.report) <= Date.parse(moments.head);
  return report.reportDate < head.reportDate;
}

/**
 * Reads the current head; equal figures answer «unchanged» and write nothing, an older report «older», a month at
 * MAX_REVISIONS «too-many». Otherwise the next revision is created (its `create()` fails if a concurrent request
 * took the number, then we look again).
 */
export async function acceptReport(
  store: Store,
  report: MunicipalReport,
  receivedAt: Date,
): Promise<AcceptOutcome> {
  const hash = figuresHash(report);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const found = await store.reportHead(report.code, report.month);
    // A head written under an earlier schema cannot be compared: the new report replaces it.
    const head = isUnreadable(found) ? undefined : found;
    if (head?.contentHash === hash) return { status: "unchanged", revision: head.revision };
    const moments = head && momentsOf(report, head.report);
    if (head && olderThan(report, head.report, moments))
      return {
        status: "older",
        revision: head.revision,
        headReportDate: head.report.reportDate,
        ...(moments ? { moments } : {}),
      };
    if (found && found.revision >= MAX_REVISIONS) return { status: "too-many", revision: found.revision };
    const revision = (found?.revision ?? 0) + 1;
    const outcome = await store.saveReport({
      code: report.code,
      month: report.month,
      revision,
      contentHash: hash,
      receivedAt: receivedAt.toISOString(),
      report,
    });
    if (outcome === "created") return { status: "accepted", revision };
  }
  return { status: "busy" };
}
