// The self-hosted server over real HTTP on PostgreSQL: its limits before parsing, its paths, the workbook on disk,
// the letter, a restart, and two servers on one database.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hashKey } from "../../../functions/src/keys.ts";
import { registerMunicipality } from "../../../functions/src/registry.ts";
import type { ServerConfig } from "../../../node/region/config.ts";
import { deliverMail, MAIL_ATTEMPTS, type OutgoingLetter } from "../../../node/region/mailer.ts";
import { startRegionServer, type RunningRegion } from "../../../node/region/regionServer.ts";
import { tempDir } from "../../helpers/cli.ts";
import { startPostgres, type Postgres } from "../../helpers/postgres.ts";
import { reportFixture } from "../../shared/report/fixtures.ts";
import { postJson } from "../../functions/fixtures.ts";

const REGIONAL_KEY = "region.self-hosted-test-key";
const clock = { now: new Date("2026-11-30T09:00:00Z") };
let postgres: Postgres;
let config: ServerConfig;
let region: RunningRegion;
const letters: OutgoingLetter[] = [];
let keys: Record<string, string>;

const start = () =>
  startRegionServer(config, {
    now: () => clock.now,
    send: async (letter) => void letters.push(letter),
  });

beforeAll(async () => {
  process.env.REGIONAL_KEY_SHA256 = hashKey(REGIONAL_KEY);
  process.env.REGION_ID = "test-region";
  process.env.REGION_NAME = "Тестовая область";
  process.env.REPORT_RECIPIENTS = "svod@cnppm.example.ru";
  postgres = await startPostgres();
  config = {
    databaseUrl: await postgres.createDatabase("region"),
    port: 0,
    host: "127.0.0.1",
    dataDir: await tempDir(),
  };
  region = await start();
  keys = {};
  for (const code of ["odin", "kras"])
    keys[code] = (
      await registerMunicipality(region.database.store, { code, name: `Округ ${code}`, now: clock.now })
    ).key;
});
afterAll(async () => {
  await region?.stop();
  await postgres?.stop();
});
beforeEach(() => {
  clock.now = new Date("2026-11-30T09:00:00Z");
});

const url = (path: string) => `${region.url}${path}`;
const regional = { Authorization: `Bearer ${REGIONAL_KEY}` };

