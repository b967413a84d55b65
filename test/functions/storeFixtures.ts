// What the store contract runs on: the direct view of a store's backing data, and the documents it writes.
import type { MailDoc, StoredReport } from "../../functions/src/documents.ts";
import { hashKey } from "../../functions/src/keys.ts";
import type { Store } from "../../functions/src/store.ts";
import { reportFixture } from "../shared/report/fixtures.ts";

export type Kind = "municipalities" | "retiredKeys" | "reportRevisions" | "reports" | "snapshots" | "mail";

/** Direct access to what a store keeps underneath (Firestore documents, PostgreSQL rows). */
export interface BackingStore {
  count(kind: Kind): Promise<number>;
  /** Everything stored, as one string: equal before and after means nothing was written. */
  dump(): Promise<string>;
  /** A revision made the head as an earlier version of the server wrote it, with no schema check. */
  putRawReport(code: string, month: string, revision: number, document: unknown): Promise<void>;
  mail(month: string, revision: number): Promise<MailDoc | undefined>;
  clear(): Promise<void>;
}

export interface StoreUnderTest {
  readonly store: Store;
  readonly db: BackingStore;
}

export const MONTH = "2026-11";
export const NOW = new Date("2026-12-01T03:00:05Z");
export const REGISTERED = new Date("2026-11-01T09:00:00Z");

export const municipalityDoc = (code: string, key = `${code}.key`) => ({
  code,
  name: `Округ ${code}`,
  keyHash: hashKey(key),
  registeredAt: "2026-11-01T09:00:00.000Z",
  keyIssuedAt: "2026-11-01T09:00:00.000Z",
});

export const stored = (code: string, revision: number, numerator = revision): StoredReport => ({
  code,
  month: MONTH,
  revision,
  contentHash: String(numerator % 10).repeat(64),
  receivedAt: "2026-11-30T09:00:00.000Z",
  report: reportFixture(code, MONTH, { K1: [numerator, 1000] }),
});
