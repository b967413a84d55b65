// Freezing a month: region figures from the current reports, who reported and when, who is missing; never overwritten.
import { aggregateRegion } from "../../shared/report/aggregate.ts";
import { consolidatedWorkbookBytes } from "../../xlsx/consolidatedWorkbook.ts";
import { moscowMonth } from "./calendar.ts";
import { readConfig } from "./config.ts";
import {
  firstRegistration,
  knownMunicipalities,
  monthKey,
  type RegionState,
  type SnapshotDoc,
} from "./documents.ts";
import { contentHash } from "./hash.ts";
import { logs } from "./logs.ts";
import { snapshotMail, workbookFileName } from "./mail.ts";
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
      /** Municipalities whose stored report could not be read (counted as missing). */
      readonly unreadable?: readonly string[];
    }
  | { readonly status: "unchanged"; readonly month: string; readonly revision: number }
  | { readonly status: "before-registration"; readonly month: string; readonly since: string }
  | { readonly status: "no-municipalities" | "busy"; readonly month: string };

/** Each revision's workbook has its own file, named in its snapshot document and written only by that revision. */
export const workbookPath = (regionId: string, month: string, revision: number) =>
  `reports/${regionId}/${month}/${workbookFileName(month, revision)}`;

/** The consolidated workbook of a frozen revision, exactly as it was frozen. */
export const snapshotWorkbook = (snapshot: SnapshotDoc): Promise<Uint8Array> =>
  consolidatedWorkbookBytes(snapshot.report, {
    regionName: snapshot.regionName,
    revision: snapshot.revision,
    takenAt: snapshot.takenAt,
  });

/**
 * The Moscow month of the first registration, if any: the first month a snapshot can cover (the schedule never meets
 * an earlier one; an admin's or cron's request for one is refused, and no snapshot before it is ever missed).
 */
export function registeredSince(state: RegionState | undefined): string | undefined {
  const first = state && firstRegistration(state);
  return first === undefined ? undefined : moscowMonth(new Date(first));
}

/**
 * A run that stopped between its commit and its save left a revision without its file; the next run (the
 * scheduler's retry, the admin's refresh) renders it again from the snapshot, so the file always agrees with it.
 */
async function restoreWorkbook(deps: Services, month: string, revision: number): Promise<void> {
  const snapshot = await deps.store.snapshot(month, revision);
  if (!snapshot || (await deps.storage.exists(snapshot.workbookPath))) return;
  await deps.storage.save(snapshot.workbookPath, await snapshotWorkbook(snapshot), XLSX_TYPE);
}

/**
 * Reads the region document and the month's report heads (1 + one per report), and creates revision N+1 when
 * anything changed since revision N (a late or corrected report, a newly registered municipality). Safe to
 * run twice: an unchanged month answers «unchanged» and writes nothing (but a lost workbook file). The file is
 * saved after the commit whose `create()` decided that this run's revision N+1 is the one, never before, so a
 * losing run (the scheduler's retry, an admin's refresh at 06:00) cannot leave its figures in Storage.
 */
export async function takeSnapshot(
  deps: Services,
  month: string,
  trigger: SnapshotDoc["trigger"],
): Promise<SnapshotOutcome> {
  return takeSnapshotFrom(deps, await deps.store.regionState(), month, trigger);
}

/**
 * takeSnapshot on the region state its caller has just read (`region snapshot` chooses its trigger from it), so
 * the region document is read once per run.
 */
export async function takeSnapshotFrom(
  deps: Services,
  state: RegionState | undefined,
  month: string,
  trigger: SnapshotDoc["trigger"],
): Promise<SnapshotOutcome> {
  const config = readConfig();
  const known = state ? knownMunicipalities(state) : [];
  const since = registeredSince(state);
  if (!state || !since) return { status: "no-municipalities", month };
  // The schedule only ever takes the month just ended; an admin's month must not predate the registry.
  if (trigger === "admin" && month < since) return { status: "before-registration", month, since };
  const { heads, unreadable } = await deps.store.monthReports(month);
  // A head an earlier version wrote under a looser schema is left out (the municipality shows as without data) and
  // named in the log and the snapshot, so the rest of the region still gets its month; its next report replaces it.
  for (const head of unreadable) logs.storedDocumentSkipped(head.path);
  const aggregated = aggregateRegion({
    month,
    known,
    reports: heads.map((head) => ({ ...head.report, receivedAt: head.receivedAt, revision: head.revision })),
  });
  // The unreadable heads are named in the report, its fingerprint, the snapshot, the letter and the answer, each
  // under `unreadable` and only when there are any.
  const unreadableCodes = unreadable.map((head) => head.code);
  const unreadableSet = new Set(unreadableCodes);
  const withUnreadable = <T>(value: T) => (unreadable.length === 0 ? {} : { unreadable: value });
  const report = {
    ...aggregated,
    ...withUnreadable(aggregated.missing.filter((m) => unreadableSet.has(m.code))),
  };
  const fingerprint = contentHash({
    known,
    reports: heads.map((head) => [head.code, head.revision, head.contentHash]).sort(),
    ...withUnreadable(unreadable.map((head) => head.path).sort()),
  });
  const previous = state.snapshots[monthKey(month)];
  if (previous?.fingerprint === fingerprint) {
    await restoreWorkbook(deps, month, previous.revision);
    return { status: "unchanged", month, revision: previous.revision };
  }

  const revision = (previous?.revision ?? 0) + 1;
  const snapshot: SnapshotDoc = {
    month,
    revision,
    takenAt: deps.now().toISOString(),
    fingerprint,
    trigger,
    regionId: config.regionId,
    regionName: config.regionName,
    workbookPath: workbookPath(config.regionId, month, revision),
    report,
    ...withUnreadable(unreadable.map(({ code, path }) => ({ code, path }))),
  };
  const workbook = await snapshotWorkbook(snapshot);
  if (config.recipients.length === 0) logs.noRecipients(month);
  const mail =
    config.recipients.length === 0
      ? undefined
      : snapshotMail({
          recipients: config.recipients,
          regionName: config.regionName,
          report,
          revision,
          workbookPath: snapshot.workbookPath,
          storagePlace: deps.storage.place,
          unreadable: unreadableCodes,
          workbook,
        });
  const outcome = await deps.store.saveSnapshot(
    snapshot,
    { revision, fingerprint, takenAt: snapshot.takenAt },
    mail,
  );
  logs.snapshot(month, outcome, revision);
  if (outcome === "conflict") return { status: "busy", month };
  await deps.storage.save(snapshot.workbookPath, workbook, XLSX_TYPE);
  return {
    status: "created",
    month,
    revision,
    workbookPath: snapshot.workbookPath,
    reported: report.municipalities.map((m) => m.code),
    missing: report.missing.map((m) => m.code),
    ...withUnreadable(unreadableCodes),
  };
}
