// Reads a request body within a byte limit before anything parses it: a declared length over the limit is refused
// unread, a body that grows past it is cut off, and a compressed body counts by what it inflates to (a 24 KB gzip
// bomb is 413 after at most `limit` inflated bytes, never 24 MiB of memory).
import type { IncomingMessage } from "node:http";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Transform } from "node:stream";

export type BodyRefusal = "too-large" | "encoding" | "aborted";
export type Body =
  { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly refusal: BodyRefusal };

const INFLATERS: Record<string, () => Transform> = {
  gzip: createGunzip,
  "x-gzip": createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/** The decoder for a Content-Encoding header: none for identity, undefined for one we do not take (or several). */
function decoder(header: string | undefined): Transform | null | undefined {
  const encoding = (header ?? "").trim().toLowerCase();
  if (encoding === "" || encoding === "identity") return null;
  return INFLATERS[encoding]?.();
}

/**
 * The body's bytes, at most `limit` of them after decoding. Refusals: "too-large" (declared or read or inflated
 * past `limit`), "encoding" (a Content-Encoding other than gzip, deflate or br), "aborted" (the client went away
 * or sent a broken compressed stream). On a refusal the rest of the request is not read.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) return Promise.resolve({ ok: false, refusal: "too-large" });
  const decode = decoder(req.headers["content-encoding"]);
  if (decode === undefined) return Promise.resolve({ ok: false, refusal: "encoding" });
  const source = decode ? req.pipe(decode) : req;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let raw = 0;
    let done = false;
    const finish = (body: Body) => {
      if (done) return;
      done = true;
      if (!body.ok) {
        req.unpipe();
        decode?.destroy();
        req.pause();
      }
      resolve(body);
    };
    // The compressed bytes count too: a client may not send more than `limit` however well it compresses.
    if (decode)
      req.on("data", (chunk: Buffer) => {
        raw += chunk.length;
        if (raw > limit) finish({ ok: false, refusal: "too-large" });
      });
    source.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return finish({ ok: false, refusal: "too-large" });
      chunks.push(chunk);
    });
    source.on("end", () => finish({ ok: true, bytes: Buffer.concat(chunks, size) }));
    source.on("error", () => finish({ ok: false, refusal: "aborted" }));
    req.on("aborted", () => finish({ ok: false, refusal: "aborted" }));
    req.on("error", () => finish({ ok: false, refusal: "aborted" }));
  });
}
