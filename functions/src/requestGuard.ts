// Refuses compressed request bodies before the Functions Framework inflates them (docs/production.md, «Compressed
// bodies»): its body-parser undoes gzip/deflate/br up to 1024 MB before any handler runs, and nothing in front of it
// is known to stop a small compressed body that inflates past the instance's memory.
import http, { type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import { headerRefusal, refusalBody } from "./bodyLimits.ts";

const GUARDED = Symbol.for("marshrut.requestGuard");

/**
 * `listener` behind the check: a request with a Content-Encoding other than identity gets a 415 JSON answer in
 * Russian and its body is drained unread (no inflating, no memory); every other request goes on unchanged.
 */
function guardListener(listener: RequestListener): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const refusal = headerRefusal(req.headers, Infinity);
    if (refusal?.status !== 415) return listener(req, res);
    res.writeHead(415, {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "no-store",
      Connection: "close",
    });
    res.end(JSON.stringify(refusalBody(refusal)));
    req.resume();
  };
}

type CreateServer = typeof http.createServer & { [GUARDED]?: true };

/**
 * Makes every HTTP server created from now on in this process guard its listener. The Functions Framework loads
 * the functions' module first and creates its server (`http.createServer(app)`) after, so installing this when the
 * module loads puts the guard in front of its body parsing (test/functions/compressedBodies.test.ts runs the
 * framework's own entry point to check it). Installing twice changes nothing.
 */
export function installRequestGuard(): void {
  const original = http.createServer as CreateServer;
  if (original[GUARDED]) return;
  const guarded = ((...args: unknown[]) => {
    const at = args.findIndex((arg) => typeof arg === "function");
    if (at >= 0) args[at] = guardListener(args[at] as RequestListener);
    return (original as (...a: unknown[]) => http.Server)(...args);
  }) as CreateServer;
  guarded[GUARDED] = true;
  http.createServer = guarded;
}
