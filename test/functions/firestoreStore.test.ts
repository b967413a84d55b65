// The Firestore store on the emulator: the store contract, the snapshot's layout, the 1 MiB a document may have, and
// the writes a commit may carry.
import type { Firestore, WriteBatch } from "firebase-admin/firestore";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  COLLECTIONS,
  MailDoc,
  reportId,
  reportRevisionId,
  type SnapshotDoc,
  snapshotMunicipalityId,
} from "../../functions/src/documents.ts";
import type { BatchLimits } from "../../functions/src/firestoreBatches.ts";
import type { FirestoreStore } from "../../functions/src/firestoreStore.ts";
import {
  documentSize,
  DocumentTooLargeError,
  MAX_DOCUMENT_BYTES,
} from "../../functions/src/firestoreSize.ts";
import { contentHash } from "../../functions/src/hash.ts";
import { figuresKey, splitSnapshot } from "../../functions/src/snapshotLayout.ts";
import { buildReport, largeSnapshot, municipalityReport, wideSnapshot } from "./largeRegion.ts";
import { MAX_REPORT_BYTES } from "../../functions/src/bodyLimits.ts";
import { MunicipalReport } from "../../shared/report/municipalReport.ts";
import { startFunctionsContext, type FunctionsContext } from "./setup.ts";
import { runStoreContract, type BackingStore, type Kind } from "./storeContract.ts";

let ctx: FunctionsContext;
let store: FirestoreStore;
let firestore: Firestore;
/** A store on the same emulator whose commits carry at most `limits`. */
let storeWith: (limits: BatchLimits) => FirestoreStore;

beforeAll(async () => {
  ctx = await startFunctionsContext();
  store = (await import("../../functions/src/services.ts")).services().store;
  firestore = store.db;
  const { FirestoreStore } = await import("../../functions/src/firestoreStore.ts");
  storeWith = (limits) => new FirestoreStore(firestore, limits);
});
afterAll(() => ctx.emulator.stop());

const COLLECTION: Record<Kind, string> = {
  municipalities: COLLECTIONS.municipalities,
  retiredKeys: COLLECTIONS.retiredKeys,
  reportRevisions: COLLECTIONS.reportRevisions,
  reports: COLLECTIONS.reports,
  snapshots: COLLECTIONS.snapshots,
  mail: COLLECTIONS.mail,
};

const db: BackingStore = {
  count: async (kind) =>
    ctx.emulator.documents().filter((d) => d.path.startsWith(`${COLLECTION[kind]}/`)).length,
  dump: async () => JSON.stringify(ctx.emulator.documents()),
  async putRawReport(code, month, revision, document) {
    const data = document as Record<string, unknown>;
    await firestore
      .collection(COLLECTIONS.reportRevisions)
      .doc(reportRevisionId(code, month, revision))
      .set(data);
    await firestore.collection(COLLECTIONS.reports).doc(reportId(code, month)).set(data);
  },
  async mail(month, revision) {
    const found = ctx.emulator
      .documents()
      .find((d) => d.path === `mail/${month}_r${String(revision).padStart(3, "0")}`);
    return found && MailDoc.parse(found.data);
  },
  clear: async () => ctx.emulator.clear(),
};

runStoreContract("Firestore (emulator)", () => ({ store, db }));

describe("Firestore's document size (https://cloud.google.com/firestore/docs/storage-size)", () => {
  it("is the documented example's 147 bytes", () => {
    const task = { type: "Personal", done: false, priority: 1, description: "Learn Cloud Firestore" };
    expect(documentSize("users/jeff/tasks/my_task_id", task)).toBe(147);
  });

  it("counts a Cyrillic letter as its two UTF-8 bytes, nested maps and arrays by their values", () => {
    expect(documentSize("a/b", { t: "ж" })).toBe(2 + 2 + 16 + (2 + 3) + 32);
    expect(documentSize("a/b", { m: { n: [1, null, true] } })).toBe(2 + 2 + 16 + (2 + 2 + 8 + 1 + 1) + 32);
  });
});

