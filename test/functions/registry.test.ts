// Registering municipalities: the key is shown once and only its hash is stored; re-keying is explicit.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { knownMunicipalities } from "../../functions/src/documents.ts";
import { hashKey, keyCode, keyMatches } from "../../functions/src/keys.ts";
import { registerMunicipality, RegistryError } from "../../functions/src/registry.ts";
import type { FirestoreStore } from "../../functions/src/firestoreStore.ts";
import { startFunctionsContext, type FunctionsContext } from "./setup.ts";

let ctx: FunctionsContext;
let store: FirestoreStore;

beforeAll(async () => {
  ctx = await startFunctionsContext();
  store = (await import("../../functions/src/services.ts")).services().store;
});
afterAll(() => ctx.emulator.stop());
beforeEach(() => ctx.emulator.clear());

describe("registerMunicipality", () => {
  it("issues a key of the form <code>.<random>, stores its hash and nothing else of it", async () => {
    const { key, rotated } = await registerMunicipality(store, {
      code: "odin",
      name: "Одинцовский городской округ",
    });
    expect(rotated).toBe(false);
    expect(keyCode(key)).toBe("odin");
    expect(key.length).toBeGreaterThan(30);
    const stored = await store.municipality("odin");
    expect(stored).toMatchObject({
      code: "odin",
      name: "Одинцовский городской округ",
      keyHash: hashKey(key),
    });
    expect(keyMatches(key, stored!.keyHash)).toBe(true);
    const secret = key.split(".")[1]!;
    expect(JSON.stringify(ctx.emulator.documents())).not.toContain(secret);
    expect(knownMunicipalities((await store.regionState())!)).toEqual([
      { code: "odin", name: "Одинцовский городской округ" },
    ]);
  });

  it("refuses a second registration unless asked to rotate; rotating retires the old key", async () => {
    const first = await registerMunicipality(store, { code: "odin", name: "Одинцово" });
    await expect(registerMunicipality(store, { code: "odin", name: "Одинцово" })).rejects.toMatchObject({
      code: "EXISTS",
      message: expect.stringContaining("--rotate"),
    });
    const second = await registerMunicipality(store, { code: "odin", name: "Одинцово", rotate: true });
    expect(second.rotated).toBe(true);
    const stored = (await store.municipality("odin"))!;
    expect(keyMatches(second.key, stored.keyHash)).toBe(true);
    expect(keyMatches(first.key, stored.keyHash)).toBe(false);
  });

  it("keeps the region list sorted and leaves the snapshot pointers alone", async () => {
    await registerMunicipality(store, { code: "ruza", name: "Руза" });
    await store.db.doc("region/state").update({
      "snapshots.m2026_11": { revision: 1, fingerprint: "a".repeat(64), takenAt: "2026-12-01T03:00:00.000Z" },
    });
    await registerMunicipality(store, { code: "kras", name: "Красногорск" });
    const state = (await store.regionState())!;
    expect(knownMunicipalities(state).map((m) => m.code)).toEqual(["kras", "ruza"]);
    expect(state.snapshots.m2026_11?.revision).toBe(1);
  });

  it.each([
    ["into an empty registry", []],
    ["next to one already registered", ["ruza"]],
  ])(
    "registering several municipalities at once %s keeps every one in the region list",
    async (_case, first) => {
      for (const code of first) await registerMunicipality(store, { code, name: `Округ ${code}` });
      const codes = ["odin", "kras", "serp", "odn-Одн"];
      await Promise.all(codes.map((code) => registerMunicipality(store, { code, name: `Округ ${code}` })));
      const state = (await store.regionState())!;
      expect(knownMunicipalities(state).map((m) => m.code)).toEqual(
        [...first, ...codes].sort((a, b) => a.localeCompare(b)),
      );
    },
  );

  it("two rotations at once: exactly one key works, the other caller is told its key was not stored", async () => {
    await registerMunicipality(store, { code: "odin", name: "Одинцово" });
    const runs = await Promise.allSettled(
      [1, 2, 3].map(() => registerMunicipality(store, { code: "odin", name: "Одинцово", rotate: true })),
    );
    const issued = runs.flatMap((run) => (run.status === "fulfilled" ? [run.value.key] : []));
    const refused = runs.flatMap((run) => (run.status === "rejected" ? [run.reason as RegistryError] : []));
    expect(issued).toHaveLength(1);
    expect(refused.map((error) => error.code)).toEqual(["CONCURRENT", "CONCURRENT"]);
    expect(refused[0]!.message).toContain("не сохранён");
    expect(keyMatches(issued[0]!, (await store.municipality("odin"))!.keyHash)).toBe(true);
  });

  it("two first registrations of one code at once: one key, the other caller is told", async () => {
    const runs = await Promise.allSettled(
      [1, 2].map(() => registerMunicipality(store, { code: "odin", name: "Одинцово" })),
    );
    const issued = runs.flatMap((run) => (run.status === "fulfilled" ? [run.value.key] : []));
    expect(issued).toHaveLength(1);
    expect(runs.find((run) => run.status === "rejected")).toMatchObject({
      reason: { code: expect.stringMatching(/^(CONCURRENT|EXISTS)$/u) },
    });
    expect(keyMatches(issued[0]!, (await store.municipality("odin"))!.keyHash)).toBe(true);
  });

  it("refuses to rotate the key of a municipality that is not registered", async () => {
    await expect(
      registerMunicipality(store, { code: "odin", name: "Х", rotate: true }),
    ).rejects.toMatchObject({
      code: "NOT_REGISTERED",
    });
    expect(ctx.emulator.documents()).toEqual([]);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","x")', "формулу"],
    ["\t=1+1", "формулу"],
    ["+7", "формулу"],
    ["-Округ", "формулу"],
    ["@округ", "формулу"],
    ["Руза\nОдинцово", "U+000A"],
    ["Руза\u202EОдинцово", "U+202E"],
  ])("refuses a name a spreadsheet or a reader would misread: %j", async (name, because) => {
    await expect(registerMunicipality(store, { code: "odin", name })).rejects.toMatchObject({
      code: "BAD_NAME",
      message: expect.stringContaining(because),
    });
    expect(ctx.emulator.documents()).toEqual([]);
  });

  it("refuses a code that cannot be a key prefix or document id, and an empty name", async () => {
    for (const code of ["od.in", "od in", "", "a/b"])
      await expect(registerMunicipality(store, { code, name: "Х" })).rejects.toBeInstanceOf(RegistryError);
    await expect(registerMunicipality(store, { code: "ok", name: "  " })).rejects.toMatchObject({
      code: "BAD_NAME",
    });
    expect(ctx.emulator.documents()).toEqual([]);
  });
});
