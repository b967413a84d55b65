// Compressed bodies never reach the Functions Framework's body-parser (which would inflate them before any handler):
// through the framework's own app, through its real entry point as Cloud Run starts it, and in the handler itself;
// and the bounded reader a self-hosted server uses.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_REPORT_BYTES, readLimitedBody, type ReadBody } from "../../functions/src/bodyLimits.ts";
import type { HttpResponse } from "../../functions/src/http.ts";
import { serve, type Served } from "../../node/firebase/serveHandler.ts";
import { reportFixture } from "../shared/report/fixtures.ts";
import { register } from "./fixtures.ts";
import { startFunctionsContext, type FunctionsContext } from "./setup.ts";

const root = join(import.meta.dirname, "../..");
const MIB = 1024 * 1024;
/** 24 MiB of `[],[],…`: ≈ 24 KB of gzip, ≈ 350 MiB of heap once body-parser has inflated and parsed it. */
const bomb = () => gzipSync(Buffer.from(`[${"[],".repeat(8 * MIB - 1)}[]]`));
const cyrillic = /[а-яё]/iu;

let ctx: FunctionsContext;
let served: Served;
let key: string;

beforeAll(async () => {
  ctx = await startFunctionsContext();
  const { submitReport } = await import("../../functions/src/index.ts");
  served = await serve(submitReport);
  key = (await register([["odin", "Одинцово"]])).odin!;
});
afterAll(async () => {
  await served.close();
  ctx.emulator.stop();
});

const post = (url: string, body: Uint8Array<ArrayBuffer> | string, headers: Record<string, string>) =>
  fetch(url, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body });

describe("in front of the Functions Framework", () => {
  it("a 24 KB gzip body that inflates to 24 MiB is a 415 before it is inflated", async () => {
    const body = new Uint8Array(bomb());
    expect(body.length).toBeLessThan(64 * 1024);
    const before = process.memoryUsage().rss;
    const response = await post(served.url, body, {
      "Content-Encoding": "gzip",
      Authorization: `Bearer ${key}`,
    });
    const grown = (process.memoryUsage().rss - before) / MIB;
    expect(response.status).toBe(415);
    const json = (await response.json()) as { error: string; message: string };
    expect(json.error).toBe("compressed");
    expect(json.message).toMatch(cyrillic);
    // Inflated and parsed, it would have taken hundreds of MiB (docs/production.md).
    expect(grown).toBeLessThan(64);
  });

  it.each(["deflate", "br", "GZIP, identity"])("any other encoding (%s) is refused too", async (encoding) => {
    const response = await post(served.url, "{}", { "Content-Encoding": encoding });
    expect(response.status).toBe(415);
  });

  it("a plain report still goes through to the handler", async () => {
    const response = await post(served.url, JSON.stringify(reportFixture("odin")), {
      Authorization: `Bearer ${key}`,
    });
    expect(response.status).toBe(201);
  });
});

describe("the handler itself", () => {
  it("refuses a compressed body even when something else inflated it first", async () => {
    const { handleSubmitReport } = await import("../../functions/src/submitReport.ts");
    let status = 0;
    let answer: { error?: string } = {};
    const res: HttpResponse = {
      status: (code) => ((status = code), res),
      set: () => res,
      json: (body) => (answer = body as typeof answer),
      send: () => undefined,
    };
    const rawBody = Buffer.from(JSON.stringify(reportFixture("odin")));
    await handleSubmitReport(
      { method: "POST", headers: { "content-encoding": "gzip", authorization: `Bearer ${key}` }, rawBody },
      res,
    );
    expect([status, answer.error]).toEqual([415, "compressed"]);
  });
});

/** The framework's entry point as Cloud Run starts it (`functions-framework --target=submitReport`), on loopback. */
async function startFramework(): Promise<{ url: string; child: ChildProcess }> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  const main = join(root, "node_modules/@google-cloud/functions-framework/build/src/main.js");
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "--import",
      join(root, "test/functions/loopbackOnly.ts"),
      main,
      "--target=submitReport",
      `--source=${join(root, "functions/src/index.ts")}`,
      `--port=${port}`,
    ],
    { cwd: root, env: { ...process.env, NODE_ENV: "development" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  await new Promise<void>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`the framework did not start: ${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Serving function")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.on("exit", () => reject(new Error(`the framework exited: ${output}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, child };
}

describe("the framework's real entry point", () => {
  it("loads the functions before it builds its server, so the guard stands in front of body-parser", async () => {
    const { url, child } = await startFramework();
    try {
      const refused = await post(url, new Uint8Array(bomb()), { "Content-Encoding": "gzip" });
      expect(refused.status).toBe(415);
      expect(((await refused.json()) as { error: string }).error).toBe("compressed");
      // Not compressed: the function answers (no key: 401 before any database access).
      const plain = await post(url, "{}", {});
      expect(plain.status).toBe(401);
    } finally {
      child.kill();
    }
  });
});

describe("readLimitedBody (a server that reads bodies itself)", () => {
  let server: Server;
  let url = "";
  let last: ReadBody | undefined;
  beforeAll(async () => {
    server = createServer((req, res) => {
      void readLimitedBody(req).then((read) => {
        last = read;
        res.writeHead(read.ok ? 200 : read.refusal.status, { Connection: "close" }).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("returns a body within the limit", async () => {
    expect((await post(url, "{}", {})).status).toBe(200);
    expect(last).toEqual({ ok: true, bytes: Buffer.from("{}") });
  });

  it("refuses a compressed body unread, a declared length over the limit, and a streamed body past it", async () => {
    expect((await post(url, new Uint8Array(bomb()), { "Content-Encoding": "gzip" })).status).toBe(415);
    expect((await post(url, "x".repeat(MAX_REPORT_BYTES + 1), {})).status).toBe(413);
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 100; i++) controller.enqueue(new Uint8Array(16 * 1024));
        controller.close();
      },
    });
    const streamed = await fetch(url, { method: "POST", body: chunks, duplex: "half" } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(last).toEqual({
      ok: false,
      refusal: { status: 413, error: "too-large", limit: MAX_REPORT_BYTES },
    });
  });
});
