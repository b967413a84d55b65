// The Firestore store on the emulator: the store contract, the snapshot's layout, and the 1 MiB a document may have.
import type { Firestore } from "firebase-admin/firestore";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  COLLECTIONS,
  MailDoc,
  reportId,
  reportRevisionId,
  type SnapshotDoc,
} from "../../functions/src/documents.ts";
import type { FirestoreStore } from "../../functions/src/firestoreStore.ts";
import {
  documentSize,
  DocumentTooLargeError,
  MAX_DOCUMENT_BYTES,
} from "../../functions/src/firestoreSize.ts";
import { splitSnapshot } from "../../functions/src/snapshotLayout.ts";
import { buildReport, largeSnapshot, municipalityReport } from "./largeRegion.ts";
import { MAX_REPORT_BYTES } from "../../functions/src/bodyLimits.ts";
import { MunicipalReport } from "../../shared/report/municipalReport.ts";
import { startFunctionsContext, type FunctionsContext } from "./setup.ts";
import { runStoreContract, type BackingStore, type Kind } from "./storeContract.ts";

let ctx: FunctionsContext;
let store: FirestoreStore;
let firestore: Firestore;

beforeAll(async () => {
  ctx = await startFunctionsContext();
  store = (await import("../../functions/src/services.ts")).services().store;
  firestore = store.db;
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
    expect(parts.map((d) => d.path)).toEqual(
      snapshot.report.municipalities.map((m) => `snapshotMunicipalities/2026-11_r001_${m.code}`).sort(),
    );
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
