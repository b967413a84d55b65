// Serves an onRequest handler on 127.0.0.1 (tests, bench and demo) inside the real Functions Framework, as Cloud Run does.
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { http as registerHttpFunction } from "@google-cloud/functions-framework";
import { getTestServer } from "@google-cloud/functions-framework/testing";

type Handler = (req: never, res: never) => unknown;

/**
 * Cloud Run functions refuse a request body over 32 MB before it reaches the instance
 * (https://cloud.google.com/functions/quotas, «Max uncompressed HTTP request size»: 32MB for 2nd gen).
 */
export const PLATFORM_REQUEST_LIMIT = 32 * 1024 * 1024;

let registered = 0;

/**
 * The Functions Framework's own express app (`getTestServer` builds the same app as `functions-framework
 * --target`): body-parser with its 1024 MB limit parses JSON, text, forms and raw bodies before the handler
 * runs, keeps `rawBody`, and answers malformed JSON itself (an English 400, never our handler's Russian).
 */
function frameworkApp(handler: Handler): RequestListener {
  const name = `marshrut_${++registered}`;
  registerHttpFunction(name, handler as never);
  const server = getTestServer(name);
  return server.listeners("request")[0] as RequestListener;
}

/** The platform's limit in front of the framework, on the declared length (what fetch and UrlFetchApp send). */
function platformFront(app: RequestListener) {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (Number(req.headers["content-length"] ?? 0) > PLATFORM_REQUEST_LIMIT) {
      res.writeHead(413, { "Content-Type": "text/html; charset=UTF-8", Connection: "close" });
      res.end("<p>413. Your client issued a request that was too large.</p>");
      req.resume();
      return;
    }
    app(req, res);
  };
}

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

export async function serve(handler: Handler): Promise<Served> {
  const server = createServer(platformFront(frameworkApp(handler)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
