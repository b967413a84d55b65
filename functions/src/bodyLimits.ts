// Limits of a request body every regional server keeps before it reads a key or parses JSON: no compression, at most
// MAX_REPORT_BYTES. Pure checks for the Cloud Functions handlers, a bounded reader for a server that reads bodies itself.
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import { texts } from "./texts.ts";

/** Largest accepted report body; a real report is about 6 KB (REPORT_BYTES_BUDGET keeps it under 60 KB). */
export const MAX_REPORT_BYTES = 64 * 1024;

/** Why a body is refused, with the HTTP status to answer; the edge words it (texts.ts). */
export type BodyRefusal =
  | { readonly status: 413; readonly error: "too-large"; readonly limit: number }
  | { readonly status: 415; readonly error: "compressed"; readonly encoding: string };

/** The JSON answer to a refused body, the same from every server: its error code and the Russian sentence. */
export function refusalBody(refusal: BodyRefusal): {
  readonly error: BodyRefusal["error"];
  readonly message: string;
} {
  const message = refusal.status === 415 ? texts.compressed(refusal.encoding) : texts.tooLarge(refusal.limit);
  return { error: refusal.error, message };
}

/**
 * The body's Content-Encoding, lower-cased ("identity" when none). A compressed body is never accepted: 24 KB of
 * gzip inflate to 24 MiB of JSON (≈ 450 MiB of memory once parsed) before anyone could look at its size.
 */
function contentEncoding(headers: IncomingHttpHeaders): string {
  const value = headers["content-encoding"];
  const text = (Array.isArray(value) ? value.join(",") : (value ?? "")).trim().toLowerCase();
  return text === "" ? "identity" : text;
}

/** What the headers alone refuse: a compressed body, or a declared length over `limit`. */
export function headerRefusal(
  headers: IncomingHttpHeaders,
  limit = MAX_REPORT_BYTES,
): BodyRefusal | undefined {
  const encoding = contentEncoding(headers);
  if (encoding !== "identity") return { status: 415, error: "compressed", encoding };
  const declared = Number(headers["content-length"] ?? 0);
  return declared > limit ? { status: 413, error: "too-large", limit } : undefined;
}

/** What the headers and the body's actual size refuse (a body sent without Content-Length, or lying about it). */
export function bodyRefusal(
  headers: IncomingHttpHeaders,
  bytes: number,
  limit = MAX_REPORT_BYTES,
): BodyRefusal | undefined {
  return (
    headerRefusal(headers, limit) ?? (bytes > limit ? { status: 413, error: "too-large", limit } : undefined)
  );
}

export type ReadBody =
  { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly refusal: BodyRefusal };

/**
 * Reads a request's body for a server that parses bodies itself, never holding more than `limit` bytes: refused
 * by its headers before a byte is read, or as soon as it passes the limit. A refused body is drained unread (the
 * memory stays bounded); answer it with `Connection: close`.
 */
export function readLimitedBody(req: IncomingMessage, limit = MAX_REPORT_BYTES): Promise<ReadBody> {
  const refused = headerRefusal(req.headers, limit);
  if (refused) {
    req.resume();
    return Promise.resolve({ ok: false, refusal: refused });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off("data", onData).off("end", onEnd).off("error", reject);
      req.resume();
      resolve({ ok: false, refusal: { status: 413, error: "too-large", limit } });
    };
    const onEnd = () => resolve({ ok: true, bytes: Buffer.concat(chunks, length) });
    req.on("data", onData).on("end", onEnd).on("error", reject);
  });
}
