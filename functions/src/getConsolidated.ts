// `getConsolidated` (HTTPS GET, regional key): a month's snapshot as JSON, or its workbook with ?format=xlsx.
import { onRequest } from "firebase-functions/v2/https";
import { consolidateJson } from "../../shared/report/aggregate.ts";
import { MONTH } from "../../shared/report/municipalReport.ts";
import { REGIONAL_KEY_SHA256, regionalKeyHash, HTTP_OPTIONS } from "./config.ts";
import { monthKey } from "./documents.ts";
import {
  guarded,
  admitRegional,
  queryString,
  replyError,
  replyJson,
  type HttpRequest,
  type HttpResponse,
} from "./http.ts";
import { workbookFileName } from "./mail.ts";
import { services, type Services } from "./services.ts";
import { snapshotWorkbook } from "./snapshot.ts";
import { XLSX_TYPE } from "./storage.ts";
import { texts } from "./texts.ts";

/**
 * ?month=YYYY-MM (required), &revision=N (default: the latest), &format=xlsx. The JSON has the snapshot's
 * facts, the `consolidate` document of spec §7 and the full region report the add-on renders as tables.
 */
export async function handleGetConsolidated(
  req: HttpRequest,
  res: HttpResponse,
  deps: Services = services(),
): Promise<void> {
  await guarded(res, async () => {
    if (!admitRegional(req, res, "GET", regionalKeyHash())) return;
    const month = queryString(req, "month");
    if (!month || !MONTH.test(month))
      return replyError(res, 400, { error: "month", message: texts.badMonth });
    const revisionText = queryString(req, "revision");
    const requested = revisionText === undefined ? undefined : Number(revisionText);
    if (requested !== undefined && !(Number.isInteger(requested) && requested >= 1))
      return replyError(res, 400, { error: "revision", message: texts.badRevision });
    const latest = (await deps.store.regionState())?.snapshots[monthKey(month)];
    if (!latest) return replyError(res, 404, { error: "no-snapshot", message: texts.noSnapshot(month) });
    const revision = requested ?? latest.revision;
    const snapshot = await deps.store.snapshot(month, revision);
    if (!snapshot)
      return replyError(res, 404, { error: "no-revision", message: texts.noRevision(month, revision) });
    if (queryString(req, "format") === "xlsx") {
      const bytes = await snapshotWorkbook(snapshot);
      res
        .status(200)
        .set("Content-Type", XLSX_TYPE)
        .set("Content-Disposition", `attachment; filename="${workbookFileName(month, revision)}"`)
        .send(bytes);
      return;
    }
    replyJson(res, 200, {
      month,
      revision: snapshot.revision,
      latestRevision: latest.revision,
      takenAt: snapshot.takenAt,
      regionName: snapshot.regionName,
      workbookPath: snapshot.workbookPath,
      consolidated: consolidateJson(snapshot.report),
      report: snapshot.report,
    });
  });
}

export const getConsolidated = onRequest({ ...HTTP_OPTIONS, secrets: [REGIONAL_KEY_SHA256] }, (req, res) =>
  handleGetConsolidated(req, res),
);
