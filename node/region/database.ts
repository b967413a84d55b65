// Opens the region's PostgreSQL database: a pool, the migrations applied, the store on it; failures as coded errors.
import pg from "pg";
import { migrate, SchemaTooNewError } from "./migrations.ts";
import { PgStore } from "./pgStore.ts";

export type DatabaseProblem = "UNREACHABLE" | "AUTH" | "NO_DATABASE" | "SCHEMA_TOO_NEW" | "FAILED";

/** Why the database could not be opened; `target` is the address without its password. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly problem: DatabaseProblem,
    readonly target: string,
    readonly detail: string,
    readonly schema?: { readonly found: number; readonly known: number },
  ) {
    super(`${problem}: ${target}: ${detail}`);
  }
}

export interface RegionDatabase {
  readonly pool: pg.Pool;
  readonly store: PgStore;
  /** Migrations this start applied. */
  readonly migrated: readonly number[];
  close(): Promise<void>;
}

/** The address as it may be shown: user, host, port and database, never the password. */
export function shownAddress(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = "";
    return parsed.toString();
  } catch {
    return "(адрес не разобран)";
  }
}

/** PostgreSQL's SQLSTATE or Node's network code, as one of ours. */
function problemOf(error: unknown): DatabaseProblem {
  if (error instanceof SchemaTooNewError) return "SCHEMA_TOO_NEW";
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "28P01" || code === "28000") return "AUTH";
  if (code === "3D000") return "NO_DATABASE";
  if (
    ["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT", "EAI_AGAIN", "ECONNRESET"].includes(
      String(code),
    )
  )
    return "UNREACHABLE";
  return "FAILED";
}

export async function openDatabase(url: string): Promise<RegionDatabase> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    application_name: "marshrut",
    connectionTimeoutMillis: 10_000,
  });
  // An idle connection the server closed (a restart of PostgreSQL) is replaced by the pool; it must not end the process.
  pool.on("error", () => undefined);
  try {
    const migrated = await migrate(pool);
    return { pool, store: new PgStore(pool), migrated, close: () => pool.end() };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseOpenError(
      problemOf(error),
      shownAddress(url),
      error instanceof Error ? error.message : String(error),
    );
  }
}
