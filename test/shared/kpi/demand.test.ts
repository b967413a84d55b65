// The demand for courses of one workbook: staff at «низкий» per group × subject, covered, done; catalogue codes by state.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeMunicipalFigures } from "../../../shared/kpi/compute.ts";
import { NO_SUBJECT } from "../../../shared/kpi/demand.ts";
import { OTHER } from "../../../shared/report/bounds.ts";
import { randomBookParts, randomReportDate } from "./randomBooks.ts";
import { activity, bookOf, diagnostic, person, type BookParts } from "./workbook.ts";

const DATE = "2026-11-30";
const ROUTE = ["2026-09-01", "2027-05-31"] as const;

const parts: BookParts = {
  staff: [
    person("a@s.ru", { subject: "математика" }),
    person("b@s.ru", { subject: "Математика " }),
    person("c@s.ru", { subject: "история" }),
    person("d@s.ru", { subject: "" }),
    person("f@s.ru", { subject: '=HYPERLINK("http://x")' }),
    person("e@s.ru", { subject: "математика" }),
    // Three people share the formula-like subject and the name-like one: the first goes as plain text, the other never.
    person("g@s.ru", { subject: '=HYPERLINK("http://x")' }),
    person("h@s.ru", { subject: ' =HYPERLINK("http://x")' }),
    person("i@s.ru", { subject: "Иванова М. П." }),
    person("j@s.ru", { subject: "Иванова М. П." }),
    person("k@s.ru", { subject: "Иванова М. П." }),
  ],
  diagnostics: [
    diagnostic("a@s.ru", "2026-10-01", "цифровые", 30),
    diagnostic("b@s.ru", "2026-10-01", "цифровые", 40),
    diagnostic("c@s.ru", "2026-10-01", "цифровые", 45),
    diagnostic("d@s.ru", "2026-10-01", "цифровые", 20),
    diagnostic("d@s.ru", "2026-10-01", "методические", 10),
    diagnostic("f@s.ru", "2026-10-01", "коммуникативные", 10),
    // At базовый: not a deficit. No group at низкий for «коммуникативные»: no row for it at all.
    diagnostic("e@s.ru", "2026-10-01", "цифровые", 60),
    diagnostic("e@s.ru", "2026-10-01", "коммуникативные", 90),
    diagnostic("i@s.ru", "2026-10-01", "коммуникативные", 15),
  ],
  routes: [
    activity("a@s.ru", ...ROUTE, {
      code: "ПРИМЕР-ЦИФ-1",
      type: "ДПП",
      federal: "да",
      state: "выполнено",
      doneDate: "2026-10-20",
    }),
    activity("a@s.ru", ...ROUTE, { code: "ПРИМЕР-ЦИФ-3", state: "в процессе" }),
    activity("b@s.ru", ...ROUTE, { code: "пример-циф-1", type: "ДПП", federal: "да" }),
    activity("b@s.ru", ...ROUTE, { code: "РД-ИОМ", title: "Рефлексивная диагностика" }),
    activity("c@s.ru", ...ROUTE, { code: "ПРИМЕР-ЦИФ-1", type: "ДПП", federal: "да", state: "не выполнено" }),
    activity("c@s.ru", ...ROUTE, {
      group: "методические",
      code: "СВОЙ-1",
      title: "Курс Ивановой М. П.",
      type: "ДПП",
    }),
    activity("e@s.ru", ...ROUTE, { code: "", title: "Без кода" }),
  ],
};

describe("demandFigures", () => {
  const book = bookOf(parts, DATE);
  const { demand, kpis } = computeMunicipalFigures(book);

  it("counts staff at низкий per group × subject (compared normalised, as plain text), covered by a route, done", () => {
    expect(book.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(demand.demand).toEqual([
      { group: "методические", subject: NO_SUBJECT, withDeficit: 1, withIom: 0, done: 0 },
      // Never a text a spreadsheet would take for a formula; a subject that looks like a person is «прочие».
      { group: "коммуникативные", subject: OTHER, withDeficit: 1, withIom: 0, done: 0 },
      { group: "коммуникативные", subject: 'HYPERLINK("http://x")', withDeficit: 1, withIom: 0, done: 0 },
      { group: "цифровые", subject: NO_SUBJECT, withDeficit: 1, withIom: 0, done: 0 },
      { group: "цифровые", subject: "математика", withDeficit: 2, withIom: 2, done: 1 },
      // «история» is one person's subject: it could point at her, so it is counted under «прочие».
      { group: "цифровые", subject: OTHER, withDeficit: 1, withIom: 1, done: 0 },
    ]);
  });

  it("adds up per group to the coverage of the KPIs", () => {
    for (const coverage of kpis.coverage) {
      const rows = demand.demand.filter((row) => row.group === coverage.group);
      expect(rows.reduce((s, r) => s + r.withDeficit, 0)).toBe(coverage.withDeficit);
      expect(rows.reduce((s, r) => s + r.withIom, 0)).toBe(coverage.withIom);
    }
  });

  it("counts each person once per catalogue code by the most advanced state, code and title only from «Каталог»", () => {
    expect(demand.programmes).toEqual([
      {
        code: "ПРИМЕР-ЦИФ-1",
        title: "ДПП «Цифровая образовательная среда в работе педагога» (федеральный реестр)",
        type: "ДПП",
        federal: true,
        planned: 1,
        inProgress: 0,
        done: 1,
      },
      {
        code: "ПРИМЕР-ЦИФ-3",
        title: "Семинар-практикум «Цифровая образовательная среда в работе педагога»",
        type: "мероприятие",
        federal: false,
        planned: 0,
        inProgress: 1,
        done: 0,
      },
      // A code not in «Каталог» is typed by hand and may name anyone: counted, never named.
      { code: OTHER, type: null, federal: false, planned: 1, inProgress: 0, done: 0 },
    ]);
  });

  it("agrees with the coverage on random workbooks", () => {
    fc.assert(
      fc.property(randomBookParts, randomReportDate, (random, date) => {
        const figures = computeMunicipalFigures(bookOf(random, date));
        for (const coverage of figures.kpis.coverage) {
          const rows = figures.demand.demand.filter((row) => row.group === coverage.group);
          expect(rows.reduce((s, r) => s + r.withDeficit, 0)).toBe(coverage.withDeficit);
          expect(rows.reduce((s, r) => s + r.withIom, 0)).toBe(coverage.withIom);
          for (const row of rows) expect(row.withDeficit).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});
