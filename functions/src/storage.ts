// Where consolidated workbooks are kept: a tiny interface, Cloud Storage in production, anything else in tests.
import { getStorage } from "firebase-admin/storage";
import { readConfig } from "./config.ts";

export interface ReportStorage {
  save(path: string, bytes: Uint8Array, contentType: string): Promise<void>;
  exists(path: string): Promise<boolean>;
  /** Where the workbooks are, as the region's letter says it («в Cloud Storage»); that by default. */
  readonly place?: string;
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The project's Cloud Storage bucket (or REPORTS_BUCKET); resolved at first use, inside a handler. */
function bucket() {
  const bucketName = readConfig().bucket;
  return bucketName ? getStorage().bucket(bucketName) : getStorage().bucket();
}

export function cloudStorage(): ReportStorage {
  return {
    place: "в Cloud Storage",
    async save(path, bytes, contentType) {
      await bucket().file(path).save(Buffer.from(bytes), { contentType, resumable: false });
    },
    async exists(path) {
      const [exists] = await bucket().file(path).exists();
      return exists;
    },
  };
}