describe("the snapshot at full size", () => {
  beforeEach(() => ctx.emulator.clear());

  it.each(["worst", "realistic"] as const)(
    "each municipality's report (%s texts) is valid and under 64 KB",
    (texts) => {
      for (const i of [1, 57, 200]) {
        const report = municipalityReport(i, texts);
        expect(MunicipalReport.safeParse(report).success).toBe(true);
        expect(Buffer.byteLength(JSON.stringify(report))).toBeLessThan(MAX_REPORT_BYTES);
      }
      // Renamed from one built report, of the size building it would give (its counts differ, its texts do not).
      const bytes = (report: MunicipalReport) => Buffer.byteLength(JSON.stringify(report));
      expect(bytes(municipalityReport(9, texts)) / bytes(buildReport(9, texts))).toBeCloseTo(1, 2);
    },
  );

  it.each(["worst", "realistic"] as const)(
    "200 municipalities with %s texts: the head document is far under 1 MiB, though one document would not fit",
    (texts) => {
      const snapshot = largeSnapshot(200, texts);
      const { head, figures } = splitSnapshot(snapshot);
      const headBytes = documentSize("snapshots/2026-11_r001", head);
      expect(headBytes).toBeLessThan(MAX_DOCUMENT_BYTES / 2);
      for (const part of figures)
        expect(documentSize(`snapshotMunicipalities/2026-11_r001_${part.code}`, part)).toBeLessThan(
          32 * 1024,
        );
      // The whole report in one document, as earlier versions wrote it: real Firestore refuses it.
      expect(documentSize("snapshots/2026-11_r001", snapshot)).toBeGreaterThan(MAX_DOCUMENT_BYTES);
    },
  );

  it("a document over 1 MiB is refused before anything is written, as real Firestore would", async () => {
    await firestore.doc("region/state").set({ municipalities: {}, snapshots: {} });
    const snapshot: SnapshotDoc = {
      ...largeSnapshot(2, "realistic"),
      regionName: "ж".repeat(MAX_DOCUMENT_BYTES / 2),
    };
    const before = JSON.stringify(ctx.emulator.documents());
    const saving = store.saveSnapshot(snapshot, {
      revision: 1,
      fingerprint: snapshot.fingerprint,
      takenAt: snapshot.takenAt,
    });
    await expect(saving).rejects.toBeInstanceOf(DocumentTooLargeError);
    await expect(saving).rejects.toMatchObject({ path: "snapshots/2026-11_r001" });
    expect(JSON.stringify(ctx.emulator.documents())).toBe(before);
  });

  it("keeps titles once: a municipality's figures carry no indicator title the region's row already has", async () => {
    await firestore.doc("region/state").set({ municipalities: {}, snapshots: {} });
    const snapshot = largeSnapshot(3, "realistic");
    await store.saveSnapshot(snapshot, {
      revision: 1,
      fingerprint: snapshot.fingerprint,
      takenAt: snapshot.takenAt,
    });
    const parts = ctx.emulator.documents().filter((d) => d.path.startsWith("snapshotMunicipalities/"));
    // Keyed by 64 bits of the figures' own hash, named in the head: figures of other contents never share an id.
    const { head, figures } = splitSnapshot(snapshot);
    expect(head).toMatchObject({ layout: 3, figuresKey: contentHash(figures).slice(0, 16) });
    expect(parts.map((d) => d.path)).toEqual(
      snapshot.report.municipalities
        .map((m) => `snapshotMunicipalities/2026-11_r001_${figuresKey(head)}_${m.code}`)
        .sort(),
    );
    // Figures computed differently from the same reports (another deployment's code) get another key.
    const other = structuredClone(snapshot);
    other.report.municipalities[0]!.kpis[0]!.numerator += 1;
    expect(figuresKey(splitSnapshot(other).head)).not.toBe(figuresKey(head));
    expect(figuresKey(splitSnapshot(structuredClone(snapshot)).head)).toBe(figuresKey(head));
    for (const part of parts)
      expect(JSON.stringify(part.data)).not.toContain(snapshot.report.region.kpis[0]!.title);
    expect(await store.snapshot("2026-11", 1)).toEqual(snapshot);
  });

  it("reads a snapshot an earlier version wrote as one document", async () => {
    const snapshot = largeSnapshot(3, "realistic");
    await firestore.doc("snapshots/2026-11_r001").set(snapshot);
    expect(await store.snapshot("2026-11", 1)).toEqual(snapshot);
  });
});

const WRITES = ["create", "set", "update", "delete"] as const;

/**
 * Each commit's writes, counted in every batch `firestore.batch()` hands out: the emulator commits any number, so only
 * counting shows the limit kept. `beforeCommit` runs as each commit is sent (to look at what a reader sees, or to
 * hold or fail it).
 */
function countCommits(beforeCommit?: (index: number) => Promise<void> | void): number[] {
  const commits: number[] = [];
  const make = firestore.batch.bind(firestore);
  vi.spyOn(firestore, "batch").mockImplementation(() => {
    const batch = make();
    let writes = 0;
    for (const method of WRITES) {
      const write = (batch[method] as (...args: unknown[]) => WriteBatch).bind(batch);
      batch[method] = ((...args: unknown[]) => (writes++, write(...args))) as never;
    }
    const commit = batch.commit.bind(batch);
    batch.commit = async () => {
      const index = commits.push(writes) - 1;
      await beforeCommit?.(index);
      return commit();
    };
    return batch;
  });
  return commits;
}

const pointerOf = (snapshot: SnapshotDoc) => ({
  revision: snapshot.revision,
  fingerprint: snapshot.fingerprint,
  takenAt: snapshot.takenAt,
});

