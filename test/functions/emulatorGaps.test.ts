// Pins what @firestore-emulator/server lacks or gets wrong, and that the functions' data layer uses none of it.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { FieldValue, type Firestore } from "firebase-admin/firestore";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StoredReport } from "../../functions/src/documents.ts";
import { reportFixture } from "../shared/report/fixtures.ts";
import { startFunctionsContext, type FunctionsContext } from "./setup.ts";

let ctx: FunctionsContext;
let db: Firestore;

beforeAll(async () => {
  ctx = await startFunctionsContext();
  db = (await import("../../functions/src/services.ts")).services().store.db;
});
afterAll(() => ctx.emulator.stop());
beforeEach(async () => {
  ctx.emulator.clear();
  for (let n = 0; n < 4; n++) await db.doc(`items/i${n}`).set({ n, note: `n${n}` });
});

const ids = (snapshot: { docs: { id: string }[] }) => snapshot.docs.map((d) => d.id);

describe("the emulator's gaps (if one of these starts failing, the emulator changed: revisit the data layer)", () => {
  it("ignores offset and cursors", async () => {
    expect(ids(await db.collection("items").orderBy("n").offset(2).get())).toEqual(["i0", "i1", "i2", "i3"]);
    expect(ids(await db.collection("items").orderBy("n").startAfter(1).get())).toEqual([
      "i0",
      "i1",
      "i2",
      "i3",
    ]);
  });

  it("does not search subcollections with collectionGroup", async () => {
    await db.doc("items/i0/parts/p1").set({ n: 1 });
    expect(ids(await db.collectionGroup("parts").get())).toEqual([]);
  });

  it("ignores FieldValue.delete() and select()", async () => {
    await db.doc("items/i0").update({ note: FieldValue.delete() });
    expect((await db.doc("items/i0").get()).data()).toEqual({ n: 0, note: "n0" });
    expect((await db.collection("items").select("n").limit(1).get()).docs[0]!.data()).toEqual({
      n: 0,
      note: "n0",
    });
  });

  it("has no BulkWriter and no listCollections", async () => {
    const writer = db.bulkWriter();
    const written = writer.set(db.doc("items/bulk"), { n: 9 }).then(
      () => "written",
      (error: { code?: number }) => error.code,
    );
    await writer.close();
    expect(await written).toBe(2); // UNKNOWN: BatchWrite is not implemented
    await expect(db.listCollections()).rejects.toMatchObject({ code: 2 });
  });

  it("does not isolate transactions: a write between read and commit is silently lost", async () => {
    let attempts = 0;
    await db.runTransaction(async (transaction) => {
      attempts++;
      const read = (await transaction.get(db.doc("items/i1"))).get("n") as number;
      await db.doc("items/i1").update({ n: 100 }); // Firestore would abort and retry the transaction
      transaction.update(db.doc("items/i1"), { n: read + 10 });
    });
    expect(attempts).toBe(1);
    expect((await db.doc("items/i1").get()).get("n")).toBe(11);
  });

  it("ignores update-time preconditions: an update on a stale read goes through", async () => {
    const read = await db.doc("items/i2").get();
    await db.doc("items/i2").update({ n: 20 });
    await db.doc("items/i2").update({ n: 21 }, { lastUpdateTime: read.updateTime! }); // Firestore: FAILED_PRECONDITION
    expect((await db.doc("items/i2").get()).get("n")).toBe(21);
  });

  it("does not roll a batch back: writes before a failed precondition stay", async () => {
    const batch = db.batch();
    batch.set(db.doc("items/new"), { n: 5 });
    batch.create(db.doc("items/i0"), { n: 0 });
    await expect(batch.commit()).rejects.toMatchObject({ code: 6 });
    expect((await db.doc("items/new").get()).exists).toBe(true); // Firestore would have written nothing
  });
});

describe("the data layer does not rely on any of it", () => {
  it("keeps a merged map field of each writer: two registrations' fields both stay", async () => {
    await Promise.all(
      ["a", "b", "c"].map((key) => db.doc("items/state").set({ known: { [key]: { key } } }, { merge: true })),
    );
    expect(Object.keys((await db.doc("items/state").get()).get("known") as object).sort()).toEqual([
      "a",
      "b",
      "c",
    ]);
  });

  it("puts the create() precondition first, so a refused batch writes nothing even here", async () => {
    const { services } = await import("../../functions/src/services.ts");
    const store = services().store;
    const stored = (numerator: number): StoredReport => ({
      code: "odin",
      month: "2026-11",
      revision: 1,
      contentHash: String(numerator).repeat(64).slice(0, 64),
      receivedAt: "2026-11-30T09:00:00.000Z",
      report: reportFixture("odin", "2026-11", { K1: [numerator, 10] }),
    });
    expect(await store.saveReport(stored(1))).toBe("created");
    const before = JSON.stringify(ctx.emulator.documents());
    expect(await store.saveReport(stored(2))).toBe("conflict");
    expect(JSON.stringify(ctx.emulator.documents())).toBe(before);
  });

  it("uses no transaction, update-time precondition, cursor, offset, collection group, field delete, select, BulkWriter, listCollections or dotted query", async () => {
    const dir = join(import.meta.dirname, "../../functions/src");
    const forbidden = [
      /runTransaction/u,
      /lastUpdateTime/u,
      /\.offset\(/u,
      /\.(startAt|startAfter|endAt|endBefore)\(/u,
      /collectionGroup/u,
      /FieldValue\.delete/u,
      /\.select\(/u,
      /bulkWriter/iu,
      /listCollections/u,
      /\.where\(\s*["'`][^"'`]*\./u,
      /\.orderBy\(/u,
    ];
    const files = (await readdir(dir)).filter((name) => name.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(10);
    for (const name of files) {
      const source = await readFile(join(dir, name), "utf8");
      const code = source.replace(/^\s*(\/\/|\*|\/\*\*).*$/gmu, "");
      for (const pattern of forbidden) expect(pattern.test(code), `${name}: ${pattern}`).toBe(false);
    }
  });
});
