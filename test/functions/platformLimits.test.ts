// What stands in front of the handlers (docs/production.md): the platform's 32 MB limit and the Functions Framework's parsing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLATFORM_REQUEST_LIMIT, serve, type Served } from "../../node/firebase/serveHandler.ts";
import { register } from "./fixtures.ts";
import { startFunctionsContext, type FunctionsContext } from "./setup.ts";

let ctx: FunctionsContext;
let served: Served;
let key: string;
/** What `firebase deploy` reads from each HTTP trigger: its memory (MB) and concurrency (null: the defaults). */
let endpoints: { availableMemoryMb?: number | null; concurrency?: number | null }[];

beforeAll(async () => {
  ctx = await startFunctionsContext();
  const functions = await import("../../functions/src/index.ts");
  const { submitReport } = functions;
  endpoints = [functions.submitReport, functions.refreshSnapshot, functions.getConsolidated].map(
    (trigger) => (trigger as unknown as { __endpoint: (typeof endpoints)[number] }).__endpoint,
  );
  served = await serve(submitReport);
  key = (await register([["odin", "Одинцово"]])).odin!;
});
afterAll(async () => {
  await served.close();
  ctx.emulator.stop();
});

const MIB = 1024 * 1024;
/** Memory of an instance before any request: Node 22 with the bundle, firebase-admin, exceljs and the framework loaded measures ≈ 130 MiB. */
const INSTANCE_BASELINE_MIB = 200;

/** `count` empty arrays as one JSON document: the most objects per byte body-parser can be made to build. */
const emptyArrays = (count: number) => `[${"[],".repeat(count - 1)}[]]`;

const post = (body: string | Uint8Array<ArrayBuffer>, type = "application/json") =>
  fetch(served.url, {
    method: "POST",
    headers: { "Content-Type": type, Authorization: `Bearer ${key}` },
    body,
  });

describe("in front of submitReport", () => {
  it("the platform refuses a body over 32 MB before the framework reads it", async () => {
    const response = await post(" ".repeat(PLATFORM_REQUEST_LIMIT + 1));
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toContain("text/html");
  });

  it("a 32 MB body is parsed by the framework before the handler's 413; memory and concurrency leave room for it", async () => {
    const body = new TextEncoder().encode(emptyArrays(Math.floor((PLATFORM_REQUEST_LIMIT - 16) / 3)));
    expect(body.length).toBeLessThanOrEqual(PLATFORM_REQUEST_LIMIT);
    const before = process.memoryUsage().rss;
    const response = await post(body);
    const grown = (process.memoryUsage().rss - before) / MIB;
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toBe("too-large");
    // The framework built the whole document first: far more memory than the 32 MB that arrived.
    expect(grown).toBeGreaterThan(100);
    for (const endpoint of endpoints) {
      const memory = endpoint.availableMemoryMb ?? 256; // the defaults: 256 MiB, 80 requests at once with 1 CPU
      const concurrency = endpoint.concurrency ?? 80;
      expect(INSTANCE_BASELINE_MIB + concurrency * grown).toBeLessThan(memory);
    }
  });
});
