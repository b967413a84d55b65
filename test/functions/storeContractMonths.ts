// The store contract, continued: the month's reports read back (one stored by an earlier version included) and its
// snapshots, created once per revision, at full size and for 600 municipalities.
import { beforeEach, describe, expect, it } from "vitest";
import type { SnapshotDoc } from "../../functions/src/documents.ts";
import { registerMunicipality } from "../../functions/src/registry.ts";
import { acceptReport } from "../../functions/src/reports.ts";
import type { Services } from "../../functions/src/services.ts";
import { takeSnapshot } from "../../functions/src/snapshot.ts";
import { isUnreadable, type Store } from "../../functions/src/store.ts";
import { reportFixture } from "../shared/report/fixtures.ts";
import { largeSnapshot, wideSnapshot } from "./largeRegion.ts";
import { memoryStorage } from "./setup.ts";
import {
  MONTH,
  municipalityDoc,
  NOW,
  REGISTERED,
  stored,
  type BackingStore,
  type StoreUnderTest,
} from "./storeFixtures.ts";

/** Runs inside runStoreContract's describe, after its beforeEach has emptied the store. */
export function monthContract(harness: () => StoreUnderTest): void {
  let store: Store;
  let db: BackingStore;
  const services = (): Services => ({ store, storage: memoryStorage(), now: () => NOW });
  beforeEach(() => {
    ({ store, db } = harness());
  });

  describe("a report stored by an earlier, looser version", () => {
    const looser = () => {
      const old = stored("odin", 3);
      return { ...old, report: { ...old.report, excludedRows: 2_000_000 } };
    };
    beforeEach(async () => {
      for (const code of ["odin", "kras"]) await store.saveMunicipality(municipalityDoc(code));
      await db.putRawReport("odin", MONTH, 3, looser());
      await store.saveReport(stored("kras", 1));
    });

    it("is named as unreadable with its revision, while the month's other reports are read", async () => {
      const head = await store.reportHead("odin", MONTH);
      expect(isUnreadable(head) && head).toMatchObject({ code: "odin", month: MONTH, revision: 3 });
      const { heads, unreadable } = await store.monthReports(MONTH);
      expect(heads.map((h) => h.code)).toEqual(["kras"]);
      expect(unreadable.map((h) => [h.code, h.revision])).toEqual([["odin", 3]]);
    });

    it("does not cost the region its snapshot: the municipality is without data and named", async () => {
      const outcome = await takeSnapshot(services(), MONTH, "schedule");
      expect(outcome).toMatchObject({
        status: "created",
        reported: ["kras"],
        missing: ["odin"],
        unreadable: ["odin"],
      });
      const snapshot = (await store.snapshot(MONTH, 1))!;
      expect(snapshot.unreadable?.map((u) => u.code)).toEqual(["odin"]);
      expect(snapshot.report.unreadable).toEqual([{ code: "odin", name: "Округ odin" }]);
      expect((await db.mail(MONTH, 1))?.message.html).toContain("Не прочитаны сохранённые отчёты");
    });

    it("is replaced by the municipality's next report, as revision 4", async () => {
      const outcome = await acceptReport(store, reportFixture("odin", MONTH, { K1: [5, 10] }), NOW);
      expect(outcome).toEqual({ status: "accepted", revision: 4 });
      expect((await store.monthReports(MONTH)).unreadable).toEqual([]);
      expect(await takeSnapshot(services(), MONTH, "schedule")).toMatchObject({
        reported: ["kras", "odin"],
      });
    });
  });

  describe("snapshots", () => {
    beforeEach(async () => {
      for (const code of ["odin", "kras", "ruza"])
        await registerMunicipality(store, { code, name: `Округ ${code}`, now: REGISTERED });
      await acceptReport(store, reportFixture("odin"), NOW);
      await acceptReport(store, reportFixture("kras"), NOW);
    });

    it("are created once per month and revision, with the pointer and the mail; again is a conflict", async () => {
      const outcome = await takeSnapshot(services(), MONTH, "schedule");
      expect(outcome).toMatchObject({ status: "created", revision: 1, missing: ["ruza"] });
      expect((await store.regionState())?.snapshots.m2026_11?.revision).toBe(1);
      expect((await db.mail(MONTH, 1))?.to).toEqual(["svod@cnppm.example.ru", "minobr@region.example.ru"]);
      const snapshot = (await store.snapshot(MONTH, 1))!;
      const before = await db.dump();
      expect(
        await store.saveSnapshot(snapshot, {
          revision: 1,
          fingerprint: "0".repeat(64),
          takenAt: snapshot.takenAt,
        }),
      ).toBe("conflict");
      expect(await db.dump()).toBe(before);
    });

    it("taken twice at once make one revision", async () => {
      const outcomes = await Promise.all([1, 2, 3].map(() => takeSnapshot(services(), MONTH, "admin")));
      expect(outcomes.filter((o) => o.status === "created")).toHaveLength(1);
      expect(await db.count("snapshots")).toBe(1);
      expect(await db.count("mail")).toBe(1);
    });

    // 40, not 200: the emulator takes ≈ 80 ms a document; firestoreStore.test.ts measures every document at 200.
    it("read back equal to what was saved, with the longest texts the schema allows", async () => {
      const snapshot: SnapshotDoc = { ...largeSnapshot(40, "worst"), month: "2026-10", revision: 1 };
      const pointer = { revision: 1, fingerprint: snapshot.fingerprint, takenAt: snapshot.takenAt };
      expect(await store.saveSnapshot(snapshot, pointer)).toBe("created");
      expect(await store.snapshot("2026-10", 1)).toEqual(snapshot);
      expect(await store.snapshot("2026-10", 2)).toBeUndefined();
      expect((await store.regionState())?.snapshots.m2026_10).toEqual(pointer);
    });

    // More documents than one Firestore commit may carry (firestoreStore.test.ts counts its commits).
    it("of 600 municipalities are read back whole", async () => {
      const snapshot: SnapshotDoc = { ...wideSnapshot(600), month: "2026-10" };
      const pointer = { revision: 1, fingerprint: snapshot.fingerprint, takenAt: snapshot.takenAt };
      expect(await store.saveSnapshot(snapshot, pointer)).toBe("created");
      expect(await store.snapshot("2026-10", 1)).toEqual(snapshot);
      expect((await store.regionState())?.snapshots.m2026_10).toEqual(pointer);
    });
  });
}
