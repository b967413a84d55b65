// The data layer: direct reads by deterministic id, one equality query, batches led by a `create()` precondition.
// It needs no transactions, cursors, offsets, collection groups, field deletes, select or BulkWriter (see test/functions):
// every read-then-write is guarded by a `create()` of an id derived from what was read, which real Firestore and
// the emulator both enforce (the emulator ignores update-time preconditions and does not isolate transactions).
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
  municipalityKey,
  type RegisteredMunicipality,
  REGION_STATE_ID,
  RegionState,
  reportId,
  reportRevisionId,
  type RetiredKeyDoc,
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

  /**
   * Registers a municipality, or re-keys it when `replacedKeyHash` is given, in one batch led by a `create()`:
   * of its own document (a new registration) or of `retiredKeys/{replaced hash}` (a rotation), so of two runs at
   * once on the same code exactly one is "created". The region document only gets this municipality's own map
   * field (merge), so registrations of different codes at once never lose one another.
   */
  async saveMunicipality(municipality: MunicipalityDoc, replacedKeyHash?: string): Promise<WriteOutcome> {
    const { code, name, registeredAt } = municipality;
    const municipalityRef = this.doc(COLLECTIONS.municipalities, code);
    const batch = this.db.batch();
    if (replacedKeyHash === undefined) batch.create(municipalityRef, municipality);
    else {
      const retired: RetiredKeyDoc = { code, retiredAt: municipality.keyIssuedAt };
      batch.create(this.doc(COLLECTIONS.retiredKeys, replacedKeyHash), retired);
      batch.set(municipalityRef, municipality);
    }
    const registered: RegisteredMunicipality = { code, name, registeredAt };
    batch.set(
      this.doc(COLLECTIONS.region, REGION_STATE_ID),
      { municipalities: { [municipalityKey(code)]: registered } },
      { merge: true },
    );
    return this.commit(batch);
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
