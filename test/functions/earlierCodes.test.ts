// A municipality an earlier version registered under a code that does not start with a Latin letter: its key is now a
// 401, its stored report still counts in the month's snapshot, and it can register again under a Latin code.
import { beforeEach, describe, expect, it } from "vitest";
import type { SnapshotDoc } from "../../functions/src/documents.ts";
import { hashKey, issueMunicipalityKey } from "../../functions/src/keys.ts";
import { figuresHash } from "../../functions/src/reports.ts";
import { services } from "../../functions/src/services.ts";
import { reportFixture } from "../shared/report/fixtures.ts";
import { postJson, register } from "./fixtures.ts";
import { useServedFunctions } from "./served.ts";

const ctx = useServedFunctions();
const LEGACY = "Одн-1";
let legacyKey: string;

beforeEach(async () => {
  ctx.reset();
  // As an earlier version registered it and stored its report (no check of today's code rule on this path).
  const { store } = services();
  legacyKey = issueMunicipalityKey(LEGACY);
  const at = "2026-10-01T09:00:00.000Z";
  await store.saveMunicipality({
    code: LEGACY,
    name: "Одинцово-1",
    keyHash: hashKey(legacyKey),
    registeredAt: at,
    keyIssuedAt: at,
  });
  const report = reportFixture(LEGACY, "2026-11", { K1: [4, 10] });
  await store.saveReport({
    code: LEGACY,
    month: "2026-11",
    revision: 1,
    contentHash: figuresHash(report),
    receivedAt: "2026-11-30T08:00:00.000Z",
    report,
  });
});

describe("a code registered by an earlier version", () => {
  it("its key is a 401 without a read", async () => {
    const reads = ctx.emulator.counters.reads;
    const answer = await postJson(ctx.urls.submitReport, reportFixture(LEGACY), legacyKey);
    expect(answer.status).toBe(401);
    expect(ctx.emulator.counters.reads).toBe(reads);
  });

  it("its stored report still counts in the month's snapshot, next to a municipality registered today", async () => {
    const { odin } = await register([["odin", "Одинцово"]]);
    expect((await postJson(ctx.urls.submitReport, reportFixture("odin"), odin)).status).toBe(201);
    ctx.clock.now = new Date("2026-12-01T03:00:05Z");
    const { monthlySnapshot } = await import("../../functions/src/index.ts");
    await monthlySnapshot.run({ scheduleTime: "2026-12-01T03:00:00Z" } as never);
    const snapshot = ctx.emulator.documents().find((d) => d.path === "snapshots/2026-11_r001")!
      .data as SnapshotDoc;
    expect(snapshot.report.municipalities.map((m) => m.code).sort()).toEqual(["odin", LEGACY].sort());
  });

  it("registers again under a Latin code", async () => {
    const { "odn-1": key } = await register([["odn-1", "Одинцово-1"]]);
    expect((await postJson(ctx.urls.submitReport, reportFixture("odn-1"), key)).status).toBe(201);
  });
});
