// The stored documents of the regional server: their zod schemas (every read goes through one), Firestore's
// collections and deterministic ids (the PostgreSQL store keeps the same documents in tables of its own).
import * as z from "zod";
import { MunicipalityRef, RegionReport } from "../../shared/report/aggregate.ts";
import { Month, MunicipalReport, WorkbookCode } from "../../shared/report/municipalReport.ts";

export const COLLECTIONS = {
  municipalities: "municipalities",
  region: "region",
  reports: "reports",
  reportRevisions: "reportRevisions",
  snapshots: "snapshots",
  snapshotMunicipalities: "snapshotMunicipalities",
  mail: "mail",
  retiredKeys: "retiredKeys",
} as const;

/** The one region document: known municipalities and the latest snapshot revision of each month. */
export const REGION_STATE_ID = "state";

const pad = (revision: number) => String(revision).padStart(3, "0");
export const reportId = (code: string, month: string) => `${code}_${month}`;
export const reportRevisionId = (code: string, month: string, revision: number) =>
  `${code}_${month}_r${pad(revision)}`;
export const snapshotId = (month: string, revision: number) => `${month}_r${pad(revision)}`;
/**
 * A municipality's figures in a snapshot: `snapshotMunicipalities/{month}_rNNN_{key}_{code}`, `key` telling apart
 * the figures of different contents (snapshotLayout.ts: figuresKey); layout 2 wrote `{month}_rNNN_{code}`.
 */
export const snapshotMunicipalityId = (month: string, revision: number, code: string, key?: string) =>
  key === undefined
    ? `${snapshotId(month, revision)}_${code}`
    : `${snapshotId(month, revision)}_${key}_${code}`;
/** Key of a month in the region document's map: a plain identifier, so field paths need no quoting. */
export const monthKey = (month: string) => `m${month.replace("-", "_")}`;
/** Key of a municipality in the region document's map: its code's UTF-8 in hex (a Cyrillic code needs no quoting). */
export const municipalityKey = (code: string) => `c${Buffer.from(code, "utf8").toString("hex")}`;

const Instant = z.iso.datetime();
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/u);

/**
 * `municipalities/{code}`: who may send reports; only the key's hash is kept. Codes are read as every version wrote
 * them (registration checks today's rule, MunicipalityCode, before it writes).
 */
export const MunicipalityDoc = z.object({
  code: WorkbookCode,
  name: z.string(),
  keyHash: Sha256,
  registeredAt: Instant,
  keyIssuedAt: Instant,
});
export type MunicipalityDoc = z.infer<typeof MunicipalityDoc>;

/**
 * `retiredKeys/{hash of the replaced key}`: written by a rotation in the same batch as the new key, with
 * `create()`, so of two rotations from the same key exactly one succeeds.
 */
export const RetiredKeyDoc = z.object({ code: WorkbookCode, retiredAt: Instant });
export type RetiredKeyDoc = z.infer<typeof RetiredKeyDoc>;

/** `reports/{code}_{month}` (the current revision) and `reportRevisions/{code}_{month}_rNNN` (history). */
export const StoredReport = z.object({
  code: WorkbookCode,
  month: Month,
  revision: z.number().int().min(1),
  contentHash: Sha256,
  receivedAt: Instant,
  report: MunicipalReport,
});
export type StoredReport = z.infer<typeof StoredReport>;

export const SnapshotPointer = z.object({
  revision: z.number().int().min(1),
  fingerprint: Sha256,
  takenAt: Instant,
});
export type SnapshotPointer = z.infer<typeof SnapshotPointer>;

export const RegisteredMunicipality = z.object({ ...MunicipalityRef.shape, registeredAt: Instant });
export type RegisteredMunicipality = z.infer<typeof RegisteredMunicipality>;

/**
 * `region/state`: the registered municipalities by `municipalityKey` (each registration merges its own field,
 * so two at once keep both) and each month's latest snapshot by `monthKey`.
 */
export const RegionState = z.object({
  municipalities: z.record(z.string(), RegisteredMunicipality).default({}),
  snapshots: z.record(z.string(), SnapshotPointer).default({}),
});
export type RegionState = z.infer<typeof RegionState>;

/** The municipalities expected to report, by code. */
export const knownMunicipalities = (state: RegionState): MunicipalityRef[] =>
  Object.values(state.municipalities)
    .map(({ code, name }) => ({ code, name }))
    .sort((a, b) => a.code.localeCompare(b.code));

/** When the first municipality was registered (ISO instant), if any. */
export const firstRegistration = (state: RegionState): string | undefined =>
  Object.values(state.municipalities)
    .map((m) => m.registeredAt)
    .sort()[0];

/** A frozen month, never changed once created; how each store lays it out is its own (see snapshotLayout.ts). */
export const SnapshotDoc = z.object({
  month: Month,
  revision: z.number().int().min(1),
  takenAt: Instant,
  fingerprint: Sha256,
  trigger: z.enum(["schedule", "admin"]),
  regionId: z.string(),
  regionName: z.string(),
  workbookPath: z.string(),
  report: RegionReport,
  /** Reports left out because their stored document no longer matches the schema (written by an earlier version). */
  unreadable: z.array(z.object({ code: z.string(), path: z.string() })).optional(),
});
export type SnapshotDoc = z.infer<typeof SnapshotDoc>;

/** `mail/{month}_rNNN`, in the Trigger Email extension's format. */
export const MailDoc = z.object({
  to: z.array(z.string()),
  message: z.object({
    subject: z.string(),
    html: z.string(),
    attachments: z.array(
      z.object({ filename: z.string(), content: z.string(), encoding: z.literal("base64") }),
    ),
  }),
});
export type MailDoc = z.infer<typeof MailDoc>;
