// monthlySnapshot through `.run(event)` and refreshSnapshot over HTTP: frozen months, missing municipalities, revisions.
import ExcelJS from "exceljs";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SnapshotDoc } from "../../functions/src/documents.ts";
import type { MunicipalReport } from "../../shared/report/municipalReport.ts";
import { reportFixture } from "../shared/report/fixtures.ts";
import { databaseDump, idsOf, postJson, register } from "./fixtures.ts";
import { REGIONAL_KEY } from "./setup.ts";
import { useServedFunctions } from "./served.ts";

const ctx = useServedFunctions();
let keys: Record<string, string>;
let runSnapshot: (event: { scheduleTime: string }) => Promise<unknown>;

const DECEMBER_FIRST = { scheduleTime: "2026-12-01T03:00:00Z" }; // 06:00 in Moscow

beforeAll(async () => {
  const functions = await import("../../functions/src/index.ts");
  runSnapshot = async (event) => functions.monthlySnapshot.run(event as never);
});

const reports: Record<string, MunicipalReport> = {
  odin: reportFixture("odin", "2026-11", { K1: [30, 100], K6: [2, 40] }, 3),
  kras: reportFixture("kras", "2026-11", { K1: [10, 20], K6: [1, 15] }, 5),
  ruza: reportFixture("ruza", "2026-11", { K1: [50, 60], K6: [4, 30] }, 2),
};

beforeEach(async () => {
  ctx.reset();
  keys = await register([
    ["odin", "Одинцовский городской округ"],
    ["kras", "Красногорск"],
    ["ruza", "Рузский округ"],
  ]);
  for (const code of ["odin", "kras"])
    expect((await postJson(ctx.urls.submitReport, reports[code], keys[code])).status).toBe(201);
  ctx.clock.now = new Date("2026-12-01T03:00:05Z");
});

const documentData = (path: string) => ctx.emulator.documents().find((d) => d.path === path)?.data;
const snapshotDoc = (id: string) => documentData(`snapshots/${id}`) as SnapshotDoc | undefined;

