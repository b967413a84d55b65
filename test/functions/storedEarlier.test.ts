// A report head stored by an earlier version under a looser schema (a count of 2 000 000 from before «≤ 1 000 000»)
// costs neither the region its month nor the municipality its next report.
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { reportFixture } from "../shared/report/fixtures.ts";
import { postJson, register } from "./fixtures.ts";
import { REGIONAL_KEY } from "./setup.ts";
import { useServedFunctions } from "./served.ts";

const ctx = useServedFunctions();
let keys: Record<string, string>;

beforeEach(async () => {
  ctx.reset();
  keys = await register([
    ["odin", "Одинцовский городской округ"],
    ["kras", "Красногорск"],
  ]);
  expect((await postJson(ctx.urls.submitReport, reportFixture("kras"), keys.kras)).status).toBe(201);
  const { services } = await import("../../functions/src/services.ts");
  const db = services().store.db;
  const report = reportFixture("odin");
  const earlier = {
    code: "odin",
    month: "2026-11",
    revision: 1,
    contentHash: "a".repeat(64),
    receivedAt: "2026-11-20T09:00:00.000Z",
    report: { ...report, kpis: report.kpis.map((kpi) => ({ ...kpi, denominator: 2_000_000 })) },
  };
  await db.doc("reportRevisions/odin_2026-11_r001").set(earlier);
  await db.doc("reports/odin_2026-11").set(earlier);
});

describe("a head an earlier version stored under a looser schema", () => {
  it("is left out of the snapshot and named; the rest of the region gets its month", async () => {
    ctx.clock.now = new Date("2026-12-01T03:00:05Z");
    const refresh = await postJson(ctx.urls.refreshSnapshot, { month: "2026-11" }, REGIONAL_KEY);
    expect(refresh.status).toBe(201);
    expect(refresh.json).toMatchObject({ reported: ["kras"], missing: ["odin"], unreadable: ["odin"] });
    const read = await fetch(`${ctx.urls.getConsolidated}?month=2026-11`, {
      headers: { Authorization: `Bearer ${REGIONAL_KEY}` },
    });
    expect(read.status).toBe(200);
    const body = (await read.json()) as { consolidated: { missing: string[] } };
    expect(body.consolidated.missing).toEqual(["odin"]);
    const xlsx = await fetch(`${ctx.urls.getConsolidated}?month=2026-11&format=xlsx`, {
      headers: { Authorization: `Bearer ${REGIONAL_KEY}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const rows: string[] = [];
    workbook
      .getWorksheet("Качество данных")!
      .eachRow((row) => rows.push((row.values as unknown[]).slice(1).join(" | ")));
    expect(rows.find((row) => row.startsWith("odin |"))).toContain("не прочитан");
    expect(rows.join("\n")).toContain("Не прочитаны отчёты, сохранённые прежней версией сервера");
  });

  it("is replaced by the municipality's next report, which the next snapshot counts", async () => {
    const next = await postJson(
      ctx.urls.submitReport,
      reportFixture("odin", "2026-11", { K1: [3, 9] }),
      keys.odin,
    );
    expect(next.status).toBe(201);
    expect(next.json.revision).toBe(2);
    ctx.clock.now = new Date("2026-12-01T03:00:05Z");
    const refresh = await postJson(ctx.urls.refreshSnapshot, { month: "2026-11" }, REGIONAL_KEY);
    expect(refresh.json).toMatchObject({ status: "created", reported: ["kras", "odin"], missing: [] });
    expect(refresh.json.unreadable).toBeUndefined();
  });
});
