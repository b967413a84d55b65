// The regional server's HTTP face on node:http: the three Cloud Functions' paths, each body read within the shared
// limits (functions/src/bodyLimits.ts: no compression, 64 KB) before anything parses it, then the very handler the
// function runs, with the same answers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { readLimitedBody, refusalBody, type BodyRefusal } from "../../functions/src/bodyLimits.ts";
import { handleGetConsolidated } from "../../functions/src/getConsolidated.ts";
import { replyJson, type HttpRequest, type HttpResponse } from "../../functions/src/http.ts";
import { logs } from "../../functions/src/logs.ts";
import { handleRefreshSnapshot } from "../../functions/src/refreshSnapshot.ts";
import type { Services } from "../../functions/src/services.ts";
import { handleSubmitReport } from "../../functions/src/submitReport.ts";
import { texts } from "../../functions/src/texts.ts";
import { toHttpRequest, toHttpResponse } from "./httpAdapter.ts";

type Handler = (req: HttpRequest, res: HttpResponse, deps: Services) => Promise<void>;

const ROUTES: Readonly<Record<string, Handler>> = {
  "/submitReport": handleSubmitReport,
  "/refreshSnapshot": handleRefreshSnapshot,
  "/getConsolidated": handleGetConsolidated,
};

export interface ServerHooks {
  /** Called after each /refreshSnapshot answer (a snapshot may have queued a letter). */
  readonly afterRefresh?: () => void;
}

/** A body refused before it was parsed: the same answer submitReport gives, and the connection closed. */
function refuseBody(res: ServerResponse, refusal: BodyRefusal): void {
  logs.reportRejected(refusal.status, refusal.error);
  res.setHeader("Connection", "close");
  replyJson(toHttpResponse(res), refusal.status, refusalBody(refusal));
}

async function serveRequest(req: IncomingMessage, res: ServerResponse, deps: Services, hooks: ServerHooks) {
  const url = new URL(req.url ?? "/", "http://localhost");
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/u, "") : url.pathname;
  const handler = Object.hasOwn(ROUTES, path) ? ROUTES[path] : undefined;
  if (!handler) {
    req.resume();
    return replyJson(toHttpResponse(res), 404, {
      error: "not-found",
      message: `Адреса «${path}» нет. Сервер региона отвечает на /submitReport, /refreshSnapshot и /getConsolidated.`,
    });
  }
  const body = await readLimitedBody(req);
  if (!body.ok) return refuseBody(res, body.refusal);
  await handler(toHttpRequest(req, url, body.bytes), toHttpResponse(res), deps);
  if (path === "/refreshSnapshot") hooks.afterRefresh?.();
}

/**
 * The server, not yet listening. A request has 30 s from its first byte to its last (a client that trickles its
 * body holds a connection no longer than that); the handlers' own failures are already JSON 500s.
 */
export function createRegionServer(deps: Services, hooks: ServerHooks = {}): Server {
  const server = createServer((req, res) => {
    serveRequest(req, res, deps, hooks).catch((error: unknown) => {
      logs.unexpected(error);
      if (!res.headersSent)
        replyJson(toHttpResponse(res), 500, { error: "internal", message: texts.internal });
      else res.destroy();
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return server;
}
