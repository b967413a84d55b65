// node:http in the shape the shared handlers read and answer (functions/src/http.ts: the parts of express they use),
// so the self-hosted server runs the very handlers the Cloud Functions run.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { HttpRequest, HttpResponse } from "../../functions/src/http.ts";

/** The query as express gives it: a name once is a string, a name given several times an array. */
function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    query[name] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

export function toHttpRequest(req: IncomingMessage, url: URL, body: Buffer): HttpRequest {
  return { method: req.method ?? "GET", headers: req.headers, rawBody: body, query: queryOf(url) };
}

/** express's status/set/json/send over a node:http response (JSON in UTF-8, as express sends it). */
export function toHttpResponse(res: ServerResponse): HttpResponse {
  const response: HttpResponse = {
    status(code) {
      res.statusCode = code;
      return response;
    },
    set(field, value) {
      res.setHeader(field, value);
      return response;
    },
    json(body) {
      const text = JSON.stringify(body);
      res.setHeader("Content-Type", "application/json; charset=utf-8");
      res.setHeader("Content-Length", Buffer.byteLength(text));
      res.end(text);
    },
    send(body) {
      const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : Buffer.from(body);
      if (!res.hasHeader("Content-Type"))
        res.setHeader(
          "Content-Type",
          typeof body === "string" ? "text/html; charset=utf-8" : "application/octet-stream",
        );
      res.setHeader("Content-Length", bytes.length);
      res.end(bytes);
    },
  };
  return response;
}
