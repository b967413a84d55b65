// The PostgreSQL store on a throwaway server: the same store contract as Firestore's, and its versioned migrations.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MailDoc } from "../../../functions/src/documents.ts";
import { migrate, MIGRATIONS, SchemaTooNewError } from "../../../node/region/migrations.ts";
import { PgStore } from "../../../node/region/pgStore.ts";
import { startPostgres, type Postgres } from "../../helpers/postgres.ts";
import { runStoreContract, type BackingStore, type Kind } from "../../functions/storeContract.ts";

let server: Postgres;
let pool: pg.Pool;
let store: PgStore;

beforeAll(async () => {
  // What takeSnapshot reads from the environment (in Cloud Functions: the params of the same names).
  process.env.REGION_ID = "test-region";
  process.env.REGION_NAME = "Тестовая область";
  process.env.REPORT_RECIPIENTS = "svod@cnppm.example.ru, minobr@region.example.ru";
  server = await startPostgres();
  pool = new pg.Pool({ connectionString: await server.createDatabase("contract") });
  await migrate(pool);
  store = new PgStore(pool);
});
afterAll(async () => {
  await pool?.end();
  await server?.stop();
});

const TABLE: Record<Kind, string> = {
  municipalities: "municipalities",
  retiredKeys: "retired_keys",
  reportRevisions: "report_revisions",
  reports: "report_heads",
  snapshots: "snapshots",
  mail: "mail",
};
const TABLES = [
  "municipalities",
  "retired_keys",
  "report_revisions",
  "report_heads",
  "snapshots",
  "snapshot_pointers",
  "mail",
];

const db: BackingStore = {
  async count(kind) {
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM ${TABLE[kind]}`);
    return rows[0].n as number;
  },
  async dump() {
    const parts = [];
    for (const table of TABLES) parts.push((await pool.query(`SELECT * FROM ${table} ORDER BY 1, 2`)).rows);
    return JSON.stringify(parts);
  },
  async putRawReport(code, month, revision, document) {
    await pool.query(
      "INSERT INTO report_revisions (code, month, revision, document) VALUES ($1, $2, $3, $4)",
      [code, month, revision, JSON.stringify(document)],
    );
    await pool.query(
      `INSERT INTO report_heads (code, month, revision) VALUES ($1, $2, $3)
       ON CONFLICT (code, month) DO UPDATE SET revision = excluded.revision`,
      [code, month, revision],
    );
  },
  async mail(month, revision) {
    const { rows } = await pool.query("SELECT document FROM mail WHERE month = $1 AND revision = $2", [
      month,
      revision,
    ]);
    return rows[0] && MailDoc.parse(rows[0].document);
  },
  async clear() {
    await pool.query(`TRUNCATE ${TABLES.join(", ")}`);
  },
};

runStoreContract("PostgreSQL", () => ({ store, db }));

describe("migrations", () => {
  it("are applied once, recorded with their versions, and a second start applies nothing", async () => {
    expect(await migrate(pool)).toEqual([]);
    const { rows } = await pool.query("SELECT version FROM schema_migrations ORDER BY version");
    expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it("from two servers starting at once on an empty database: each applied once", async () => {
    const fresh = new pg.Pool({ connectionString: await server.createDatabase("twostarts") });
    try {
      const applied = await Promise.all([migrate(fresh), migrate(fresh)]);
      expect(applied.flat()).toEqual(MIGRATIONS.map((m) => m.version));
    } finally {
      await fresh.end();
    }
  });

  it("refuse a database a newer version has migrated, before writing anything", async () => {
    const newer = [
      ...MIGRATIONS,
      { version: 99, name: "from the future", sql: "CREATE TABLE future (x int)" },
    ];
    const fresh = new pg.Pool({ connectionString: await server.createDatabase("newer") });
    try {
      await migrate(fresh, newer);
      await expect(migrate(fresh)).rejects.toBeInstanceOf(SchemaTooNewError);
    } finally {
      await fresh.end();
    }
  });
});
