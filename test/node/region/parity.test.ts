// The same requests to the Cloud Functions (Functions Framework on the Firestore emulator) and to the self-hosted
// server (node:http on PostgreSQL) get the same answers: status, JSON body and content type, one by one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerMunicipality } from "../../../functions/src/registry.ts";
import { startRegionServer, type RunningRegion } from "../../../node/region/regionServer.ts";
import { tempDir } from "../../helpers/cli.ts";
import { startPostgres, type Postgres } from "../../helpers/postgres.ts";
import { reportFixture } from "../../shared/report/fixtures.ts";
import { register } from "../../functions/fixtures.ts";
import { serveFunctions, type ServedFunctions } from "../../functions/served.ts";
import { REGIONAL_KEY } from "../../functions/setup.ts";

type Name = "submitReport" | "refreshSnapshot" | "getConsolidated";

interface Side {
  url(name: Name, query?: string): string;
  keys: Record<string, string>;
}

let firebase: ServedFunctions;
let postgres: Postgres;
let region: RunningRegion;
let sides: Side[];

beforeAll(async () => {
  firebase = await serveFunctions(); // sets the environment both read: region, recipients, the regional key's hash
  firebase.reset();
  postgres = await startPostgres();
  region = await startRegionServer(
    {
      databaseUrl: await postgres.createDatabase("parity"),
      port: 0,
      host: "127.0.0.1",
      dataDir: await tempDir(),
    },
    { now: () => firebase.clock.now, send: async () => undefined },
  );
  const municipalities = [
    ["odin", "Одинцовский городской округ"],
    ["kras", "Красногорск"],
  ] as const;
  const selfHostedKeys: Record<string, string> = {};
  for (const [code, name] of municipalities)
    selfHostedKeys[code] = (
      await registerMunicipality(region.database.store, { code, name, now: firebase.clock.now })
    ).key;
  sides = [
    { url: (name, query = "") => `${firebase.urls[name]}/${query}`, keys: await register(municipalities) },
    { url: (name, query = "") => `${region.url}/${name}${query}`, keys: selfHostedKeys },
  ];
});
afterAll(async () => {
  await region?.stop();
  await postgres?.stop();
  await firebase?.stop();
});

interface Request {
  readonly name: Name;
  readonly query?: string;
  readonly method?: string;
  /** Whose key: a municipality's code, "region", "wrong" (one no one was given), or none. */
  readonly key?: string;
  readonly type?: string;
  readonly body?: unknown;
}

async function answer(side: Side, request: Request) {
  const key =
    request.key === "region"
      ? REGIONAL_KEY
      : request.key === "wrong"
        ? "odin.not-the-key"
        : request.key && side.keys[request.key];
  const response = await fetch(side.url(request.name, request.query), {
    method: request.method ?? "POST",
    headers: {
      "Content-Type": request.type ?? "application/json",
      ...(key ? { Authorization: `Bearer ${key}` } : {}),
    },
    ...(request.body === undefined
      ? {}
      : { body: typeof request.body === "string" ? request.body : JSON.stringify(request.body) }),
  });
  const type = response.headers.get("content-type") ?? "";
  const body = type.includes("json") ? await response.json() : (await response.arrayBuffer()).byteLength > 0;
  return { status: response.status, type, body, disposition: response.headers.get("content-disposition") };
}

const report = reportFixture("odin", "2026-11", { K1: [5, 10] });
const STEPS: [string, Request][] = [
  ["another method", { name: "submitReport", method: "GET", key: "odin" }],
  ["no key", { name: "submitReport", body: report }],
  ["a wrong key", { name: "submitReport", key: "wrong", body: report }],
  ["not JSON", { name: "submitReport", key: "odin", type: "text/plain", body: "отчёт" }],
  ["an invalid report", { name: "submitReport", key: "odin", body: { ...report, kpis: [] } }],
  ["another municipality's report", { name: "submitReport", key: "kras", body: report }],
  ["over 64 KB", { name: "submitReport", key: "odin", body: { ...report, padding: "x".repeat(70_000) } }],
  ["a new report", { name: "submitReport", key: "odin", body: report }],
  ["the same report again", { name: "submitReport", key: "odin", body: report }],
  [
    "an older report",
    { name: "submitReport", key: "odin", body: { ...report, reportDate: "2026-11-02", kpis: report.kpis } },
  ],
  ["refresh without the regional key", { name: "refreshSnapshot", key: "odin", body: { month: "2026-11" } }],
  ["refresh of the running month", { name: "refreshSnapshot", key: "region", body: { month: "2026-11" } }],
  [
    "a month without a snapshot",
    { name: "getConsolidated", query: "?month=2026-11", method: "GET", key: "region" },
  ],
];
const AFTER_MONTH_END: [string, Request][] = [
  ["refresh", { name: "refreshSnapshot", query: "?month=2026-11", key: "region" }],
  ["refresh again", { name: "refreshSnapshot", key: "region", body: { month: "2026-11" } }],
  ["the svod as JSON", { name: "getConsolidated", query: "?month=2026-11", method: "GET", key: "region" }],
  [
    "a revision that is not there",
    { name: "getConsolidated", query: "?month=2026-11&revision=5", method: "GET", key: "region" },
  ],
  [
    "the workbook",
    { name: "getConsolidated", query: "?month=2026-11&format=xlsx", method: "GET", key: "region" },
  ],
];

describe("the Cloud Functions and the self-hosted server answer alike", () => {
  it("on each step of a month, in order", async () => {
    const run = async ([step, request]: [string, Request]) => {
      const [functions, selfHosted] = await Promise.all(sides.map((side) => answer(side, request)));
      expect(selfHosted, step).toEqual(functions);
      return functions!.status;
    };
    const statuses: number[] = [];
    for (const step of STEPS) statuses.push(await run(step));
    firebase.clock.now = new Date("2026-12-01T03:00:05Z");
    for (const step of AFTER_MONTH_END) statuses.push(await run(step));
    expect(statuses).toEqual([
      405, 401, 401, 400, 400, 403, 413, 201, 200, 409, 401, 400, 404, 201, 200, 200, 404, 200,
    ]);
  });
});
