// Accepting a municipality's report for a month: the same content twice is one report, a change is a new revision.
import type { MunicipalReport } from "../../shared/report/municipalReport.ts";
import { contentHash } from "./hash.ts";
import { isUnreadable, type Store } from "./store.ts";

export type AcceptOutcome =
  | { readonly status: "accepted" | "unchanged"; readonly revision: number }
  | { readonly status: "older"; readonly revision: number; readonly headReportDate: string }
  | { readonly status: "busy" };

/** Attempts before giving up when other requests keep taking the next revision number. */
const ATTEMPTS = 3;

/**
 * Reads the current head; an equal content hash answers «unchanged» and writes nothing, an earlier report date
 * than the head's «older» (a replayed or delayed old report never rolls the month back). Otherwise the next
 * revision is created (its `create()` fails if a concurrent request took the number, then we look again).
 */
export async function acceptReport(
  store: Store,
  report: MunicipalReport,
  receivedAt: Date,
): Promise<AcceptOutcome> {
  const hash = contentHash(report);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const found = await store.reportHead(report.code, report.month);
    // A head written under an earlier schema cannot be compared: the new report replaces it.
    const head = isUnreadable(found) ? undefined : found;
    if (head?.contentHash === hash) return { status: "unchanged", revision: head.revision };
    if (head && report.reportDate < head.report.reportDate)
      return { status: "older", revision: head.revision, headReportDate: head.report.reportDate };
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
