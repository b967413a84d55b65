// Named log events of the functions (structured, for Cloud Logging).
import * as logger from "firebase-functions/logger";
import { StoredDataError } from "./store.ts";

export const logs = {
  reportSaved: (code: string, month: string, revision: number, status: string) =>
    logger.info("report saved", { code, month, revision, status }),
  reportRejected: (status: number, error: string, code?: string) =>
    logger.warn("report rejected", { status, error, code }),
  snapshot: (month: string, status: string, revision?: number) =>
    logger.info("snapshot", { month, status, revision }),
  noRecipients: (month: string) =>
    logger.warn("no REPORT_RECIPIENTS: the consolidated workbook is not mailed", { month }),
  storedDocumentSkipped: (document: string) =>
    logger.error("stored document does not match its schema: left out of the snapshot", { document }),
  regionalKeyNotConfigured: () => logger.error("REGIONAL_KEY_SHA256 is not set: regional calls are refused"),
  unexpected: (error: unknown) =>
    logger.error("unexpected failure", {
      error: error instanceof Error ? error.message : String(error),
      document: error instanceof StoredDataError ? error.path : undefined,
    }),
};
