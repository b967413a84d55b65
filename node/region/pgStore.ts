// The store on PostgreSQL (pg): the documents as JSON, each write one transaction whose first INSERT is the
// precondition — a primary key taken by another transaction is a unique violation, answered «conflict».
import type { Pool, PoolClient } from "pg";
import type * as z from "zod";
import {
  MailDoc,
  MunicipalityDoc,
  municipalityKey,
  monthKey,
  RegionState,
  type RetiredKeyDoc,
  SnapshotDoc,
  SnapshotPointer,
  StoredReport,
} from "../../functions/src/documents.ts";
import {
  splitHeads,
  StoredDataError,
  type MonthReports,
  type Store,
  type UnreadableReport,
  type WriteOutcome,
} from "../../functions/src/store.ts";

/** SQLSTATE unique_violation: the row this transaction creates already exists. */
const UNIQUE_VIOLATION = "23505";
const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === UNIQUE_VIOLATION;

const json = (value: unknown) => JSON.stringify(value);

function parse<T>(schema: z.ZodType<T>, document: unknown, path: string): T {
  const parsed = schema.safeParse(document);
  if (!parsed.success) throw new StoredDataError(path, parsed.error);
  return parsed.data;
}

interface RevisionRow {
  readonly code: string;
  readonly month: string;
  readonly revision: number;
  readonly document: unknown;
}

const revisionPath = (row: Pick<RevisionRow, "code" | "month" | "revision">) =>
  `report_revisions/${row.code}/${row.month}/${row.revision}`;

/** A head, or — written by an earlier version under a looser schema — what is known of it (the row's columns). */
function parseHead(row: RevisionRow): StoredReport | UnreadableReport {
  const parsed = StoredReport.safeParse(row.document);
  if (parsed.success) return parsed.data;
  return {
    unreadable: true,
    path: revisionPath(row),
    code: row.code,
    month: row.month,
    revision: row.revision,
  };
}

const HEADS = `SELECT r.code, r.month, r.revision, r.document
  FROM report_heads h JOIN report_revisions r USING (code, month, revision)`;

export class PgStore implements Store {
  constructor(readonly pool: Pool) {}

  /** Runs `work` in one transaction; a unique violation rolls it all back and answers «conflict». */
  private async transaction(work: (client: PoolClient) => Promise<void>): Promise<WriteOutcome> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await work(client);
      await client.query("COMMIT");
      return "created";
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      if (isUniqueViolation(error)) return "conflict";
      throw error;
    } finally {
      client.release();
    }
  }

  async municipality(code: string): Promise<MunicipalityDoc | undefined> {
    const { rows } = await this.pool.query("SELECT document FROM municipalities WHERE code = $1", [code]);
    return rows[0] && parse(MunicipalityDoc, rows[0].document, `municipalities/${code}`);
  }

  saveMunicipality(municipality: MunicipalityDoc, replacedKeyHash?: string): Promise<WriteOutcome> {
    return this.transaction(async (client) => {
      if (replacedKeyHash === undefined) {
        await client.query("INSERT INTO municipalities (code, document) VALUES ($1, $2)", [
          municipality.code,
          json(municipality),
        ]);
        return;
      }
      const retired: RetiredKeyDoc = { code: municipality.code, retiredAt: municipality.keyIssuedAt };
      await client.query("INSERT INTO retired_keys (key_hash, code, document) VALUES ($1, $2, $3)", [
        replacedKeyHash,
        municipality.code,
        json(retired),
      ]);
      await client.query("UPDATE municipalities SET document = $2 WHERE code = $1", [
        municipality.code,
        json(municipality),
      ]);
    });
  }

  async reportHead(code: string, month: string): Promise<StoredReport | UnreadableReport | undefined> {
    const { rows } = await this.pool.query<RevisionRow>(`${HEADS} WHERE h.code = $1 AND h.month = $2`, [
      code,
      month,
    ]);
    return rows[0] && parseHead(rows[0]);
  }

  /** The revision (its primary key is the precondition) and the head, which never moves back. */
  saveReport(stored: StoredReport): Promise<WriteOutcome> {
    const { code, month, revision } = stored;
    return this.transaction(async (client) => {
      await client.query(
        "INSERT INTO report_revisions (code, month, revision, document) VALUES ($1, $2, $3, $4)",
        [code, month, revision, json(stored)],
      );
      await client.query(
        `INSERT INTO report_heads (code, month, revision) VALUES ($1, $2, $3)
         ON CONFLICT (code, month) DO UPDATE SET revision = excluded.revision
         WHERE report_heads.revision < excluded.revision`,
        [code, month, revision],
      );
    });
  }

  async monthReports(month: string): Promise<MonthReports> {
    const { rows } = await this.pool.query<RevisionRow>(`${HEADS} WHERE h.month = $1 ORDER BY h.code`, [
      month,
    ]);
    return splitHeads(rows.map((row) => parseHead(row)));
  }

  /** The same document the Firestore store keeps as `region/state`, from the registry and the month pointers. */
  async regionState(): Promise<RegionState | undefined> {
    const [municipalities, pointers] = await Promise.all([
      this.pool.query<{ code: string; document: unknown }>("SELECT code, document FROM municipalities"),
      this.pool.query<{ month: string; document: unknown }>("SELECT month, document FROM snapshot_pointers"),
    ]);
    if (municipalities.rows.length === 0 && pointers.rows.length === 0) return undefined;
    const state: RegionState = { municipalities: {}, snapshots: {} };
    for (const row of municipalities.rows) {
      const { code, name, registeredAt } = parse(MunicipalityDoc, row.document, `municipalities/${row.code}`);
      state.municipalities[municipalityKey(code)] = { code, name, registeredAt };
    }
    for (const row of pointers.rows)
      state.snapshots[monthKey(row.month)] = parse(
        SnapshotPointer,
        row.document,
        `snapshot_pointers/${row.month}`,
      );
    return parse(RegionState, state, "region state");
  }

  saveSnapshot(snapshot: SnapshotDoc, pointer: SnapshotPointer, mail?: MailDoc): Promise<WriteOutcome> {
    const { month, revision } = snapshot;
    return this.transaction(async (client) => {
      await client.query("INSERT INTO snapshots (month, revision, document) VALUES ($1, $2, $3)", [
        month,
        revision,
        json(snapshot),
      ]);
      await client.query(
        `INSERT INTO snapshot_pointers (month, revision, document) VALUES ($1, $2, $3)
         ON CONFLICT (month) DO UPDATE SET revision = excluded.revision, document = excluded.document
         WHERE snapshot_pointers.revision < excluded.revision`,
        [month, pointer.revision, json(pointer)],
      );
      if (mail)
        await client.query("INSERT INTO mail (month, revision, document) VALUES ($1, $2, $3)", [
          month,
          revision,
          json(MailDoc.parse(mail)),
        ]);
    });
  }

  async snapshot(month: string, revision: number): Promise<SnapshotDoc | undefined> {
    const { rows } = await this.pool.query(
      "SELECT document FROM snapshots WHERE month = $1 AND revision = $2",
      [month, revision],
    );
    return rows[0] && parse(SnapshotDoc, rows[0].document, `snapshots/${month}/${revision}`);
  }
}
