// The store contract: one suite every store passes unchanged (as Auth.js runs `runBasicTests` against each adapter),
// with a `db` helper that reads the backing store directly — what was really written, not what the store says.
import { beforeEach, describe, expect, it } from "vitest";
import {
  knownMunicipalities,
  type MailDoc,
  type SnapshotDoc,
  type StoredReport,
} from "../../functions/src/documents.ts";
import { hashKey, keyMatches } from "../../functions/src/keys.ts";
import { registerMunicipality, type RegistryError } from "../../functions/src/registry.ts";
import { acceptReport } from "../../functions/src/reports.ts";
import type { Services } from "../../functions/src/services.ts";
import { takeSnapshot } from "../../functions/src/snapshot.ts";
import { isUnreadable, type Store } from "../../functions/src/store.ts";
import { reportFixture } from "../shared/report/fixtures.ts";
import { largeSnapshot } from "./largeRegion.ts";
import { memoryStorage } from "./setup.ts";

export type Kind = "municipalities" | "retiredKeys" | "reportRevisions" | "reports" | "snapshots" | "mail";

/** Direct access to what a store keeps underneath (Firestore documents, PostgreSQL rows). */
export interface BackingStore {
  count(kind: Kind): Promise<number>;
  /** Everything stored, as one string: equal before and after means nothing was written. */
  dump(): Promise<string>;
  /** A revision made the head as an earlier version of the server wrote it, with no schema check. */
  putRawReport(code: string, month: string, revision: number, document: unknown): Promise<void>;
  mail(month: string, revision: number): Promise<MailDoc | undefined>;
  clear(): Promise<void>;
}

export interface StoreUnderTest {
  readonly store: Store;
  readonly db: BackingStore;
}

const MONTH = "2026-11";
const NOW = new Date("2026-12-01T03:00:05Z");
const REGISTERED = new Date("2026-11-01T09:00:00Z");

const municipalityDoc = (code: string, key = `${code}.key`) => ({
  code,
  name: `Округ ${code}`,
  keyHash: hashKey(key),
  registeredAt: "2026-11-01T09:00:00.000Z",
  keyIssuedAt: "2026-11-01T09:00:00.000Z",
});

const stored = (code: string, revision: number, numerator = revision): StoredReport => ({
  code,
  month: MONTH,
  revision,
  contentHash: String(numerator % 10).repeat(64),
  receivedAt: "2026-11-30T09:00:00.000Z",
  report: reportFixture(code, MONTH, { K1: [numerator, 1000] }),
});

