// getConsolidated over real HTTP: the regional key, a month's snapshot as JSON (any revision) or as the workbook.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportFixture } from "../shared/report/fixtures.ts";
import { postJson, register } from "./fixtures.ts";
import { serve, type Served } from "../../node/firebase/serveHandler.ts";
import { REGIONAL_KEY, startFunctionsContext, type FunctionsContext } from "./setup.ts";
import { SVOD_SHEETS } from "../helpers/svodSheets.ts";

let ctx: FunctionsContext;
let get: Served;
let keys: Record<string, string>;

beforeAll(async () => {
  ctx = await startFunctionsContext();
  const functions = await import("../../functions/src/index.ts");
  const submit = await serve(functions.submitReport);
  get = await serve(functions.getConsolidated);
  keys = await register([
    ["odin", "Одинцовский городской округ"],
    ["kras", "Красногорск"],
  ]);
  await postJson(submit.url, reportFixture("odin", "2026-11", { K1: [6, 10] }), keys.odin);
  ctx.clock.now = new Date("2026-12-01T03:00:00Z");
  await functions.monthlySnapshot.run({ scheduleTime: "2026-12-01T03:00:00Z" } as never);
  ctx.clock.now = new Date("2026-12-04T10:00:00Z");
  await postJson(submit.url, reportFixture("kras", "2026-11", { K1: [2, 10] }), keys.kras);
  await functions.monthlySnapshot.run({ scheduleTime: "2026-12-01T03:00:00Z" } as never);
  await submit.close();
});
afterAll(async () => {
  await get.close();
  ctx.emulator.stop();
});

const fetchConsolidated = (query: string, key: string | null = REGIONAL_KEY, method = "GET") =>
  fetch(`${get.url}/?${query}`, { method, headers: key ? { Authorization: `Bearer ${key}` } : {} });

describe("getConsolidated", () => {
  it("refuses without the regional key (a municipality's key is not enough), other methods and bad months", async () => {
    expect((await fetchConsolidated("month=2026-11", null)).status).toBe(401);
    expect((await fetchConsolidated("month=2026-11", keys.odin!)).status).toBe(401);
    expect((await fetchConsolidated("month=2026-11", REGIONAL_KEY, "POST")).status).toBe(405);
    expect((await fetchConsolidated("month=11.2026")).status).toBe(400);
    expect((await fetchConsolidated("month=2026-11&revision=0")).status).toBe(400);
    const none = await fetchConsolidated("month=2026-10");
    expect(none.status).toBe(404);
    expect(((await none.json()) as { message: string }).message).toContain("октябрь 2026");
    expect((await fetchConsolidated("month=2026-11&revision=7")).status).toBe(404);
  });

  it("answers the latest revision as JSON with the §7 document and the full report", async () => {
    const response = await fetchConsolidated("month=2026-11");
    expect(response.status).toBe(200);
    const json = (await response.json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(json).toMatchObject({
      month: "2026-11",
      revision: 2,
      latestRevision: 2,
      regionName: "Тестовая область",
    });
    expect(json.consolidated.missing).toEqual([]);
    expect(json.consolidated.region.kpis[0]).toMatchObject({
      id: "K1",
      numerator: 8,
      denominator: 20,
      value: 0.4,
    });
    expect(json.consolidated.municipalities.map((m: { code: string }) => m.code)).toEqual(["kras", "odin"]);
    expect(json.report.municipalities).toHaveLength(2);
  });

  it("answers an earlier revision as it was frozen", async () => {
    const json = (await (await fetchConsolidated("month=2026-11&revision=1")).json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(json).toMatchObject({ revision: 1, latestRevision: 2 });
    expect(json.consolidated.missing).toEqual(["kras"]);
    expect(json.consolidated.region.kpis[0]).toMatchObject({ numerator: 6, denominator: 10 });
  });

  it("answers the workbook with ?format=xlsx", async () => {
    const response = await fetchConsolidated("month=2026-11&format=xlsx");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    expect(response.headers.get("content-disposition")).toContain("svod-2026-11-r2.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(SVOD_SHEETS);
    let k1: unknown[] = [];
    workbook.getWorksheet("Сводка")!.eachRow((row) => {
      if (row.getCell(1).value === "K1") k1 = (row.values as unknown[]).slice(1);
    });
    expect(k1.slice(2, 5)).toEqual([8, 20, 40]);
  });
});
