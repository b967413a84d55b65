// The monthly snapshot of a region at full size fits Firestore: 200 municipalities, and every stored document under
// 1 MiB by Google's formula (the emulator accepts any size, real Firestore refuses a document over 1 MiB —
// https://cloud.google.com/firestore/quotas). Realistic texts here (the emulator takes minutes over 200 reports with
// the longest texts); firestoreStore.test.ts measures the layout at the longest texts without the emulator.
import { describe, expect, it } from "vitest";
import { contentHash } from "../../functions/src/hash.ts";
import { documentSize, MAX_DOCUMENT_BYTES } from "../../functions/src/firestoreSize.ts";
import { municipalityKey, type StoredReport } from "../../functions/src/documents.ts";
import { municipalityReport } from "./largeRegion.ts";
import { useServedFunctions } from "./served.ts";

const ctx = useServedFunctions();
const COUNT = 200;

describe("the snapshot of 200 municipalities", () => {
  it("is taken, and no stored document is over 1 MiB", async () => {
    ctx.reset("2026-12-01T03:00:05Z");
    const { services } = await import("../../functions/src/services.ts");
    const db = services().store.db;
    // The reports as submitReport stores them, written in batches (200 requests would only test the emulator,
    // and one batch of them would pass the 4 MiB of a gRPC message the emulator accepts).
    const registered: Record<string, unknown> = {};
    for (let first = 1; first <= COUNT; first += 50) {
      const batch = db.batch();
      for (let i = first; i < first + 50; i++) {
        const report = municipalityReport(i, "realistic");
        const head: StoredReport = {
          code: report.code,
          month: "2026-11",
          revision: 1,
          contentHash: contentHash(report),
          receivedAt: "2026-11-30T09:00:00.000Z",
          report,
        };
        batch.set(db.doc(`reports/${report.code}_2026-11`), head);
        registered[municipalityKey(report.code)] = {
          code: report.code,
          name: report.name,
          registeredAt: "2026-11-01T09:00:00.000Z",
        };
      }
      await batch.commit();
    }
    await db.doc("region/state").set({ municipalities: registered, snapshots: {} });

    const { monthlySnapshot } = await import("../../functions/src/index.ts");
    await monthlySnapshot.run({ scheduleTime: "2026-12-01T03:00:00Z" } as never);

    const documents = ctx.emulator.documents();
    const snapshot = documents.find((d) => d.path === "snapshots/2026-11_r001");
    expect(snapshot, "the snapshot was taken").toBeDefined();
    const sizes = documents.map((d) => ({ path: d.path, bytes: documentSize(d.path, d.data) }));
    expect(sizes.filter((d) => d.bytes > MAX_DOCUMENT_BYTES)).toEqual([]);
    expect(documentSize(snapshot!.path, snapshot!.data)).toBeLessThan(MAX_DOCUMENT_BYTES / 2);
    expect((snapshot!.data.report as { municipalities: unknown[] }).municipalities).toHaveLength(COUNT);
    expect(documents.filter((d) => d.path.startsWith("snapshotMunicipalities/"))).toHaveLength(COUNT);
    expect(documents.some((d) => d.path === "mail/2026-11_r001")).toBe(true);
  }, 120_000);
});
