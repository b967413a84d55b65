// The PostgreSQL schema of the self-hosted regional server as numbered migrations, applied at start in one
// transaction under an advisory lock (so two servers starting at once apply each migration once).
import type { Pool } from "pg";

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The documents are stored as JSON exactly as the handlers wrote them (their zod schemas, in functions/src/documents.ts,
 * are the one definition); the columns next to them are what the constraints and the month's query need. The primary
 * keys are the guarantees the Firestore store gets from `create()`: one revision per number, one registration per
 * code, one rotation per replaced key, one snapshot per month and revision.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "documents of the regional server",
    sql: `
      CREATE TABLE municipalities (
        code text PRIMARY KEY,
        document jsonb NOT NULL
      );
      CREATE TABLE retired_keys (
        key_hash text PRIMARY KEY,
        code text NOT NULL REFERENCES municipalities (code),
        document jsonb NOT NULL
      );
      CREATE TABLE report_revisions (
        code text NOT NULL REFERENCES municipalities (code),
        month text NOT NULL,
        revision integer NOT NULL CHECK (revision >= 1),
        document jsonb NOT NULL,
        PRIMARY KEY (code, month, revision)
      );
      CREATE TABLE report_heads (
        code text NOT NULL,
        month text NOT NULL,
        revision integer NOT NULL,
        PRIMARY KEY (code, month),
        FOREIGN KEY (code, month, revision) REFERENCES report_revisions (code, month, revision)
      );
      CREATE INDEX report_heads_by_month ON report_heads (month);
      CREATE TABLE snapshots (
        month text NOT NULL,
        revision integer NOT NULL CHECK (revision >= 1),
        document jsonb NOT NULL,
        PRIMARY KEY (month, revision)
      );
      CREATE TABLE snapshot_pointers (
        month text PRIMARY KEY,
        revision integer NOT NULL,
        document jsonb NOT NULL,
        FOREIGN KEY (month, revision) REFERENCES snapshots (month, revision)
      );
      CREATE TABLE mail (
        month text NOT NULL,
        revision integer NOT NULL,
        document jsonb NOT NULL,
        state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        claimed_at timestamptz,
        sent_at timestamptz,
        PRIMARY KEY (month, revision),
        FOREIGN KEY (month, revision) REFERENCES snapshots (month, revision)
      );`,
  },
];

/** Any 64-bit number the region's database uses for nothing else: the lock migrations take. */
const MIGRATION_LOCK = 7_316_752_001;

/** Thrown when the database was migrated by a newer version than this one: it must not write to it. */
export class SchemaTooNewError extends Error {
  readonly code = "SCHEMA_TOO_NEW";
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`SCHEMA_TOO_NEW: database schema ${found}, this version knows ${known}`);
  }
}

/** Applies the migrations the database lacks; returns their versions (empty when it is up to date). */
export async function migrate(pool: Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ version: number }>("SELECT version FROM schema_migrations");
    const applied = new Set(rows.map((row) => row.version));
    const latest = Math.max(0, ...migrations.map((m) => m.version));
    const newest = Math.max(0, ...applied);
    if (newest > latest) throw new SchemaTooNewError(newest, latest);
    const pending = migrations.filter((m) => !applied.has(m.version)).sort((a, b) => a.version - b.version);
    for (const migration of pending) {
      await client.query(migration.sql);
      await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
        migration.version,
        migration.name,
      ]);
    }
    await client.query("COMMIT");
    return pending.map((m) => m.version);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
