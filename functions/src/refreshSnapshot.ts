// `refreshSnapshot` (HTTPS POST, regional key): the admin call that re-takes a month after late reports → revision N+1.
import { onRequest } from "firebase-functions/v2/https";
import { MONTH } from "../../shared/report/municipalReport.ts";
import { REGIONAL_KEY_SHA256, regionalKeyHash, HTTP_OPTIONS } from "./config.ts";
import {
  bodyBytes,
  guarded,
  admitRegional,
  parseJsonBody,
  queryString,
  replyError,
  replyJson,
  type HttpRequest,
  type HttpResponse,
} from "./http.ts";
import { moscowMonth } from "./calendar.ts";
import { services, type Services } from "./services.ts";
import { takeSnapshot } from "./snapshot.ts";
import { texts } from "./texts.ts";

function requestedMonth(req: HttpRequest): string | undefined {
  const fromQuery = queryString(req, "month");
  if (fromQuery) return fromQuery;
  const body = parseJsonBody(bodyBytes(req));
  const month = body.ok ? (body.value as { month?: unknown } | null)?.month : undefined;
  return typeof month === "string" ? month : undefined;
}

export async function handleRefreshSnapshot(
  req: HttpRequest,
  res: HttpResponse,
  deps: Services = services(),
): Promise<void> {
  await guarded(res, async () => {
    if (!admitRegional(req, res, "POST", regionalKeyHash())) return;
    const month = requestedMonth(req);
    if (!month || !MONTH.test(month) || month >= moscowMonth(deps.now()))
      return replyError(res, 400, { error: "month", message: texts.badMonth });
    const outcome = await takeSnapshot(deps, month, "admin");
    switch (outcome.status) {
      case "created":
        return replyJson(res, 201, { ...outcome, message: texts.snapshotCreated(month, outcome.revision) });
      case "unchanged":
        return replyJson(res, 200, { ...outcome, message: texts.snapshotUnchanged(month, outcome.revision) });
      case "before-registration":
        return replyError(res, 400, {
          error: outcome.status,
          message: texts.beforeRegistration(month, outcome.since),
        });
      case "no-municipalities":
        return replyError(res, 409, { error: outcome.status, message: texts.noMunicipalities });
      case "busy":
        return replyError(res, 409, { error: outcome.status, message: texts.busy });
    }
  });
}

export const refreshSnapshot = onRequest({ ...HTTP_OPTIONS, secrets: [REGIONAL_KEY_SHA256] }, (req, res) =>
  handleRefreshSnapshot(req, res),
);
