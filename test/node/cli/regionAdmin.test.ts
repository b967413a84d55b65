// `marshrut region snapshot` in-process on a throwaway PostgreSQL: the region state it chooses its trigger from is
// the one the snapshot is taken from, read once per run.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { registerMunicipality } from "../../../functions/src/registry.ts";
import { texts } from "../../../functions/src/texts.ts";
import { openDatabase, type RegionDatabase } from "../../../node/region/database.ts";
import { PgStore } from "../../../node/region/pgStore.ts";
import { runCli, tempDir } from "../../helpers/cli.ts";
import { startPostgres, type Postgres } from "../../helpers/postgres.ts";

/** 06:00 in Moscow on 1 December: cron's run, which takes November. */
const NOW = new Date("2026-12-01T03:00:00Z");
const SETTINGS = ["DATABASE_URL", "REGION_ID", "REGION_NAME", "MARSHRUT_DATA_DIR", "REPORT_RECIPIENTS"];

let postgres: Postgres;
let database: RegionDatabase;
const saved = Object.fromEntries(SETTINGS.map((name) => [name, process.env[name]]));

beforeAll(async () => {
  postgres = await startPostgres();
  const url = await postgres.createDatabase("admin");
  Object.assign(process.env, {
    DATABASE_URL: url,
    REGION_ID: "test-region",
    REGION_NAME: "Тестовая область",
    MARSHRUT_DATA_DIR: await tempDir(),
    REPORT_RECIPIENTS: "",
  });
  database = await openDatabase(url);
});
afterAll(async () => {
  for (const [name, value] of Object.entries(saved))
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  await database?.close();
  await postgres?.stop();
});
beforeEach(async () => {
  await database.pool.query(
    "TRUNCATE municipalities, retired_keys, report_revisions, report_heads, snapshots, snapshot_pointers, mail",
  );
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Runs `region snapshot` and counts its reads of the region state. */
async function snapshot() {
  const reads = vi.spyOn(PgStore.prototype, "regionState");
  const result = await runCli(["region", "snapshot"]);
  return { ...result, reads: reads.mock.calls.length };
}

describe("marshrut region snapshot", () => {
  it("takes the month just ended, reading the region state once", async () => {
    await registerMunicipality(database.store, {
      code: "odin",
      name: "Одинцово",
      now: new Date("2026-11-02T09:00:00Z"),
    });
    const run = await snapshot();
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining("Отчитались 0 из 1") });
    expect(run.reads).toBe(1);
  });

  it("refuses a month before the first registration as an admin's would be, reading the region state once", async () => {
    await registerMunicipality(database.store, { code: "odin", name: "Одинцово", now: NOW });
    const run = await snapshot();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(texts.beforeRegistration("2026-11", "2026-12"));
    expect(run.reads).toBe(1);
    expect((await database.pool.query("SELECT count(*)::int AS n FROM snapshots")).rows[0].n).toBe(0);
  });
});
