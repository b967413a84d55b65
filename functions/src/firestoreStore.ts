// The store on Firestore: direct reads by deterministic id, one equality query, batches led by a `create()` precondition.
// It needs no transactions, cursors, offsets, collection groups, field deletes, select or BulkWriter (see test/functions):
// every read-then-write is guarded by a `create()` of an id derived from what was read, which real Firestore and
// the emulator both enforce (the emulator ignores update-time preconditions and does not isolate transactions).
// Every document is measured before it is written, and every commit kept within Firestore's limits
// (firestoreBatches.ts), so nothing the real service would refuse reaches it.
import type {
  DocumentData,
  DocumentReference,
  DocumentSnapshot,
  Firestore,
  WriteBatch,
} from "firebase-admin/firestore";
import * as z from "zod";
import {
  COLLECTIONS,
  type MailDoc,
  monthKey,
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
  snapshotMunicipalityId,
  type SnapshotPointer,
  StoredReport,
} from "./documents.ts";
import { BATCH_LIMITS, packBatches, type BatchLimits } from "./firestoreBatches.ts";
import { checkDocumentSize, documentSize } from "./firestoreSize.ts";
import { figuresKey, joinSnapshot, SnapshotFigures, SnapshotHead, splitSnapshot } from "./snapshotLayout.ts";
import {
  splitHeads,
  StoredDataError,
  type MonthReports,
  type Store,
  type UnreadableReport,
  type WriteOutcome,
} from "./store.ts";

/** gRPC ALREADY_EXISTS: a `create()` precondition failed, so the whole batch was refused. */
const ALREADY_EXISTS = 6;
const alreadyExists = (error: unknown) => (error as { code?: unknown } | null)?.code === ALREADY_EXISTS;

/** What an unreadable head still tells: its revision number, so a new report can take the next one. */
const LooseHead = z.object({ revision: z.number().int().min(1) });

function parse<T>(schema: z.ZodType<T>, snapshot: DocumentSnapshot): T | undefined {
  if (!snapshot.exists) return undefined;
  const parsed = schema.safeParse(snapshot.data());
  if (!parsed.success) throw new StoredDataError(snapshot.ref.path, parsed.error);
  return parsed.data;
}

/** A report head, or what is left of one written under an earlier schema. */
function parseHead(snapshot: DocumentSnapshot, code: string, month: string): StoredReport | UnreadableReport {
  const parsed = StoredReport.safeParse(snapshot.data());
  if (parsed.success) return parsed.data;
  const loose = LooseHead.safeParse(snapshot.data());
  return {
    unreadable: true,
    path: snapshot.ref.path,
    code,
    month,
    revision: loose.success ? loose.data.revision : 0,
  };
}

/** A write and its size by Google's formula (of the whole document; of an update, of the fields it writes). */
interface Write {
  readonly how: "create" | "set" | "update";
  readonly ref: DocumentReference;
  readonly data: DocumentData;
  readonly bytes: number;
}

const add = (batch: WriteBatch, { how, ref, data }: Write) =>
  how === "create" ? batch.create(ref, data) : how === "set" ? batch.set(ref, data) : batch.update(ref, data);

export class FirestoreStore implements Store {
  /** `limits`: what one commit may carry (tests pass smaller ones to see several commits at a small size). */
  constructor(
    readonly db: Firestore,
    private readonly limits: BatchLimits = BATCH_LIMITS,
  ) {}

  private doc(collection: string, id: string) {
    return this.db.collection(collection).doc(id);
  }

  /** A whole-document write, refused (DocumentTooLargeError) before anything is sent when the document is over 1 MiB. */
  private write(how: "create" | "set", collection: string, id: string, data: object): Write {
    const ref = this.doc(collection, id);
    return { how, ref, data: data as DocumentData, bytes: checkDocumentSize(ref.path, data as DocumentData) };
  }

  private put(batch: WriteBatch, how: "create" | "set", collection: string, id: string, data: object): void {
    add(batch, this.write(how, collection, id, data));
  }

  private batchOf(writes: readonly Write[]): WriteBatch {
    const batch = this.db.batch();
    for (const write of writes) add(batch, write);
    return batch;
  }

  async municipality(code: string): Promise<MunicipalityDoc | undefined> {
    return parse(MunicipalityDoc, await this.doc(COLLECTIONS.municipalities, code).get());
  }

  async reportHead(code: string, month: string): Promise<StoredReport | UnreadableReport | undefined> {
    const snapshot = await this.doc(COLLECTIONS.reports, reportId(code, month)).get();
    return snapshot.exists ? parseHead(snapshot, code, month) : undefined;
  }

