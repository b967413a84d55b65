// The data layer: direct reads by deterministic id, one equality query, batches led by a `create()` precondition.
// It needs no transactions, cursors, offsets, collection groups, field deletes, select or BulkWriter (see test/functions).
import type {
  DocumentSnapshot,
  Firestore,
  QueryDocumentSnapshot,
  WriteBatch,
} from "firebase-admin/firestore";
import type * as z from "zod";
import {
  COLLECTIONS,
  monthKey,
  type MailDoc,
  MunicipalityDoc,
  REGION_STATE_ID,
  RegionState,
  reportId,
  reportRevisionId,
  SnapshotDoc,
  snapshotId,
  StoredReport,
  type SnapshotPointer,
} from "./documents.ts";

/** A stored document that does not match its schema: the edge answers 500 and the log names the document. */
export class StoredDataError extends Error {
  constructor(
    readonly path: string,
    cause: z.ZodError,
  ) {
    super(`CORRUPT_DOCUMENT: ${path}`, { cause });
  }
}

/** gRPC ALREADY_EXISTS: a `create()` precondition failed, so the whole batch was refused. */
const ALREADY_EXISTS = 6;
const alreadyExists = (error: unknown) => (error as { code?: unknown } | null)?.code === ALREADY_EXISTS;

function parse<T>(schema: z.ZodType<T>, snapshot: DocumentSnapshot | QueryDocumentSnapshot): T | undefined {
  if (!snapshot.exists) return undefined;
  const parsed = schema.safeParse(snapshot.data());
  if (!parsed.success) throw new StoredDataError(snapshot.ref.path, parsed.error);
  return parsed.data;
}

export type WriteOutcome = "created" | "conflict";

export class Store {
  constructor(readonly db: Firestore) {}

  private doc(collection: string, id: string) {
    return this.db.collection(collection).doc(id);
  }

  async municipality(code: string): Promise<MunicipalityDoc | undefined> {
    return parse(MunicipalityDoc, await this.doc(COLLECTIONS.municipalities, code).get());
  }

  async reportHead(code: string, month: string): Promise<StoredReport | undefined> {
    return parse(StoredReport, await this.doc(COLLECTIONS.reports, reportId(code, month)).get());
  }

  /** Two writes: the revision (create: fails if another request took this number) and the current head. */
  async saveReport(stored: StoredReport): Promise<WriteOutcome> {
    const batch = this.db.batch();
    batch.create(
      this.doc(COLLECTIONS.reportRevisions, reportRevisionId(stored.code, stored.month, stored.revision)),
      stored,
    );
    batch.set(this.doc(COLLECTIONS.reports, reportId(stored.code, stored.month)), stored);
    return this.commit(batch);
  }

  /** Current heads of every municipality's report for `month`: one equality query, one read per report. */
  async monthReports(month: string): Promise<StoredReport[]> {
    const result = await this.db.collection(COLLECTIONS.reports).where("month", "==", month).get();
    return result.docs.map((snapshot) => parse(StoredReport, snapshot)!);
  }

  async regionState(): Promise<RegionState | undefined> {
    return parse(RegionState, await this.doc(COLLECTIONS.region, REGION_STATE_ID).get());
  }

  /** Creates the snapshot revision (first, as the precondition), moves the month's pointer, queues the mail. */
  async saveSnapshot(snapshot: SnapshotDoc, pointer: SnapshotPointer, mail?: MailDoc): Promise<WriteOutcome> {
    const id = snapshotId(snapshot.month, snapshot.revision);
    const batch = this.db.batch();
    batch.create(this.doc(COLLECTIONS.snapshots, id), snapshot);
    batch.update(this.doc(COLLECTIONS.region, REGION_STATE_ID), {
      [`snapshots.${monthKey(snapshot.month)}`]: pointer,
    });
    if (mail) batch.create(this.doc(COLLECTIONS.mail, id), mail);
    return this.commit(batch);
  }

  async snapshot(month: string, revision: number): Promise<SnapshotDoc | undefined> {
    return parse(SnapshotDoc, await this.doc(COLLECTIONS.snapshots, snapshotId(month, revision)).get());
  }

  /** Registers (or re-keys) a municipality: the region list first (create or update), then its key document. */
  async saveMunicipality(municipality: MunicipalityDoc, state: RegionState | undefined): Promise<void> {
    const others = (state?.municipalities ?? []).filter((m) => m.code !== municipality.code);
    const municipalities = [...others, { code: municipality.code, name: municipality.name }].sort((a, b) =>
      a.code.localeCompare(b.code),
    );
    const stateRef = this.doc(COLLECTIONS.region, REGION_STATE_ID);
    const batch = this.db.batch();
    if (state) batch.update(stateRef, { municipalities });
    else batch.create(stateRef, { municipalities, snapshots: {} } satisfies RegionState);
    batch.set(this.doc(COLLECTIONS.municipalities, municipality.code), municipality);
    await batch.commit();
  }

  private async commit(batch: WriteBatch): Promise<WriteOutcome> {
    try {
      await batch.commit();
      return "created";
    } catch (error) {
      if (alreadyExists(error)) return "conflict";
      throw error;
    }
  }
}
