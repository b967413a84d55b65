// Registering municipalities: the key is shown once and only its hash is stored; re-keying is explicit.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hashKey, keyCode, keyMatches } from "../../functions/src/keys.ts";
import { registerMunicipality, RegistryError } from "../../functions/src/registry.ts";
import type { Store } from "../../functions/src/store.ts";
import { startFunctionsContext, type FunctionsContext } from "./setup.ts";

let ctx: FunctionsContext;
let store: Store;

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
    expect((await store.regionState())!.municipalities).toEqual([
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
    expect(state.municipalities.map((m) => m.code)).toEqual(["kras", "ruza"]);
    expect(state.snapshots.m2026_11?.revision).toBe(1);
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
