// Where consolidated workbooks are kept: a tiny interface, Cloud Storage in production, anything else in tests.
import { getStorage } from "firebase-admin/storage";
import { readConfig } from "./config.ts";

export interface ReportStorage {
  save(path: string, bytes: Uint8Array, contentType: string): Promise<void>;
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The project's Cloud Storage bucket (or REPORTS_BUCKET); resolved at the first save, inside a handler. */
export function cloudStorage(): ReportStorage {
  return {
    async save(path, bytes, contentType) {
      const bucketName = readConfig().bucket;
      const bucket = bucketName ? getStorage().bucket(bucketName) : getStorage().bucket();
      await bucket.file(path).save(Buffer.from(bytes), { contentType, resumable: false });
    },
  };
}
