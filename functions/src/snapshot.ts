// Freezing a month: region figures from the current reports, who reported and when, who is missing; never overwritten.
import { aggregateRegion } from "../../shared/report/aggregate.ts";
import { consolidatedWorkbookBytes } from "../../xlsx/consolidatedWorkbook.ts";
import { readConfig } from "./config.ts";
import { monthKey, type SnapshotDoc } from "./documents.ts";
import { contentHash } from "./hash.ts";
import { logs } from "./logs.ts";
import { snapshotMail } from "./mail.ts";
import type { Services } from "./services.ts";
import { XLSX_TYPE } from "./storage.ts";

export type SnapshotOutcome =
  | {
      readonly status: "created";
      readonly month: string;
      readonly revision: number;
      readonly workbookPath: string;
      readonly reported: readonly string[];
      readonly missing: readonly string[];
    }
  | { readonly status: "unchanged"; readonly month: string; readonly revision: number }
  | { readonly status: "no-municipalities" | "busy"; readonly month: string };

/** The latest consolidated workbook of a month (earlier revisions are rendered again from their snapshots). */
export const workbookPath = (regionId: string, month: string) => `reports/${regionId}/${month}.xlsx`;

/**
 * Reads the region document and the month's report heads (1 + one per report), and creates revision N+1 when
 * anything changed since revision N (a late or corrected report, a newly registered municipality). Safe to
 * run twice: an unchanged month answers «unchanged» and writes nothing.
 */
export async function takeSnapshot(
  deps: Services,
  month: string,
  trigger: SnapshotDoc["trigger"],
): Promise<SnapshotOutcome> {
  const config = readConfig();
  const state = await deps.store.regionState();
  if (!state || state.municipalities.length === 0) return { status: "no-municipalities", month };
  const heads = await deps.store.monthReports(month);
  const report = aggregateRegion({
    month,
    known: state.municipalities,
    reports: heads.map((head) => ({ ...head.report, receivedAt: head.receivedAt, revision: head.revision })),
  });
  const fingerprint = contentHash({
    known: state.municipalities,
    reports: heads.map((head) => [head.code, head.revision, head.contentHash]).sort(),
  });
  const previous = state.snapshots[monthKey(month)];
  if (previous?.fingerprint === fingerprint)
    return { status: "unchanged", month, revision: previous.revision };

  const revision = (previous?.revision ?? 0) + 1;
  const takenAt = deps.now().toISOString();
  const path = workbookPath(config.regionId, month);
  const workbook = await consolidatedWorkbookBytes(report, {
    regionName: config.regionName,
    revision,
    takenAt,
  });
  await deps.storage.save(path, workbook, XLSX_TYPE);
  const snapshot: SnapshotDoc = {
    month,
    revision,
    takenAt,
    fingerprint,
    trigger,
    regionId: config.regionId,
    regionName: config.regionName,
    workbookPath: path,
    report,
  };
  if (config.recipients.length === 0) logs.noRecipients(month);
  const mail =
    config.recipients.length === 0
      ? undefined
      : snapshotMail({
          recipients: config.recipients,
          regionName: config.regionName,
          report,
          revision,
          workbookPath: path,
          workbook,
        });
  const outcome = await deps.store.saveSnapshot(snapshot, { revision, fingerprint, takenAt }, mail);
  logs.snapshot(month, outcome, revision);
  if (outcome === "conflict") return { status: "busy", month };
  return {
    status: "created",
    month,
    revision,
    workbookPath: path,
    reported: report.municipalities.map((m) => m.code),
    missing: report.missing.map((m) => m.code),
  };
}