describe("limits, before anything is parsed", () => {
  it("a declared body over 64 KB is 413 at once, in Russian, and the connection is closed", async () => {
    const response = await fetch(url("/submitReport"), {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${keys.odin}` },
      body: " ".repeat(32 * 1024 * 1024),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get("connection")).toBe("close");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(((await response.json()) as { message: string }).message).toContain("слишком большой");
  });

  it("a compressed body is 415 before a byte is inflated: a gzip bomb, and an honest report in gzip alike", async () => {
    const bomb = gzipSync(Buffer.alloc(24 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const before = process.memoryUsage().rss;
    for (const [encoding, body] of [
      ["gzip", bomb],
      ["gzip", gzipSync(JSON.stringify(reportFixture("kras")))],
      ["br", Buffer.from("x")],
    ] as const) {
      const response = await fetch(url("/submitReport"), {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "Content-Encoding": encoding,
          Authorization: `Bearer ${keys.kras}`,
        },
        body,
      });
      expect(response.status).toBe(415);
      expect(response.headers.get("connection")).toBe("close");
      expect(((await response.json()) as { message: string }).message).toContain("без сжатия");
    }
    expect((process.memoryUsage().rss - before) / 1024 / 1024).toBeLessThan(20);
    expect(await region.database.store.reportHead("kras", "2026-11")).toBeUndefined();
  });

  it("a path the server does not have is a Russian 404 naming the three it has", async () => {
    const response = await fetch(url("/admin"));
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(((await response.json()) as { message: string }).message).toContain("/submitReport");
  });
});

describe("a month on the self-hosted server", () => {
  it("reports, the snapshot with its workbook on disk and its letter, then the same svod after a restart", async () => {
    expect((await postJson(url("/submitReport"), reportFixture("odin"), keys.odin)).status).toBe(201);
    expect((await postJson(url("/submitReport"), reportFixture("odin"), keys.odin)).status).toBe(200);
    clock.now = new Date("2026-12-01T03:00:05Z");
    const refresh = await postJson(url("/refreshSnapshot?month=2026-11"), {}, REGIONAL_KEY);
    expect(refresh.status).toBe(201);
    expect(refresh.json).toMatchObject({ revision: 1, reported: ["odin"], missing: ["kras"] });
    const workbookPath = refresh.json.workbookPath as string;
    const onDisk = await readFile(join(config.dataDir, workbookPath));
    expect(onDisk.subarray(0, 2).toString()).toBe("PK");

    await region.deliverMail();
    expect(letters.map((l) => [l.to, l.subject, l.attachments[0]?.filename])).toEqual([
      [
        ["svod@cnppm.example.ru"],
        "Тестовая область: свод по муниципалитетам за ноябрь 2026",
        "svod-2026-11.xlsx",
      ],
    ]);
    expect(letters[0]!.html).toContain("на сервере региона");

    const before = await (await fetch(url("/getConsolidated?month=2026-11"), { headers: regional })).json();
    await region.stop();
    region = await start();
    const after = await fetch(url("/getConsolidated?month=2026-11"), { headers: regional });
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual(before);
    const xlsx = await fetch(url("/getConsolidated?month=2026-11&format=xlsx"), { headers: regional });
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    await region.deliverMail();
    expect(letters).toHaveLength(1); // a letter is sent once, restarts or not
  });

  it("two servers on one database: one revision per report, one snapshot per change", async () => {
    const second = await start();
    try {
      const urls = [region.url, second.url];
      const answers = await Promise.all(
        [1, 2, 3, 4].map((n) =>
          postJson(
            `${urls[n % 2]}/submitReport`,
            reportFixture("kras", "2026-11", { K1: [n, 10] }),
            keys.kras,
          ),
        ),
      );
      const revisions = answers.filter((a) => a.status === 201).map((a) => a.json.revision);
      expect(new Set(revisions).size).toBe(revisions.length);
      expect(answers.every((a) => a.status === 201 || (a.status === 409 && a.json.error === "busy"))).toBe(
        true,
      );
      clock.now = new Date("2026-12-02T10:00:00Z");
      const refreshes = await Promise.all(
        urls.map((base) => postJson(`${base}/refreshSnapshot`, { month: "2026-11" }, REGIONAL_KEY)),
      );
      // The other one lost the race (409 busy) or came after it and found nothing new (200).
      expect(refreshes.filter((r) => r.status === 201)).toHaveLength(1);
      expect(refreshes.filter((r) => r.status !== 201).map((r) => r.json.status ?? r.json.error)).toEqual([
        expect.stringMatching(/^(busy|unchanged)$/u),
      ]);
    } finally {
      await second.stop();
    }
  });
});

describe("letters from the outbox", () => {
  const queue = async (revision: number) => {
    const { pool } = region.database;
    await pool.query(
      "INSERT INTO snapshots (month, revision, document) VALUES ('2026-01', $1, '{}') ON CONFLICT DO NOTHING",
      [revision],
    );
    const mail = {
      to: ["a@example.ru"],
      message: { subject: `свод ${revision}`, html: "<p>свод</p>", attachments: [] },
    };
    await pool.query("INSERT INTO mail (month, revision, document) VALUES ('2026-01', $1, $2)", [
      revision,
      JSON.stringify(mail),
    ]);
  };
  const state = async (revision: number) =>
    (
      await region.database.pool.query(
        "SELECT state, attempts, last_error FROM mail WHERE month = '2026-01' AND revision = $1",
        [revision],
      )
    ).rows[0];

  it("are each sent once by two deliveries at once; a refused one waits, then goes; five refusals leave it failed", async () => {
    const { pool } = region.database;
    for (const revision of [1, 2, 3]) await queue(revision);
    const sent: string[] = [];
    const send = async (letter: OutgoingLetter) => void sent.push(letter.subject);
    await Promise.all([deliverMail(pool, send, "x@example.ru"), deliverMail(pool, send, "x@example.ru")]);
    expect(sent.sort()).toEqual(["свод 1", "свод 2", "свод 3"]);

    await queue(4);
    const refuse = async () => {
      throw new Error("550 mailbox unavailable");
    };
    expect(await deliverMail(pool, refuse, "x@example.ru")).toEqual({ sent: 0, failed: 1 });
    expect(await state(4)).toEqual({ state: "pending", attempts: 1, last_error: "550 mailbox unavailable" });
    expect(await deliverMail(pool, send, "x@example.ru")).toEqual({ sent: 0, failed: 0 }); // not yet: 10 minutes
    const later = "UPDATE mail SET claimed_at = claimed_at - interval '11 minutes' WHERE revision = 4";
    for (let attempt = 2; attempt <= MAIL_ATTEMPTS; attempt++) {
      await pool.query(later);
      await deliverMail(pool, refuse, "x@example.ru");
    }
    expect(await state(4)).toMatchObject({ state: "failed", attempts: MAIL_ATTEMPTS });
    await pool.query(later);
    expect(await deliverMail(pool, send, "x@example.ru")).toEqual({ sent: 0, failed: 0 });
  });
});