/** Runs the contract against the store `harness()` returns (filled in by the caller's beforeAll). */
export function runStoreContract(name: string, harness: () => StoreUnderTest): void {
  let store: Store;
  let db: BackingStore;
  const services = (): Services => ({ store, storage: memoryStorage(), now: () => NOW });

  describe(`the store contract: ${name}`, () => {
    beforeEach(async () => {
      ({ store, db } = harness());
      await db.clear();
    });

    describe("municipalities", () => {
      it("are created once per code; a second create is a conflict that writes nothing", async () => {
        expect(await store.municipality("odin")).toBeUndefined();
        expect(await store.regionState()).toBeUndefined();
        expect(await store.saveMunicipality(municipalityDoc("odin"))).toBe("created");
        expect(await store.municipality("odin")).toEqual(municipalityDoc("odin"));
        const before = await db.dump();
        expect(await store.saveMunicipality(municipalityDoc("odin", "other.key"))).toBe("conflict");
        expect(await db.dump()).toBe(before);
        expect(await db.count("municipalities")).toBe(1);
      });

      it("are re-keyed once per replaced key, and a Cyrillic code works as any other", async () => {
        const code = "Одн-1";
        await store.saveMunicipality(municipalityDoc(code, "first"));
        const rotated = { ...municipalityDoc(code, "second"), keyIssuedAt: "2026-11-20T09:00:00.000Z" };
        expect(await store.saveMunicipality(rotated, hashKey("first"))).toBe("created");
        expect(await store.municipality(code)).toEqual(rotated);
        const before = await db.dump();
        expect(await store.saveMunicipality(municipalityDoc(code, "third"), hashKey("first"))).toBe(
          "conflict",
        );
        expect(await db.dump()).toBe(before);
        expect(await db.count("retiredKeys")).toBe(1);
      });

      it("registered at once under different codes are all in the region list, sorted", async () => {
        const codes = ["odin", "kras", "serp", "Одн-1", "ruza"];
        await Promise.all(
          codes.map((code) => registerMunicipality(store, { code, name: `Округ ${code}`, now: REGISTERED })),
        );
        const state = (await store.regionState())!;
        expect(knownMunicipalities(state).map((m) => m.code)).toEqual(
          [...codes].sort((a, b) => a.localeCompare(b)),
        );
      });

      it("rotated three times at once: exactly one new key works, the others are told theirs was not stored", async () => {
        await registerMunicipality(store, { code: "odin", name: "Одинцово", now: REGISTERED });
        const runs = await Promise.allSettled(
          [1, 2, 3].map(() =>
            registerMunicipality(store, { code: "odin", name: "Одинцово", rotate: true, now: REGISTERED }),
          ),
        );
        const issued = runs.flatMap((run) => (run.status === "fulfilled" ? [run.value.key] : []));
        const refused = runs.flatMap((run) =>
          run.status === "rejected" ? [(run.reason as RegistryError).code] : [],
        );
        expect(issued).toHaveLength(1);
        expect(refused).toEqual(["CONCURRENT", "CONCURRENT"]);
        expect(keyMatches(issued[0]!, (await store.municipality("odin"))!.keyHash)).toBe(true);
      });

      it("registered twice at once under one code: one key, the other run refused", async () => {
        const runs = await Promise.allSettled(
          [1, 2].map(() => registerMunicipality(store, { code: "odin", name: "Одинцово", now: REGISTERED })),
        );
        expect(runs.filter((run) => run.status === "fulfilled")).toHaveLength(1);
        expect(await db.count("municipalities")).toBe(1);
      });
    });

    describe("reports", () => {
      beforeEach(async () => {
        for (const code of ["odin", "kras"]) await store.saveMunicipality(municipalityDoc(code));
      });

      it("take each revision number once; the head follows the newest revision", async () => {
        expect(await store.reportHead("odin", MONTH)).toBeUndefined();
        expect(await store.saveReport(stored("odin", 1))).toBe("created");
        expect(await store.saveReport(stored("odin", 2))).toBe("created");
        const before = await db.dump();
        expect(await store.saveReport(stored("odin", 2, 7))).toBe("conflict");
        expect(await db.dump()).toBe(before);
        expect(await store.reportHead("odin", MONTH)).toEqual(stored("odin", 2));
        expect(await db.count("reportRevisions")).toBe(2);
        expect(await db.count("reports")).toBe(1);
      });

      it("of one month are read in one query, other months left out", async () => {
        await store.saveReport(stored("odin", 1));
        await store.saveReport({
          ...stored("kras", 1),
          month: "2026-10",
          report: reportFixture("kras", "2026-10"),
        });
        await store.saveReport(stored("kras", 1));
        const { heads, unreadable } = await store.monthReports(MONTH);
        expect(heads.map((head) => head.code).sort()).toEqual(["kras", "odin"]);
        expect(unreadable).toEqual([]);
        expect((await store.monthReports("2026-09")).heads).toEqual([]);
      });

      it("sent at once by one municipality get distinct revisions, and the head is the last of them", async () => {
        const reports = [10, 20, 30, 40, 50].map((n) => reportFixture("odin", MONTH, { K1: [n, 100] }));
        const outcomes = await Promise.all(reports.map((report) => acceptReport(store, report, NOW)));
        const revisions = outcomes.flatMap((o) => (o.status === "accepted" ? [o.revision] : []));
        expect(new Set(revisions).size).toBe(revisions.length);
        expect(revisions.length).toBeGreaterThan(0);
        expect(outcomes.every((o) => o.status === "accepted" || o.status === "busy")).toBe(true);
        expect(await db.count("reportRevisions")).toBe(revisions.length);
        expect((await store.reportHead("odin", MONTH))?.revision).toBe(Math.max(...revisions));
      });
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
    });
  });
}
