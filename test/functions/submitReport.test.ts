// submitReport over real HTTP against the Firestore emulator: rejections write nothing, resubmissions are idempotent.
import { beforeEach, describe, expect, it } from "vitest";
import { reportFixture } from "../shared/report/fixtures.ts";
import { databaseDump, idsOf, postJson, register } from "./fixtures.ts";
import { useServedFunctions } from "./served.ts";

const ctx = useServedFunctions();
let keys: Record<string, string>;

beforeEach(async () => {
  ctx.emulator.clear();
  keys = await register([
    ["odin", "Одинцовский городской округ"],
    ["kras", "Красногорск"],
  ]);
});

const cyrillic = /[а-яё]/iu;

describe("submitReport rejects without writing anything", () => {
  async function expectRejected(
    status: number,
    error: string,
    request: () => Promise<{ status: number; json: Record<string, unknown> }>,
  ) {
    const before = databaseDump(ctx.emulator);
    const writes = ctx.emulator.counters.writes;
    const response = await request();
    expect(response.status).toBe(status);
    expect(response.json.error).toBe(error);
    expect(response.json.message).toMatch(cyrillic);
    expect(ctx.emulator.counters.writes).toBe(writes);
    expect(databaseDump(ctx.emulator)).toBe(before);
    return response.json;
  }

  it("405 for another method, with Allow", async () => {
    const before = databaseDump(ctx.emulator);
    const response = await fetch(ctx.urls.submitReport, {
      method: "GET",
      headers: { Authorization: `Bearer ${keys.odin}` },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(((await response.json()) as { message: string }).message).toMatch(cyrillic);
    expect(databaseDump(ctx.emulator)).toBe(before);
  });

  it("413 for a body over the limit", async () => {
    const huge = { ...reportFixture("odin"), padding: "x".repeat(70 * 1024) };
    await expectRejected(413, "too-large", () => postJson(ctx.urls.submitReport, huge, keys.odin));
  });

  it("401 without a key, with a wrong key and with a key of an unknown municipality", async () => {
    await expectRejected(401, "no-key", () => postJson(ctx.urls.submitReport, reportFixture("odin")));
    await expectRejected(401, "bad-key", () =>
      postJson(ctx.urls.submitReport, reportFixture("odin"), `odin.not-the-key`),
    );
    await expectRejected(401, "bad-key", () =>
      postJson(ctx.urls.submitReport, reportFixture("odin"), `ruza.${keys.odin!.split(".")[1]}`),
    );
    await expectRejected(401, "bad-key", () =>
      postJson(ctx.urls.submitReport, reportFixture("odin"), "garbage"),
    );
  });

  it("400 for a body that is not JSON: the framework answers malformed JSON itself, we answer any other type", async () => {
    const before = databaseDump(ctx.emulator);
    const framework = await fetch(ctx.urls.submitReport, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${keys.odin}` },
      body: "{не json",
    });
    // body-parser refuses it before the handler runs: an English error page, not our Russian JSON.
    expect(framework.status).toBe(400);
    expect(framework.headers.get("content-type")).not.toContain("application/json");
    expect(await framework.text()).not.toMatch(cyrillic);
    expect(databaseDump(ctx.emulator)).toBe(before);
    await expectRejected(400, "not-json", () =>
      postJson(ctx.urls.submitReport, "{не json", keys.odin, {
        headers: { "Content-Type": "text/plain", Authorization: `Bearer ${keys.odin}` },
      }),
    );
  });

  it("400 with Russian issues for an invalid report", async () => {
    const { month: _month, ...broken } = { ...reportFixture("odin"), excludedRows: -1 };
    const json = await expectRejected(400, "invalid", () =>
      postJson(ctx.urls.submitReport, broken, keys.odin),
    );
    const issues = json.issues as { path: string; message: string }[];
    expect(issues.map((issue) => issue.path).sort()).toEqual(["excludedRows", "month"]);
    for (const issue of issues) expect(issue.message).toMatch(cyrillic);
  });

  it.each([
    ["ФИО", { fio: "Иванова Мария Петровна" }],
    ["адрес электронной почты", { teachers: [{ email: "ivanova@school1.ru" }] }],
    ["дата рождения", { "Дата рождения": "1995-05-12" }],
  ])("400 for personal data (%s)", async (kind, extra) => {
    const json = await expectRejected(400, "invalid", () =>
      postJson(ctx.urls.submitReport, { ...reportFixture("odin"), ...extra }, keys.odin),
    );
    expect(JSON.stringify(json.issues)).toContain(kind);
  });

  it("403 for a key of another municipality", async () => {
    const json = await expectRejected(403, "other-municipality", () =>
      postJson(ctx.urls.submitReport, reportFixture("odin"), keys.kras),
    );
    expect(json.message).toContain("«kras»");
  });
});

describe("submitReport is idempotent per municipality and month", () => {
  it("the same report twice is one report; the second answer says so and writes nothing", async () => {
    const report = reportFixture("odin", "2026-11", { K1: [5, 10] });
    const writes = ctx.emulator.counters.writes;
    const first = await postJson(ctx.urls.submitReport, report, keys.odin);
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ status: "accepted", code: "odin", month: "2026-11", revision: 1 });
    expect(ctx.emulator.counters.writes - writes).toBe(2);
    const dump = databaseDump(ctx.emulator);
    // Key order does not matter: the content hash is of canonical JSON.
    const reordered = Object.fromEntries(Object.entries(report).reverse());
    const second = await postJson(ctx.urls.submitReport, reordered, keys.odin);
    expect(second.status).toBe(200);
    expect(second.json).toMatchObject({ status: "unchanged", revision: 1 });
    expect(second.json.message).toMatch(cyrillic);
    expect(databaseDump(ctx.emulator)).toBe(dump);
    expect(idsOf(ctx.emulator, "reportRevisions")).toEqual(["odin_2026-11_r001"]);
  });

  it("a changed report is a new revision and the history is kept", async () => {
    await postJson(ctx.urls.submitReport, reportFixture("odin", "2026-11", { K1: [5, 10] }), keys.odin);
    ctx.clock.now = new Date("2026-12-03T10:00:00Z");
    const changed = await postJson(
      ctx.urls.submitReport,
      reportFixture("odin", "2026-11", { K1: [6, 10] }),
      keys.odin,
    );
    expect(changed.status).toBe(201);
    expect(changed.json).toMatchObject({ status: "accepted", revision: 2 });
    expect(idsOf(ctx.emulator, "reportRevisions")).toEqual(["odin_2026-11_r001", "odin_2026-11_r002"]);
    const docs = Object.fromEntries(ctx.emulator.documents().map((d) => [d.path, d.data]));
    const k1 = (path: string) => (docs[path]!.report as { kpis: { numerator: number }[] }).kpis[0]!.numerator;
    expect(k1("reportRevisions/odin_2026-11_r001")).toBe(5);
    expect(k1("reportRevisions/odin_2026-11_r002")).toBe(6);
    expect(docs["reports/odin_2026-11"]).toMatchObject({
      revision: 2,
      receivedAt: "2026-12-03T10:00:00.000Z",
    });
    expect(k1("reports/odin_2026-11")).toBe(6);
    ctx.clock.now = new Date("2026-11-30T09:00:00Z");
  });

  it("reports of different months and municipalities are kept apart", async () => {
    await postJson(ctx.urls.submitReport, reportFixture("odin", "2026-10"), keys.odin);
    await postJson(ctx.urls.submitReport, reportFixture("odin", "2026-11"), keys.odin);
    await postJson(ctx.urls.submitReport, reportFixture("kras", "2026-11"), keys.kras);
    expect(idsOf(ctx.emulator, "reports")).toEqual(["kras_2026-11", "odin_2026-10", "odin_2026-11"]);
  });

  it("accepts a municipality with Cyrillic letters after the first (its key is still plain ASCII)", async () => {
    const { "odn-Одн": key } = await register([["odn-Одн", "Одинцово-1"]]);
    expect(key).toMatch(/^[\x21-\x7e]+$/u);
    const answer = await postJson(ctx.urls.submitReport, reportFixture("odn-Одн"), key);
    expect(answer.status).toBe(201);
    expect(idsOf(ctx.emulator, "reports")).toContain("odn-Одн_2026-11");
  });

  it("simultaneous identical submissions make one revision", async () => {
    const report = reportFixture("odin", "2026-11", { K2: [3, 9] });
    const answers = await Promise.all(
      [1, 2, 3].map(() => postJson(ctx.urls.submitReport, report, keys.odin)),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 201]);
    expect(idsOf(ctx.emulator, "reportRevisions")).toEqual(["odin_2026-11_r001"]);
  });
});
