// Snapshots under races and failures: the stored workbook always agrees with its snapshot; bounded admin months.
import ExcelJS from "exceljs";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SnapshotDoc } from "../../functions/src/documents.ts";
import type { Services } from "../../functions/src/services.ts";
import type { takeSnapshot as TakeSnapshot } from "../../functions/src/snapshot.ts";
import { reportFixture } from "../shared/report/fixtures.ts";
import { databaseDump, postJson, register } from "./fixtures.ts";
import { REGIONAL_KEY } from "./setup.ts";
import { useServedFunctions } from "./served.ts";

const ctx = useServedFunctions();
let keys: Record<string, string>;
let services: Services;
let takeSnapshot: typeof TakeSnapshot;

beforeAll(async () => {
  services = (await import("../../functions/src/services.ts")).services();
  takeSnapshot = (await import("../../functions/src/snapshot.ts")).takeSnapshot;
});
beforeEach(async () => {
  ctx.reset();
  keys = await register([
    ["odin", "Одинцовский городской округ"],
    ["kras", "Красногорск"],
  ]);
  expect((await postJson(ctx.urls.submitReport, reportFixture("odin"), keys.odin)).status).toBe(201);
  ctx.clock.now = new Date("2026-12-01T03:00:05Z");
});

const snapshots = () =>
  ctx.emulator
    .documents()
    .filter((d) => d.path.startsWith("snapshots/"))
    .map((d) => d.data as SnapshotDoc);

/** «редакция N» and «N из M» (who reported) as the stored workbook's «Сводка» says them. */
async function reportedInWorkbook(path: string): Promise<string> {
  const file = ctx.storage.files.get(path);
  expect(file, `no file at ${path}`).toBeDefined();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file!.bytes) as never);
  const caption: string[] = [];
  workbook.getWorksheet("Сводка")!.eachRow((row) => caption.push(String(row.getCell(1).value)));
  const text = caption.slice(0, 2).join(" ");
  return `${/редакция \d+/u.exec(text)?.[0]}, ${/\d+ из \d+/u.exec(text)?.[0]}`;
}

/** Every snapshot document has its own file in Storage, and the file says what the snapshot says. */
async function expectFilesAgree() {
  const all = snapshots();
  expect(all.length).toBeGreaterThan(0);
  for (const { workbookPath, revision, report } of all) {
    const total = report.municipalities.length + report.missing.length;
    expect(await reportedInWorkbook(workbookPath)).toBe(
      `редакция ${revision}, ${report.municipalities.length} из ${total}`,
    );
  }
}

describe("two snapshot runs at once", () => {
  it("a slow run cannot leave its workbook over the winner's (the first save is held until the other run is done)", async () => {
    const save = ctx.storage.save;
    let arrived!: () => void;
    let release!: () => void;
    const firstSaveArrived = new Promise<void>((resolve) => (arrived = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    let saves = 0;
    ctx.storage.save = async (...args) => {
      if (++saves === 1) {
        arrived();
        await released;
      }
      return save(...args);
    };
    try {
      const slow = takeSnapshot(services, "2026-11", "schedule"); // sees odin only: «1 из 2»
      await firstSaveArrived;
      expect((await postJson(ctx.urls.submitReport, reportFixture("kras"), keys.kras)).status).toBe(201);
      const fast = await takeSnapshot(services, "2026-11", "admin"); // sees both: «2 из 2»
      release();
      await slow;
      expect(fast.status).toBe("created");
    } finally {
      ctx.storage.save = save;
    }
    await expectFilesAgree();
    const latest = snapshots().at(-1)!;
    expect(await reportedInWorkbook(latest.workbookPath)).toMatch(/, 2 из 2$/u);
    // And a later run has nothing to repair: the month is unchanged and every file already agrees.
    expect((await takeSnapshot(services, "2026-11", "admin")).status).toBe("unchanged");
    await expectFilesAgree();
  });

  it("a run that stopped between its commit and its save: the next run writes the file from the snapshot", async () => {
    const save = ctx.storage.save;
    ctx.storage.save = async () => {
      throw new Error("instance stopped");
    };
    try {
      await expect(takeSnapshot(services, "2026-11", "schedule")).rejects.toThrow("instance stopped");
    } finally {
      ctx.storage.save = save;
    }
    expect(ctx.storage.files.size).toBe(0);
    const dump = databaseDump(ctx.emulator);
    expect((await takeSnapshot(services, "2026-11", "schedule")).status).toBe("unchanged");
    expect(databaseDump(ctx.emulator)).toBe(dump);
    await expectFilesAgree();
  });
});

describe("refreshSnapshot", () => {
  it("refuses a month before the first registration, and writes or mails nothing", async () => {
    const before = databaseDump(ctx.emulator);
    for (const month of ["1900-01", "2026-10"]) {
      const answer = await postJson(ctx.urls.refreshSnapshot, { month }, REGIONAL_KEY);
      expect(answer.status).toBe(400);
      expect(answer.json.message).toContain("2026-11");
    }
    expect(databaseDump(ctx.emulator)).toBe(before);
    expect(ctx.storage.files.size).toBe(0);
    expect((await postJson(ctx.urls.refreshSnapshot, { month: "2026-11" }, REGIONAL_KEY)).status).toBe(201);
  });
});