async function openWorkbook(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe("monthlySnapshot", () => {
  it("freezes the previous Moscow month: who reported and when, who is missing, region = sums", async () => {
    const reads = ctx.emulator.counters.reads;
    await runSnapshot(DECEMBER_FIRST);
    expect(ctx.emulator.counters.reads - reads).toBe(1 + 2); // the region document + one per report
    expect(idsOf(ctx.emulator, "snapshots")).toEqual(["2026-11_r001"]);
    const snapshot = snapshotDoc("2026-11_r001")!;
    expect(snapshot).toMatchObject({
      month: "2026-11",
      revision: 1,
      trigger: "schedule",
      regionId: "test-region",
    });
    expect(snapshot.report.missing).toEqual([{ code: "ruza", name: "Рузский округ" }]);
    expect(snapshot.report.municipalities.map((m) => [m.code, m.receivedAt, m.revision])).toEqual([
      ["kras", "2026-11-30T09:00:00.000Z", 1],
      ["odin", "2026-11-30T09:00:00.000Z", 1],
    ]);
    for (const kpi of snapshot.report.region.kpis) {
      const parts = [reports.odin!, reports.kras!].map((r) => r.kpis.find((k) => k.id === kpi.id)!);
      expect(kpi.numerator).toBe(parts[0]!.numerator + parts[1]!.numerator);
      expect(kpi.denominator).toBe(parts[0]!.denominator + parts[1]!.denominator);
    }
    const k1 = snapshot.report.region.kpis.find((k) => k.id === "K1")!;
    expect(k1).toMatchObject({ numerator: 40, denominator: 120 });
    expect(k1.value).toBeCloseTo(1 / 3);
    expect(snapshot.report.region.kpis.find((k) => k.id === "K6")).toMatchObject({ numerator: 3, value: 3 });
  });

  it("saves the workbook to reports/{region}/{month}/svod-{month}.xlsx and queues a mail with it", async () => {
    await runSnapshot(DECEMBER_FIRST);
    const file = ctx.storage.files.get("reports/test-region/2026-11/svod-2026-11.xlsx")!;
    expect(file.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = await openWorkbook(file.bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "Сводка",
      "Муниципалитеты",
      "Динамика",
      "Дефициты",
      "Качество данных",
    ]);
    const rows: unknown[][] = [];
    workbook.getWorksheet("Сводка")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]![0]).toBe(
      "Тестовая область: свод по муниципалитетам за ноябрь 2026, редакция 1 от 01.12.2026 06:00 (МСК)",
    );
    expect(rows.find((row) => row[0] === "K1")!.slice(2, 5)).toEqual([40, 120, 33.3]);
    const municipalities: unknown[][] = [];
    workbook
      .getWorksheet("Муниципалитеты")!
      .eachRow((row) => municipalities.push((row.values as unknown[]).slice(1)));
    expect(municipalities.find((row) => row[0] === "ruza")).toContain("нет данных");
    expect(municipalities.find((row) => row[0] === "odin")![3]).toBe(30);

    const mail = documentData("mail/2026-11_r001") as {
      to: string[];
      message: { subject: string; html: string; attachments: { filename: string; content: string }[] };
    };
    expect(mail.to).toEqual(["svod@cnppm.example.ru", "minobr@region.example.ru"]);
    expect(mail.message.subject).toBe("Тестовая область: свод по муниципалитетам за ноябрь 2026");
    expect(mail.message.html).toContain("Нет данных от: Рузский округ.");
    expect(mail.message.attachments[0]!.filename).toBe("svod-2026-11.xlsx");
    const attached = await openWorkbook(Buffer.from(mail.message.attachments[0]!.content, "base64"));
    expect(attached.worksheets).toHaveLength(5);
  });

  it("a re-run with nothing new writes nothing", async () => {
    await runSnapshot(DECEMBER_FIRST);
    const dump = databaseDump(ctx.emulator);
    const writes = ctx.emulator.counters.writes;
    await runSnapshot(DECEMBER_FIRST);
    expect(ctx.emulator.counters.writes).toBe(writes);
    expect(databaseDump(ctx.emulator)).toBe(dump);
  });

  it("a late report makes revision 2 on the next run; revision 1 stays as it was", async () => {
    await runSnapshot(DECEMBER_FIRST);
    const first = JSON.stringify(snapshotDoc("2026-11_r001"));
    ctx.clock.now = new Date("2026-12-05T08:00:00Z");
    expect((await postJson(ctx.urls.submitReport, reports.ruza, keys.ruza)).status).toBe(201);
    await runSnapshot(DECEMBER_FIRST);
    expect(idsOf(ctx.emulator, "snapshots")).toEqual(["2026-11_r001", "2026-11_r002"]);
    expect(JSON.stringify(snapshotDoc("2026-11_r001"))).toBe(first);
    const second = snapshotDoc("2026-11_r002")!;
    expect(second.report.missing).toEqual([]);
    expect(second.report.municipalities.find((m) => m.code === "ruza")!.receivedAt).toBe(
      "2026-12-05T08:00:00.000Z",
    );
    expect(second.report.region.kpis.find((k) => k.id === "K1")).toMatchObject({
      numerator: 90,
      denominator: 180,
    });
    const state = documentData("region/state") as { snapshots: Record<string, { revision: number }> };
    expect(state.snapshots.m2026_11!.revision).toBe(2);
    expect((documentData("mail/2026-11_r002") as { message: { subject: string } }).message.subject).toContain(
      "(редакция 2)",
    );
  });

  it("does nothing when no municipality is registered", async () => {
    ctx.emulator.clear();
    const { handleMonthlySnapshot } = await import("../../functions/src/monthlySnapshot.ts");
    await expect(handleMonthlySnapshot(DECEMBER_FIRST)).resolves.toEqual({
      status: "no-municipalities",
      month: "2026-11",
    });
    await runSnapshot(DECEMBER_FIRST);
    expect(ctx.emulator.documents()).toEqual([]);
    expect(ctx.storage.files.size).toBe(0);
  });
});

describe("refreshSnapshot (admin call)", () => {
  const call = (body: unknown, key?: string) => postJson(ctx.urls.refreshSnapshot, body, key);

  it("needs the regional key and a month that has ended", async () => {
    const before = databaseDump(ctx.emulator);
    expect((await call({ month: "2026-11" })).status).toBe(401);
    expect((await call({ month: "2026-11" }, keys.odin)).status).toBe(401);
    expect((await call({ month: "2026-12" }, REGIONAL_KEY)).status).toBe(400);
    expect((await call({ month: "ноябрь" }, REGIONAL_KEY)).status).toBe(400);
    expect(databaseDump(ctx.emulator)).toBe(before);
  });

  it("creates the next revision after a corrected report, and answers «unchanged» otherwise", async () => {
    const created = await call({ month: "2026-11" }, REGIONAL_KEY);
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: "created", revision: 1, missing: ["ruza"] });
    const same = await call({ month: "2026-11" }, REGIONAL_KEY);
    expect(same.status).toBe(200);
    expect(same.json).toMatchObject({ status: "unchanged", revision: 1 });
    const corrected = reportFixture("kras", "2026-11", { K1: [12, 20] }, 5);
    expect((await postJson(ctx.urls.submitReport, corrected, keys.kras)).json).toMatchObject({ revision: 2 });
    const revised = await call({ month: "2026-11" }, REGIONAL_KEY);
    expect(revised.json).toMatchObject({ status: "created", revision: 2 });
    expect(snapshotDoc("2026-11_r002")!.trigger).toBe("admin");
    expect(snapshotDoc("2026-11_r002")!.report.municipalities.find((m) => m.code === "kras")!.revision).toBe(
      2,
    );
  });
});
