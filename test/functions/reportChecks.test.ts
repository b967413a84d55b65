// submitReport trusts nothing it is sent: figures recomputed, months bounded, old reports refused, odd keys a 401,
// texts that look like a person and figures that cannot be a 400, reserved ids never a code.
import { beforeEach, describe, expect, it } from "vitest";
import { KPI_DEFINITIONS } from "../../shared/kpi/definitions.ts";
import type { MunicipalReport } from "../../shared/report/municipalReport.ts";
import { kpiReportFixture, reportFixture, reportWithDemand } from "../shared/report/fixtures.ts";
import { buildMunicipalReport } from "../../shared/report/municipalReport.ts";
import { databaseDump, idsOf, postJson, register } from "./fixtures.ts";
import { useServedFunctions } from "./served.ts";

const ctx = useServedFunctions();
let keys: Record<string, string>;

beforeEach(async () => {
  ctx.reset();
  keys = await register([["odin", "Одинцовский городской округ"]]);
});

const send = (body: unknown, key = keys.odin) => postJson(ctx.urls.submitReport, body, key);
const onDate = (reportDate: string, figures = {}) =>
  buildMunicipalReport("odin", "Одинцово", reportDate.slice(0, 7), kpiReportFixture(reportDate, figures));
const withKpi = (report: MunicipalReport, id: string, change: Record<string, unknown>) => ({
  ...report,
  kpis: report.kpis.map((kpi) => (kpi.id === id ? { ...kpi, ...change } : kpi)),
});

/** The request is refused with `status`, its Russian issues are returned, and nothing was written. */
async function refused(status: number, body: unknown, key = keys.odin) {
  const before = databaseDump(ctx.emulator);
  const answer = await send(body, key);
  expect(answer.status, JSON.stringify(answer.json)).toBe(status);
  expect(databaseDump(ctx.emulator)).toBe(before);
  return answer.json as { error: string; message: string; issues?: { path: string; message: string }[] };
}

describe("a report older than the accepted one", () => {
  it("is refused with 409 naming both dates, and the month keeps its newer figures", async () => {
    const early = onDate("2026-11-10", { K1: [1, 10] });
    expect((await send(early)).status).toBe(201);
    expect((await send(onDate("2026-11-30", { K1: [7, 10] }))).json).toMatchObject({ revision: 2 });
    const replay = await refused(409, early);
    expect(replay.error).toBe("older");
    expect(replay.message).toContain("10.11.2026");
    expect(replay.message).toContain("30.11.2026");
    expect(idsOf(ctx.emulator, "reportRevisions")).toEqual(["odin_2026-11_r001", "odin_2026-11_r002"]);
  });

  it("a correction on the same report date is still a new revision", async () => {
    await send(onDate("2026-11-30", { K1: [7, 10] }));
    expect((await send(onDate("2026-11-30", { K1: [8, 10] }))).json).toMatchObject({ revision: 2 });
  });
});

describe("figures are recomputed, not trusted", () => {
  const base = reportFixture("odin");
  const k2 = base.kpis.findIndex((kpi) => kpi.id === "K2");

  it("refuses a value that does not follow from numerator and denominator", async () => {
    const json = await refused(
      400,
      withKpi(base, "K2", { numerator: 0, denominator: 10, value: -5, met: true }),
    );
    expect(json.issues!.map((issue) => issue.path)).toEqual([`kpis[${k2}].value`]);
    expect(json.issues![0]!.message).toContain("должно быть 0");
  });

  it("refuses «met» that does not follow from value and target", async () => {
    const json = await refused(
      400,
      withKpi(base, "K2", { numerator: 1, denominator: 10, value: 0.1, met: true }),
    );
    expect(json.issues!.map((issue) => issue.path)).toEqual([`kpis[${k2}].met`]);
  });

  it("stores the server's indicator titles and values, not the sender's text", async () => {
    const titled = {
      ...base,
      kpis: base.kpis.map((kpi) => ({ ...kpi, title: '=HYPERLINK("http://evil.example","K")' })),
    };
    expect((await send(titled)).status).toBe(201);
    const stored = ctx.emulator.documents().find((d) => d.path === "reports/odin_2026-11")!.data as {
      report: MunicipalReport;
    };
    expect(stored.report.kpis.map((kpi) => kpi.title)).toEqual(KPI_DEFINITIONS.map((d) => d.title));
  });

  it("bounds counts", async () => {
    const json = await refused(
      400,
      withKpi(base, "K1", { numerator: 2 ** 53, denominator: 2 ** 53, value: 1 }),
    );
    expect(json.issues!.map((issue) => issue.message).join(" ")).toContain("не больше 1000000");
    await refused(400, { ...base, excludedRows: 2 ** 40 });
  });
});

describe("months are bounded", () => {
  it("refuses a report month after the current Moscow month", async () => {
    const json = await refused(400, reportFixture("odin", "2099-12"));
    expect(json.issues!.find((issue) => issue.path === "month")!.message).toContain("ещё не наступил");
    ctx.clock.now = new Date("2026-11-30T21:30:00Z"); // already 1 December in Moscow
    expect((await send(onDate("2026-12-01"))).status).toBe(201);
  });

  it.each(["2026-13", "0000-00", "2025-08", "2026-12"])("refuses a monthly entry «%s»", async (month) => {
    const report = reportFixture("odin");
    const json = await refused(400, {
      ...report,
      monthly: [...report.monthly.slice(1), { month, developed: 1, implemented: 0 }],
    });
    expect(json.issues!.map((issue) => issue.path)).toContain(`monthly[${report.monthly.length - 1}].month`);
  });

  it("refuses a month given twice", async () => {
    const report = reportFixture("odin");
    await refused(400, { ...report, monthly: [...report.monthly, report.monthly[0]] });
  });
});