  /** Two writes: the revision (create: fails if another request took this number) and the current head. */
  async saveReport(stored: StoredReport): Promise<WriteOutcome> {
    const batch = this.db.batch();
    const { code, month, revision } = stored;
    this.put(batch, "create", COLLECTIONS.reportRevisions, reportRevisionId(code, month, revision), stored);
    this.put(batch, "set", COLLECTIONS.reports, reportId(code, month), stored);
    return this.commit(batch);
  }

  /** Current heads of every municipality's report for `month`: one equality query, one read per report. */
  async monthReports(month: string): Promise<MonthReports> {
    const result = await this.db.collection(COLLECTIONS.reports).where("month", "==", month).get();
    return splitHeads(
      result.docs.map((snapshot) => parseHead(snapshot, snapshot.id.slice(0, -(month.length + 1)), month)),
    );
  }

  async regionState(): Promise<RegionState | undefined> {
    return parse(RegionState, await this.doc(COLLECTIONS.region, REGION_STATE_ID).get());
  }

  /**
   * Writes each municipality's figures, then — in the last commit, led by the head's `create()` — the head, the
   * month's pointer and the mail: a reader, who goes by the head or the pointer, sees the snapshot whole or not at
   * all. A region that fits one commit is written in one. Figures are `set()` under ids keyed by their own content
   * (figuresKey), so a run that stopped after some of them is repeated over them, and a run that loses the revision
   * to another only leaves figures no head names; one that finds the head already there writes nothing.
   */
  async saveSnapshot(snapshot: SnapshotDoc, pointer: SnapshotPointer, mail?: MailDoc): Promise<WriteOutcome> {
    const { month, revision } = snapshot;
    const id = snapshotId(month, revision);
    const { head, figures } = splitSnapshot(snapshot);
    const key = figuresKey(head);
    const parts = figures.map((part) =>
      this.write(
        "set",
        COLLECTIONS.snapshotMunicipalities,
        snapshotMunicipalityId(month, revision, part.code, key),
        part,
      ),
    );
    const region = this.doc(COLLECTIONS.region, REGION_STATE_ID);
    const move = { [`snapshots.${monthKey(month)}`]: pointer };
    const last: Write[] = [
      this.write("create", COLLECTIONS.snapshots, id, head),
      { how: "update", ref: region, data: move, bytes: documentSize(region.path, move) },
      ...(mail ? [this.write("create", COLLECTIONS.mail, id, mail)] : []),
    ];
    const batches = packBatches(parts, last, this.limits);
    if (batches.length > 1 && (await this.doc(COLLECTIONS.snapshots, id).get()).exists) return "conflict";
    for (const writes of batches.slice(0, -1)) await this.batchOf(writes).commit();
    return this.commit(this.batchOf(batches.at(-1)!));
  }

  /** The head, then every municipality's figures in one batched read (layout 1 documents hold the whole report). */
  async snapshot(month: string, revision: number): Promise<SnapshotDoc | undefined> {
    const headSnapshot = await this.doc(COLLECTIONS.snapshots, snapshotId(month, revision)).get();
    if (!headSnapshot.exists) return undefined;
    if (headSnapshot.get("layout") === undefined) return parse(SnapshotDoc, headSnapshot);
    const head = parse(SnapshotHead, headSnapshot)!;
    const key = figuresKey(head);
    const refs = head.report.municipalities.map(({ code }) =>
      this.doc(COLLECTIONS.snapshotMunicipalities, snapshotMunicipalityId(month, revision, code, key)),
    );
    const parts = refs.length === 0 ? [] : await this.db.getAll(...refs);
    const figures = parts.flatMap((part) => parse(SnapshotFigures, part) ?? []);
    const joined = joinSnapshot(head, figures);
    if (!joined) throw new StoredDataError(headSnapshot.ref.path, "a municipality's figures are missing");
    const checked = SnapshotDoc.safeParse(joined);
    if (!checked.success) throw new StoredDataError(headSnapshot.ref.path, checked.error);
    return checked.data;
  }

  /**
   * Registers a municipality, or re-keys it when `replacedKeyHash` is given, in one batch led by a `create()`:
   * of its own document (a new registration) or of `retiredKeys/{replaced hash}` (a rotation), so of two runs at
   * once on the same code exactly one is "created". The region document only gets this municipality's own map
   * field (merge), so registrations of different codes at once never lose one another.
   */
  async saveMunicipality(municipality: MunicipalityDoc, replacedKeyHash?: string): Promise<WriteOutcome> {
    const { code, name, registeredAt } = municipality;
    const batch = this.db.batch();
    if (replacedKeyHash === undefined)
      this.put(batch, "create", COLLECTIONS.municipalities, code, municipality);
    else {
      const retired: RetiredKeyDoc = { code, retiredAt: municipality.keyIssuedAt };
      this.put(batch, "create", COLLECTIONS.retiredKeys, replacedKeyHash, retired);
      this.put(batch, "set", COLLECTIONS.municipalities, code, municipality);
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
