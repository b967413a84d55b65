// The HTTP edge shared by the onRequest handlers: the request/response parts they use, JSON answers, body and key checks.
import type { IncomingHttpHeaders } from "node:http";
import { bearerToken, keyMatches } from "./keys.ts";
import { logs } from "./logs.ts";
import { StoredDataError } from "./store.ts";
import { texts } from "./texts.ts";

/** The parts of the Functions Framework's (express) request the handlers read. */
export interface HttpRequest {
  readonly method: string;
  readonly headers: IncomingHttpHeaders;
  /** The body exactly as received (the Functions Framework always sets it). */
  readonly rawBody?: Buffer;
  readonly body?: unknown;
  readonly query?: Record<string, unknown>;
}

/** The parts of express's response the handlers call. */
export interface HttpResponse {
  status(code: number): HttpResponse;
  set(field: string, value: string): HttpResponse;
  json(body: unknown): unknown;
  send(body: Uint8Array | string): unknown;
}

export interface ErrorBody {
  readonly error: string;
  readonly message: string;
  readonly issues?: readonly { path: string; message: string }[];
}

export function replyJson(res: HttpResponse, status: number, body: unknown): void {
  res.status(status).set("Cache-Control", "no-store").json(body);
}

export const replyError = (res: HttpResponse, status: number, body: ErrorBody) =>
  replyJson(res, status, body);

export function refuseMethod(res: HttpResponse, allowed: "GET" | "POST"): void {
  res.set("Allow", allowed);
  replyError(res, 405, { error: "method", message: texts.method(allowed) });
}

/** The body's bytes: rawBody when present, else the parsed body serialised again. */
export function bodyBytes(req: HttpRequest): Buffer {
  if (req.rawBody) return req.rawBody;
  if (req.body === undefined || req.body === null) return Buffer.alloc(0);
  return Buffer.from(typeof req.body === "string" ? req.body : JSON.stringify(req.body), "utf8");
}

export function parseJsonBody(bytes: Buffer): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(bytes.toString("utf8")) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Whether the request carries the regional key (whose hash is the REGIONAL_KEY_SHA256 secret). */
export function hasRegionalKey(req: HttpRequest, expectedHash: string): boolean {
  const key = bearerToken(req.headers.authorization);
  if (!expectedHash) {
    logs.regionalKeyNotConfigured();
    return false;
  }
  return key !== undefined && keyMatches(key, expectedHash);
}

/** The prologue of every regional call: the method (else 405) and the regional key (else 401); false = answered. */
export function admitRegional(
  req: HttpRequest,
  res: HttpResponse,
  method: "GET" | "POST",
  expectedHash: string,
): boolean {
  if (req.method !== method) {
    refuseMethod(res, method);
    return false;
  }
  if (!hasRegionalKey(req, expectedHash)) {
    replyError(res, 401, { error: "no-regional-key", message: texts.noRegionalKey });
    return false;
  }
  return true;
}

export const queryString = (req: HttpRequest, name: string): string | undefined => {
  const value = req.query?.[name];
  return typeof value === "string" ? value : undefined;
};

/** The last line of every handler: an unexpected failure becomes a JSON 500 with a Russian sentence. */
export async function guarded(res: HttpResponse, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    logs.unexpected(error);
    const corrupt = error instanceof StoredDataError;
    replyError(res, 500, { error: corrupt ? "stored-data" : "internal", message: texts.internal });
  }
}
