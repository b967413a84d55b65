// Serves an onRequest handler over real HTTP on 127.0.0.1 (tests, bench and demo), with the parts the Functions Framework gives.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

type Handler = (req: never, res: never) => unknown;

/** Like the Functions Framework: the raw body, JSON parsed when the type says so, express-style res helpers. */
function frameworkRequest(req: IncomingMessage, rawBody: Buffer, url: URL) {
  const isJson = (req.headers["content-type"] ?? "").includes("application/json");
  let body: unknown = rawBody.length > 0 ? rawBody.toString("utf8") : undefined;
  if (isJson && typeof body === "string") {
    try {
      body = JSON.parse(body);
    } catch {
      // The framework would answer 400 itself; our handlers read rawBody and say it in Russian.
    }
  }
  return Object.assign(req, { rawBody, body, query: Object.fromEntries(url.searchParams) });
}

function frameworkResponse(res: ServerResponse) {
  const api = Object.assign(res, {
    status(code: number) {
      res.statusCode = code;
      return api;
    },
    set(field: string, value: string) {
      res.setHeader(field, value);
      return api;
    },
    json(body: unknown) {
      res.setHeader("Content-Type", "application/json; charset=utf-8");
      res.end(JSON.stringify(body));
      return api;
    },
    send(body: Uint8Array | string) {
      res.end(body);
      return api;
    },
  });
  return api;
}

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

export async function serve(handler: Handler): Promise<Served> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const request = frameworkRequest(req, Buffer.concat(chunks), url);
      void Promise.resolve((handler as (q: unknown, s: unknown) => unknown)(request, frameworkResponse(res)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
