// «Отправить в регион»: an aggregates-only report checked with the server's schema, Bearer key, kept until accepted.
import { describe, expect, test } from "vitest";
import { readBook } from "../../shared/book.ts";
import { computeKpis, computeMunicipalFigures } from "../../shared/kpi/compute.ts";
import { checkMunicipalReport } from "../../shared/report/checkReport.ts";
import { buildMunicipalReport } from "../../shared/report/municipalReport.ts";
import { findPersonalData } from "../../shared/report/personalData.ts";
import { schoolsBook } from "./books.ts";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon, type AddonEnv } from "./addon.ts";
import { SETTINGS_FORM } from "./settings.ts";

interface SyncView {
  month: string;
  answers: { month: string; ok: boolean; status: number; message: string; revision: number | null }[];
  waiting: { month: string; attempts: number; retry: boolean; lastError: string | null }[];
}

const accepted = (revision: number) => ({
  code: 201,
  body: JSON.stringify({
    status: "accepted",
    message: `Отчёт за 2026-10 принят, редакция ${revision}.`,
    revision,
  }),
});

async function configured(): Promise<AddonEnv> {
  const env = loadAddon(await builtAddon(), sampleSheets());
  env.call("saveSettings", SETTINGS_FORM);
  return env;
}

describe("«Отправить в регион»", () => {
  test("posts the month's aggregates with the municipality's key and shows the server's answer", async () => {
    const env = await configured();
    env.fetch = () => accepted(1);
    const progress = env.call<{ status: string; summary: string }>("runAction", "sync", { month: "2026-10" });
    expect(progress).toMatchObject({
      status: "done",
      summary: "Отчёт за октябрь 2026: Отчёт за 2026-10 принят, редакция 1.",
    });
    const [request] = env.requests;
    expect(request).toMatchObject({
      url: SETTINGS_FORM.endpoint,
      method: "post",
      contentType: "application/json",
    });
    expect(request!.headers).toEqual({ Authorization: "Bearer odin.k3y-secret" });
    const body = JSON.parse(request!.payload);
    expect(checkMunicipalReport(body)).toMatchObject({ ok: true });
    expect(body).toMatchObject({
      code: "odin",
      name: "Одинцовский городской округ",
      month: "2026-10",
      reportDate: "2026-10-31",
    });
    const kpis = computeKpis(
      readBook(
        sampleSheets().map((s) => ({ name: s.name, values: s.rows })),
        { reportDate: "2026-10-31" },
      ),
    );
    expect(body.kpis).toEqual(kpis.kpis);
    expect(request!.payload).not.toMatch(/@|Иванова|Петров|1995/u);
    expect(env.call<SyncView>("getResult", "sync")).toMatchObject({
      answers: [{ ok: true, status: 201, revision: 1 }],
      waiting: [],
    });
  });

  test("the report carries the demand for courses, as the CLI builds it, and still no personal data", async () => {
    const sheets = schoolsBook();
    const env = loadAddon(await builtAddon(), sheets);
    env.call("saveSettings", SETTINGS_FORM);
    env.fetch = () => accepted(1);
    env.call("runAction", "routes"); // routes give the demand its «охвачено» and the programmes their people
    const routed = env.ss.sheets.map((sheet) => ({ name: sheet.name, values: sheet.dump() }));
    env.call("runAction", "sync", { month: "2026-11" });
    const body = JSON.parse(env.requests.at(-1)!.payload);
    const { kpis, demand } = computeMunicipalFigures(readBook(routed, { reportDate: "2026-11-30" }));
    const expected = buildMunicipalReport("odin", "Одинцовский городской округ", "2026-11", kpis, demand);
    expect(body.demand).toEqual(expected.demand);
    expect(body.programmes).toEqual(expected.programmes);
    expect(body.demand.length).toBeGreaterThan(0);
    expect(body.demand.some((row: { withIom: number }) => row.withIom > 0)).toBe(true);
    expect(body.programmes.some((row: { planned: number }) => row.planned > 0)).toBe(true);
    expect(checkMunicipalReport(body)).toMatchObject({ ok: true });
    expect(findPersonalData(body)).toEqual([]);
    const payload = env.requests.at(-1)!.payload;
    for (const person of sheets.find((s) => s.name === "Педагоги")!.rows.slice(1))
      for (const value of person.slice(0, 2)) expect(payload).not.toContain(String(value));
    expect(payload).not.toMatch(/@/u);
  });

  test("a failed send is kept, resent when the spreadsheet is next opened, and leaves the outbox once accepted", async () => {
    const env = await configured();
    env.fetch = () => ({ code: 503, body: "Service Unavailable" });
    const progress = env.call<{ summary: string }>("runAction", "sync", { month: "2026-10" });
    expect(progress.summary).toContain("Ждут отправки: 1.");
    expect(env.call<SyncView>("getResult", "sync").waiting).toEqual([
      { month: "2026-10", attempts: 1, retry: true, lastError: "Сервер региона ответил кодом 503." },
    ]);
    expect(env.triggers.map((t) => [t.kind, t.handler, t.owner])).toEqual([
      ["ON_OPEN", "onOpenResume", env.user],
    ]);

    env.fetch = () => {
      throw new Error(`Exception: Address unavailable: ${SETTINGS_FORM.endpoint}`);
    };
    env.open();
    expect(env.requests).toHaveLength(2);
    env.fetch = () => accepted(1);
    env.open();
    expect(env.requests).toHaveLength(3);
    expect(env.requests[2]!.payload).toBe(env.requests[0]!.payload);
    expect(env.call<{ waitingReports: number }>("getStatus").waitingReports).toBe(0);
    expect(env.triggers).toHaveLength(0);
    const journal = env.ss
      .sheet("Журнал")
      .dump()
      .map((r) => r.slice(2).join(" | "));
    expect(journal).toContain(
      `Отправить в регион | ошибка | Повторная отправка отчёта за октябрь 2026: Сервер региона недоступен (Exception: Address unavailable: ${SETTINGS_FORM.endpoint}). Отчёт сохранён и будет отправлен повторно.`,
    );
    expect(journal.at(-1)).toBe(
      "Отправить в регион | выполнено | Повторная отправка отчёта за октябрь 2026: Отчёт за 2026-10 принят, редакция 1.",
    );
  });

  test("a refused key is kept without resends on opening, and sent again with the next send", async () => {
    const env = await configured();
    env.fetch = () => ({
      code: 401,
      body: JSON.stringify({ error: "bad-key", message: "Ключ муниципалитета не подходит." }),
    });
    env.call("runAction", "sync", { month: "2026-10" });
    expect(env.call<SyncView>("getResult", "sync").waiting).toEqual([
      { month: "2026-10", attempts: 1, retry: false, lastError: "Ключ муниципалитета не подходит." },
    ]);
    expect(env.triggers).toHaveLength(0);
    env.fetch = () => accepted(1);
    env.call("runAction", "sync", { month: "2026-11" });
    const view = env.call<SyncView>("getResult", "sync");
    expect(view.answers.map((a) => [a.month, a.ok])).toEqual([
      ["2026-10", true],
      ["2026-11", true],
    ]);
    expect(view.waiting).toEqual([]);
  });

  test("a report older than the region's (409 «older») leaves the outbox: never resent, the answer shown", async () => {
    const env = await configured();
    const older =
      "Отчёт от 10.11.2026 старше принятого от 30.11.2026 и не принят: отправьте отчёт с новой датой.";
    env.fetch = () => ({ code: 409, body: JSON.stringify({ error: "older", message: older, revision: 2 }) });
    env.call("runAction", "sync", { month: "2026-10" });
    const view = env.call<SyncView>("getResult", "sync");
    expect(view.answers.map((a) => [a.ok, a.status, a.message])).toEqual([[false, 409, older]]);
    expect(view.waiting).toEqual([]);
    expect(env.triggers).toHaveLength(0);
    env.open();
    env.call("runAction", "sync", { month: "2026-11" });
    const months = env.requests.map((r) => (JSON.parse(r.payload) as { month: string }).month);
    expect(months).toEqual(["2026-10", "2026-11"]);
  });

  test("the month's revision limit (429 «too-many-revisions») is kept without resends on opening; a busy server's 429 is resent", async () => {
    const env = await configured();
    const limit = "За октябрь 2026 принято уже 200 редакций отчёта; больше за этот месяц не принимается.";
    env.fetch = () => ({ code: 429, body: JSON.stringify({ error: "too-many-revisions", message: limit }) });
    env.call("runAction", "sync", { month: "2026-10" });
    expect(env.call<SyncView>("getResult", "sync").waiting).toEqual([
      { month: "2026-10", attempts: 1, retry: false, lastError: limit },
    ]);
    env.open();
    expect(env.requests).toHaveLength(1);

    env.fetch = () => ({ code: 429, body: JSON.stringify({ message: "Слишком много запросов." }) });
    env.call("runAction", "sync", { month: "2026-11" });
    expect(env.call<SyncView>("getResult", "sync").waiting.find((w) => w.month === "2026-11")?.retry).toBe(
      true,
    );
  });

  test("without a key, an endpoint or the municipality, nothing is sent and the sidebar gets a Russian sentence", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    env.call("saveSettings", { ...SETTINGS_FORM, apiKey: "" });
    expect(() => env.call("runAction", "sync", { month: "2026-10" })).toThrow(
      "Не указан ключ муниципалитета. Укажите его в настройках (раздел «Отправка в регион»).",
    );
    env.call("saveSettings", { ...SETTINGS_FORM, endpoint: "" });
    expect(() => env.call("runAction", "sync", { month: "2026-10" })).toThrow(/^Не указан адрес региона/u);
    expect(() => env.call("runAction", "sync", { month: "2031-01" })).toThrow(
      /^Месяц отчёта указан неверно или ещё не наступил/u,
    );
    expect(env.requests).toHaveLength(0);
    expect(env.ss.sheet("Журнал").dump().at(-1)!.slice(2, 4)).toEqual(["Отправить в регион", "ошибка"]);
  });
});