describe("a snapshot larger than one commit", () => {
  beforeEach(async () => {
    ctx.emulator.clear();
    await firestore.doc("region/state").set({ municipalities: {}, snapshots: {} });
  });
  afterEach(() => vi.restoreAllMocks());

  const pointer = async () => (await store.regionState())?.snapshots.m2026_11;

  // Firestore's limits on a commit: https://cloud.google.com/firestore/quotas («Writes and transactions»: a request of
  // at most 10 MiB) and, in earlier versions of that page and of https://firebase.google.com/docs/firestore/manage-data/transactions
  // («Each transaction or batch of writes can write to a maximum of 500 documents»), 500 writes. The emulator enforces
  // neither: it commits 602 writes at once, so only the count of each commit's writes can show the limit kept.
  it("600 municipalities: no commit over 500 writes, and no reader sees the snapshot before its last commit", async () => {
    const snapshot = wideSnapshot(600);
    const seen: unknown[] = [];
    const commits = countCommits(async () => {
      seen.push((await store.snapshot("2026-11", 1)) ?? (await pointer()) ?? "nothing");
    });
    expect(await store.saveSnapshot(snapshot, pointerOf(snapshot))).toBe("created");
    expect(commits.length).toBeGreaterThan(1);
    expect(Math.max(...commits)).toBeLessThanOrEqual(500);
    expect(commits.reduce((a, b) => a + b)).toBe(600 + 2); // each municipality's figures, the head, the pointer
    expect(seen).toEqual(commits.map(() => "nothing"));
    expect(await pointer()).toEqual(pointerOf(snapshot));
    // Read back whole by the store contract (storeContractMonths.ts); here, what was stored.
    const stored = ctx.emulator.documents().map((d) => d.path.split("/")[0]);
    expect(stored.filter((c) => c === "snapshotMunicipalities")).toHaveLength(600);
    expect(stored.filter((c) => c === "snapshots")).toHaveLength(1);
  });

  it("keeps a commit within the bytes it may carry, each document measured as Firestore measures it", async () => {
    const snapshot = wideSnapshot(30);
    const commits = countCommits();
    const bytes =
      3 *
      documentSize(snapshotMunicipalityId("2026-11", 1, "m0000", "1".repeat(16)), {
        ...splitSnapshot(snapshot).figures[0]!,
      });
    expect(await storeWith({ writes: 500, bytes }).saveSnapshot(snapshot, pointerOf(snapshot))).toBe(
      "created",
    );
    expect(commits.length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...commits)).toBeLessThanOrEqual(3);
    expect(await store.snapshot("2026-11", 1)).toEqual(snapshot);
  });

  it("a run that stopped after some of its figures left no snapshot; the next run writes it whole", async () => {
    const snapshot = wideSnapshot(25);
    countCommits((index) => {
      if (index === 1) throw new Error("instance stopped");
    });
    const small = storeWith({ writes: 10, bytes: MAX_DOCUMENT_BYTES });
    await expect(small.saveSnapshot(snapshot, pointerOf(snapshot))).rejects.toThrow("instance stopped");
    expect(await store.snapshot("2026-11", 1)).toBeUndefined();
    expect(await pointer()).toBeUndefined();
    vi.restoreAllMocks();
    expect(await small.saveSnapshot(snapshot, pointerOf(snapshot))).toBe("created");
    expect(await store.snapshot("2026-11", 1)).toEqual(snapshot);
  });

  it("a run that loses the revision midway leaves the winner's snapshot as the winner wrote it", async () => {
    const slow = wideSnapshot(25, 1);
    const fast = wideSnapshot(25, 2);
    let arrived!: () => void;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (arrived = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    countCommits(async (index) => {
      if (index !== 1) return; // the slow run's second commit waits for the fast run
      arrived();
      await released;
    });
    const small = storeWith({ writes: 10, bytes: MAX_DOCUMENT_BYTES });
    const slowRun = small.saveSnapshot(slow, pointerOf(slow));
    await held;
    expect(await small.saveSnapshot(fast, pointerOf(fast))).toBe("created");
    release();
    expect(await slowRun).toBe("conflict");
    expect(await store.snapshot("2026-11", 1)).toEqual(fast);
    expect(await pointer()).toEqual(pointerOf(fast));
    // Once the head is there, a run writes nothing at all.
    const before = JSON.stringify(ctx.emulator.documents());
    expect(await small.saveSnapshot(slow, pointerOf(slow))).toBe("conflict");
    expect(JSON.stringify(ctx.emulator.documents())).toBe(before);
  });

  it("reads a snapshot the previous version wrote (layout 2: figures without the key)", async () => {
    const snapshot = wideSnapshot(3);
    const { head, figures } = splitSnapshot(snapshot);
    await firestore.doc("snapshots/2026-11_r001").set({ ...head, layout: 2 });
    for (const part of figures)
      await firestore.doc(`snapshotMunicipalities/2026-11_r001_${part.code}`).set(part);
    expect(await store.snapshot("2026-11", 1)).toEqual(snapshot);
  });
});
