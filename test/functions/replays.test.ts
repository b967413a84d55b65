// Replays, corrections and the region's clock over HTTP: a moment not newer than the accepted one is a 409, the same
// request again a 200, a future date a 400, and a month holds at most MAX_REVISIONS revisions.
import { beforeEach, describe, expect, it } from "vitest";
import { figuresHash, MAX_REVISIONS } from "../../functions/src/reports.ts";
import { services } from "../../functions/src/services.ts";
import { buildMunicipalReport, type MunicipalReport } from "../../shared/report/municipalReport.ts";
import { kpiReportFixture, type Figures } from "../shared/report/fixtures.ts";
import { databaseDump, idsOf, postJson, register } from "./fixtures.ts";
import { useServedFunctions } from "./served.ts";

const ctx = useServedFunctions();
let keys: Record<string, string>;

beforeEach(async () => {
  ctx.reset("2026-11-30T18:00:00Z");
  keys = await register([["odin", "Одинцовский городской округ"]]);
});

const send = (body: unknown) => postJson(ctx.urls.submitReport, body, keys.odin);
const report = (reportDate: string, figures: Figures, generatedAt?: string): MunicipalReport =>
  buildMunicipalReport(
    "odin",
    "Одинцово",
    reportDate.slice(0, 7),
    kpiReportFixture(reportDate, figures),
    undefined,
    generatedAt,
  );
const k1 = () =>
  (ctx.emulator.documents().find((d) => d.path === "reports/odin_2026-11")!.data.report as MunicipalReport)
    .kpis[0]!.numerator;

describe("a replay of the same day", () => {
  it("the morning's request after the evening's correction is a 409 naming both moments; the month keeps the evening's", async () => {
    const morning = report("2026-11-30", { K1: [5, 10] }, "2026-11-30T06:00:00.000Z");
    const evening = report("2026-11-30", { K1: [9, 10] }, "2026-11-30T15:30:00.250Z");
    expect((await send(morning)).status).toBe(201);
    expect((await send(evening)).json).toMatchObject({ status: "accepted", revision: 2 });
    const before = databaseDump(ctx.emulator);
    const replay = await send(morning);
    expect(replay.status).toBe(409);
    expect(replay.json).toMatchObject({
      error: "older",
      revision: 2,
      generatedAt: "2026-11-30T06:00:00.000Z",
      headGeneratedAt: "2026-11-30T15:30:00.250Z",
    });
    expect(replay.json.message).toContain("30.11.2026 09:00:00,000 (МСК)");
    expect(replay.json.message).toContain("30.11.2026 18:30:00,250 (МСК)");
    expect(databaseDump(ctx.emulator)).toBe(before);
    expect(k1()).toBe(9);
    expect(idsOf(ctx.emulator, "reportRevisions")).toEqual(["odin_2026-11_r001", "odin_2026-11_r002"]);
  });

  it("the same request again is an idempotent 200, and so are the same figures made again", async () => {
    const evening = report("2026-11-30", { K1: [9, 10] }, "2026-11-30T15:30:00.250Z");
    expect((await send(evening)).status).toBe(201);
    const dump = databaseDump(ctx.emulator);
    expect((await send(evening)).json).toMatchObject({ status: "unchanged", revision: 1 });
    const remade = report("2026-11-30", { K1: [9, 10] }, "2026-11-30T16:00:00.000Z");
    expect((await send(remade)).json).toMatchObject({ status: "unchanged", revision: 1 });
    expect(databaseDump(ctx.emulator)).toBe(dump);
  });

  it("a moment equal to the accepted one with other figures is not newer: 409", async () => {
    const moment = "2026-11-30T15:30:00.250Z";
    expect((await send(report("2026-11-30", { K1: [9, 10] }, moment))).status).toBe(201);
    expect((await send(report("2026-11-30", { K1: [8, 10] }, moment))).status).toBe(409);
  });

  it("without moments (an older add-on) the dates decide, as before: the same date is a correction", async () => {
    expect((await send(report("2026-11-30", { K1: [5, 10] }))).status).toBe(201);
    expect((await send(report("2026-11-30", { K1: [9, 10] }))).json).toMatchObject({ revision: 2 });
    expect((await send(report("2026-11-29", { K1: [1, 10] }))).json).toMatchObject({ error: "older" });
    // A report with a moment replacing a head without one: the dates decide too.
    expect((await send(report("2026-11-30", { K1: [7, 10] }, "2026-11-30T17:00:00.000Z"))).status).toBe(201);
  });
});

describe("the region's clock", () => {
  it("on 15.11 a report dated 30.11 is a 400 and does not lock out the honest report of 15.11", async () => {
    ctx.clock.now = new Date("2026-11-15T09:00:00Z");
    const early = await send(report("2026-11-30", { K1: [9, 10] }));
    expect(early.status).toBe(400);
    expect(JSON.stringify(early.json.issues)).toContain("дата отчёта 30.11.2026 ещё не наступила");
    expect((await send(report("2026-11-15", { K1: [5, 10] }))).status).toBe(201);
  });

  it("a month more than a year ago is a 400", async () => {
    const old = await send(
      buildMunicipalReport("odin", "Одинцово", "1990-01", kpiReportFixture("1990-01-31")),
    );
    expect(old.status).toBe(400);
    expect(JSON.stringify(old.json.issues)).toContain("больше чем на год раньше");
  });
});

describe("revisions of a month", () => {
  it(`are at most ${MAX_REVISIONS}: the next one is a 429 in Russian and writes nothing`, async () => {
    const head = report("2026-11-30", { K1: [5, 10] });
    // The 200th revision, as if 199 had come before it.
    await services().store.saveReport({
      code: "odin",
      month: "2026-11",
      revision: MAX_REVISIONS,
      contentHash: figuresHash(head),
      receivedAt: "2026-11-30T17:00:00.000Z",
      report: head,
    });
    const before = databaseDump(ctx.emulator);
    const answer = await send(report("2026-11-30", { K1: [6, 10] }));
    expect(answer.status).toBe(429);
    expect(answer.json).toMatchObject({ error: "too-many-revisions" });
    expect(answer.json.message).toContain(`уже принято ${MAX_REVISIONS} редакций`);
    expect(databaseDump(ctx.emulator)).toBe(before);
    // The same figures as the head are still the idempotent 200.
    expect((await send(head)).json).toMatchObject({ status: "unchanged", revision: MAX_REVISIONS });
  });
});
