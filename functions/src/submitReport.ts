// `submitReport` (HTTPS POST JSON): a municipality's monthly report from the add-on, authenticated by its key.
import { onRequest } from "firebase-functions/v2/https";
import { checkMunicipalReport } from "../../shared/report/checkReport.ts";
import { bodyRefusal, refusalBody } from "./bodyLimits.ts";
import { HTTP_OPTIONS } from "./config.ts";
import {
  bodyBytes,
  guarded,
  parseJsonBody,
  refuseMethod,
  replyError,
  replyJson,
  type HttpRequest,
  type HttpResponse,
} from "./http.ts";
import { bearerToken, keyCode, keyMatches } from "./keys.ts";
import { logs } from "./logs.ts";
import { acceptReport, MAX_REVISIONS } from "./reports.ts";
import { services, type Services } from "./services.ts";
import { texts } from "./texts.ts";

/**
 * 405 → 415 (compressed) / 413 (over 64 KB) → 401 → 400 → 403, each a JSON answer that writes nothing; then 201 (a
 * new revision), 200 (the same figures again), 409 (older than the accepted report: made earlier, or — without
 * generation moments — dated earlier; or concurrent submissions kept colliding) or 429 (MAX_REVISIONS this month).
 * The stored report has the server's indicator titles and recomputed values (see checkMunicipalReport).
 */
export async function handleSubmitReport(
  req: HttpRequest,
  res: HttpResponse,
  deps: Services = services(),
): Promise<void> {
  await guarded(res, async () => {
    if (req.method !== "POST") return refuseMethod(res, "POST");
    const bytes = bodyBytes(req);
    const refusal = bodyRefusal(req.headers, bytes.length);
    if (refusal) {
      logs.reportRejected(refusal.status, refusal.error);
      return replyError(res, refusal.status, refusalBody(refusal));
    }
    const key = bearerToken(req.headers.authorization);
    if (!key) return replyError(res, 401, { error: "no-key", message: texts.noKey });
    const code = keyCode(key);
    const municipality = code === undefined ? undefined : await deps.store.municipality(code);
    if (!municipality || !keyMatches(key, municipality.keyHash)) {
      logs.reportRejected(401, "bad-key");
      return replyError(res, 401, { error: "bad-key", message: texts.badKey });
    }
    const body = parseJsonBody(bytes);
    if (!body.ok) return replyError(res, 400, { error: "not-json", message: texts.notJson });
    const checked = checkMunicipalReport(body.value, { now: deps.now() });
    if (!checked.ok) {
      logs.reportRejected(400, "invalid", municipality.code);
      return replyError(res, 400, {
        error: "invalid",
        message: texts.invalid(checked.total),
        issues: checked.issues,
      });
    }
    const report = checked.report;
    if (report.code !== municipality.code) {
      logs.reportRejected(403, "other-municipality", municipality.code);
      return replyError(res, 403, {
        error: "other-municipality",
        message: texts.otherMunicipality(municipality.code, report.code),
      });
    }
    const outcome = await acceptReport(deps.store, report, deps.now());
    if (outcome.status === "busy") return replyError(res, 409, { error: "busy", message: texts.busy });
    if (outcome.status === "older") {
      logs.reportRejected(409, "older", report.code);
      const { moments } = outcome;
      return replyJson(res, 409, {
        error: "older",
        message: moments
          ? texts.olderMoment(report.month, moments.report, moments.head, outcome.revision)
          : texts.older(report.month, report.reportDate, outcome.headReportDate, outcome.revision),
        revision: outcome.revision,
        ...(moments ? { generatedAt: moments.report, headGeneratedAt: moments.head } : {}),
      });
    }
    if (outcome.status === "too-many") {
      logs.reportRejected(429, "too-many-revisions", report.code);
      return replyError(res, 429, {
        error: "too-many-revisions",
        message: texts.tooManyRevisions(report.month, MAX_REVISIONS),
      });
    }
    logs.reportSaved(report.code, report.month, outcome.revision, outcome.status);
    const accepted = outcome.status === "accepted";
    replyJson(res, accepted ? 201 : 200, {
      status: outcome.status,
      code: report.code,
      month: report.month,
      revision: outcome.revision,
      message: accepted
        ? texts.accepted(report.month, outcome.revision)
        : texts.unchanged(report.month, outcome.revision),
    });
  });
}

export const submitReport = onRequest(HTTP_OPTIONS, (req, res) => handleSubmitReport(req, res));