describe("names that a spreadsheet would read as formulas", () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', "формулу"],
    ["\t=1+1", "формулу"],
    ["+7 округ", "формулу"],
    ["-1", "формулу"],
    ["@SUM(A1)", "формулу"],
    ["Одинцово\nРуза", "U+000A"],
  ])("are refused in a report: %j", async (name, because) => {
    const json = await refused(400, { ...reportFixture("odin"), name });
    expect(json.issues!.map((issue) => issue.path)).toEqual(["name"]);
    expect(json.issues![0]!.message).toContain(because);
  });
});

describe("keys", () => {
  it.each(["a%2Fb.x", "a%2Fb%2Fc.x", "..x", "%2E.x", "a%00b.x"])(
    "a key whose code is not a municipality code is a 401 without any read: %s",
    async (key) => {
      const reads = ctx.emulator.counters.reads;
      const json = await refused(401, reportFixture("odin"), key);
      expect(json.error).toBe("bad-key");
      expect(ctx.emulator.counters.reads).toBe(reads);
    },
  );
});

describe("texts that look like a person", () => {
  const demandReport = () => reportWithDemand("odin", 2, "Одинцово", undefined, { K1: [2, 10] });
  const inSubject = (text: string) => {
    const report = demandReport();
    return { ...report, demand: report.demand!.map((row, i) => (i ? row : { ...row, subject: text })) };
  };
  const inProgramme = (field: "code" | "title", text: string) => {
    const report = demandReport();
    return {
      ...report,
      programmes: report.programmes!.map((row, i) => (i ? row : { ...row, [field]: text })),
    };
  };

  it.each([
    ["demand[0].subject", inSubject("Иванова Мария Петровна"), "фамилию, имя и отчество"],
    ["programmes[0].code", inProgramme("code", "наставник Иванова М. П."), "фамилию с инициалами"],
    ["programmes[0].title", inProgramme("title", "СНИЛС 123-456-789 00"), "СНИЛС"],
    ["programmes[0].title", inProgramme("title", "Курс отменён, запись по тел. 8-916-123-45-67"), "телефона"],
    ["name", { ...reportFixture("odin"), name: "М.П. Иванова" }, "фамилию с инициалами"],
  ])("are refused in %s, and nothing is stored", async (path, body, kind) => {
    const json = await refused(400, body);
    const issue = json.issues!.find((i) => i.path === path)!;
    expect(issue.message).toContain(kind);
    expect(issue.message).toContain("персональные данные");
  });

  it("real catalogue titles and subjects pass", async () => {
    const report = demandReport();
    const body = {
      ...report,
      demand: report.demand!.map((row) => ({ ...row, subject: "Основы безопасности и защиты Родины" })),
      programmes: report.programmes!.map((row, i) => ({
        ...row,
        title: i ? "Русский язык и литература" : "ДПП «Реализация требований обновлённых ФГОС НОО, ФГОС ООО»",
      })),
    };
    expect((await send(body)).status).toBe(201);
  });
});

describe("demand and programmes that cannot be", () => {
  it("demand without the coverage it must add up to is a 400", async () => {
    const report = reportWithDemand("odin", 2, "Одинцово", undefined, { K1: [2, 10] });
    const json = await refused(400, {
      ...report,
      coverage: [],
      demand: report.demand!.map((row) => ({ ...row, withDeficit: 1_000_000 })),
    });
    expect(json.issues!.map((issue) => issue.path)).toContain("demand");
  });

  it("301 codes of 3 000 000 people from a municipality of 10 is a 400", async () => {
    const report = reportWithDemand("odin", 2, "Одинцово", undefined, { K1: [2, 10] });
    const programmes = Array.from({ length: 301 }, (_, i) => ({
      code: `КОД-${i}`,
      type: "ДПП",
      federal: false,
      planned: 1_000_000,
      inProgress: 1_000_000,
      done: 1_000_000,
    }));
    const json = await refused(400, { ...report, programmes });
    expect(json.issues![0]!.message).toContain("знаменатель K1");
  });
});

describe("reserved ids", () => {
  it.each(["__x__.abc", "__proto__.x", "__.x", "_a.x", "1odin.x"])(
    "a key naming a code that is not a Latin-first code is a 401 at once, without any read: %s",
    async (key) => {
      const reads = ctx.emulator.counters.reads;
      const start = performance.now();
      const json = await refused(401, reportFixture("odin"), key);
      expect(json.error).toBe("bad-key");
      expect(ctx.emulator.counters.reads).toBe(reads);
      expect(performance.now() - start).toBeLessThan(3000);
    },
  );

  it.each(["__x__", "__proto__", "Одн-1", "1odin"])(
    "registering «%s» is refused in Russian",
    async (code) => {
      await expect(register([[code, "Округ"]])).rejects.toMatchObject({
        code: "BAD_CODE",
        message: expect.stringContaining("первый — латинская буква"),
      });
    },
  );
});
