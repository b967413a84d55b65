// The store contract: one suite every store passes unchanged (as Auth.js runs `runBasicTests` against each adapter),
// with a `db` helper that reads the backing store directly — what was really written, not what the store says.
import { beforeEach, describe, expect, it } from "vitest";
import { knownMunicipalities } from "../../functions/src/documents.ts";
import { hashKey, keyMatches } from "../../functions/src/keys.ts";
import { registerMunicipality, type RegistryError } from "../../functions/src/registry.ts";
import { acceptReport } from "../../functions/src/reports.ts";
import type { Store } from "../../functions/src/store.ts";
import { reportFixture } from "../shared/report/fixtures.ts";
import { monthContract } from "./storeContractMonths.ts";
import {
  MONTH,
  municipalityDoc,
  NOW,
  REGISTERED,
  stored,
  type BackingStore,
  type StoreUnderTest,
} from "./storeFixtures.ts";

export type { BackingStore, Kind, StoreUnderTest } from "./storeFixtures.ts";

/** Runs the contract against the store `harness()` returns (filled in by the caller's beforeAll). */
export function runStoreContract(name: string, harness: () => StoreUnderTest): void {
  let store: Store;
  let db: BackingStore;

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

      it("are re-keyed once per replaced key, and a code with Cyrillic letters works as any other", async () => {
        const code = "mОдн-1";
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
        const codes = ["odin", "kras", "serp", "mОдн-1", "ruza"];
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
    monthContract(harness);
  });
}
