// What the handlers need from a store, whichever it is (Firestore in Cloud Functions, PostgreSQL on a region's own
// machine): reads by id, one query, and writes that are created only once — «conflict» when another got there first.
import type * as z from "zod";
import type {
  MailDoc,
  MunicipalityDoc,
  RegionState,
  SnapshotDoc,
  SnapshotPointer,
  StoredReport,
} from "./documents.ts";

/** A stored document that does not match its schema: the edge answers 500 and the log names the document. */
export class StoredDataError extends Error {
  constructor(
    readonly path: string,
    cause: z.ZodError | string,
  ) {
    super(`CORRUPT_DOCUMENT: ${path}`, { cause });
  }
}

/**
 * A report head that no longer matches the schema (written by an earlier, looser version): it is left out of the
 * month and a new report replaces it. `revision` is what the document says, 0 when even that is unreadable.
 */
export interface UnreadableReport {
  readonly unreadable: true;
  readonly path: string;
  readonly code: string;
  readonly month: string;
  readonly revision: number;
}

export const isUnreadable = (head: StoredReport | UnreadableReport | undefined): head is UnreadableReport =>
  head !== undefined && "unreadable" in head;

export interface MonthReports {
  readonly heads: readonly StoredReport[];
  readonly unreadable: readonly UnreadableReport[];
}

/** A month's heads as every store returns them: the readable ones and the unreadable ones, each in the order given. */
export function splitHeads(all: Iterable<StoredReport | UnreadableReport>): MonthReports {
  const heads: StoredReport[] = [];
  const unreadable: UnreadableReport[] = [];
  for (const head of all) {
    if (isUnreadable(head)) unreadable.push(head);
    else heads.push(head);
  }
  return { heads, unreadable };
}

/** "created": this write happened; "conflict": the document it creates already existed, so nothing was written. */
export type WriteOutcome = "created" | "conflict";

export interface Store {
  municipality(code: string): Promise<MunicipalityDoc | undefined>;
  /**
   * Registers a municipality (created once per code), or re-keys it when `replacedKeyHash` is given (created once
   * per replaced key): of two runs at once on one code exactly one is "created"; different codes never collide.
   */
  saveMunicipality(municipality: MunicipalityDoc, replacedKeyHash?: string): Promise<WriteOutcome>;
  /** The current revision of a municipality's report for a month. */
  reportHead(code: string, month: string): Promise<StoredReport | UnreadableReport | undefined>;
  /** Creates revision `stored.revision` (once per number) and makes it the head, together or not at all. */
  saveReport(stored: StoredReport): Promise<WriteOutcome>;
  /** Every municipality's head for `month`, and the heads that could not be read. */
  monthReports(month: string): Promise<MonthReports>;
  /** Registered municipalities and each month's latest snapshot; undefined when nothing was ever stored. */
  regionState(): Promise<RegionState | undefined>;
  /** Creates the snapshot revision (once per month and revision), moves the month's pointer and queues the mail. */
  saveSnapshot(snapshot: SnapshotDoc, pointer: SnapshotPointer, mail?: MailDoc): Promise<WriteOutcome>;
  snapshot(month: string, revision: number): Promise<SnapshotDoc | undefined>;
}
