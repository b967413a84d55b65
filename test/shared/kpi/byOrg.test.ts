// KPIs by organisation: each organisation's staff indicators, rows that add up to the municipal figures, sorting.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kpisByOrg, NO_ORG, type OrgKpiReport } from "../../../shared/kpi/byOrg.ts";
import { computeKpis } from "../../../shared/kpi/compute.ts";
import { kpiContext } from "../../../shared/kpi/context.ts";
import { STAFF_KPI_IDS } from "../../../shared/kpi/indicators.ts";
import { randomBookParts, randomReportDate } from "./randomBooks.ts";
import { activity, bookOf, diagnostic, org, person, SCHOOL, submission, type BookParts } from "./workbook.ts";

const GARDEN = "МБДОУ Детский сад № 3";
const GYMNASIUM = "Гимназия № 5";
const DATE = "2026-11-30";

const parts: BookParts = {
  orgs: [org(SCHOOL), org(GARDEN, { type: "дошкольная" }), org(GYMNASIUM)],
  staff: [
    person("a@s.ru", { fgos: "да", community: "да", contest: "да" }),
    person("b@s.ru", { fgos: "да", community: "да" }),
    person("c@g.ru", { org: GARDEN, position: "воспитатель", community: "да" }),
    person("d@g.ru", { org: GARDEN, position: "воспитатель" }),
    person("e@g.ru", { org: GARDEN, category: "управленческий кадр", position: "заведующий" }),
  ],
  diagnostics: [
    diagnostic("a@s.ru", "2026-10-01", "цифровые", 40),
    diagnostic("b@s.ru", "2026-10-01", "цифровые", 90),
    diagnostic("c@g.ru", "2026-10-01", "методические", 60),
  ],
  register: [
    submission("a@s.ru", "2026-10-02", { status: "реализован", end: "2026-11-15" }),
    // Not in «Педагоги»: the ИОМ counts for K2.1 and for the organisation of the submission.
    submission("x@s.ru", "2026-10-03", { org: GYMNASIUM, status: "не реализован", end: "2026-11-01" }),
  ],
  routes: [
    activity("c@g.ru", "2026-09-01", "2026-10-31", {
      org: GARDEN,
      state: "выполнено",
      doneDate: "2026-10-20",
    }),
    // Not in «Педагоги» and no organisation anywhere: its own row, never lost from the total.
    activity("y@s.ru", "2026-09-01", "2026-10-31", { org: "", state: "выполнено", doneDate: "2026-10-20" }),
  ],
};

const fractionOf = (report: OrgKpiReport, org: string, id: string) => {
  const row = report.rows.find((r) => r.org === org)!;
  const kpi = row.kpis.find((k) => k.id === id)!;
  return [kpi.numerator, kpi.denominator];
};

/** Every row's numerator and denominator, per indicator, summed, must be the municipality's. */
function expectRowsAddUp(report: OrgKpiReport) {
  STAFF_KPI_IDS.forEach((id, index) => {
    const total = report.total.kpis[index]!;
    expect(total.id).toBe(id);
    const sum = (key: "numerator" | "denominator") =>
      report.rows.reduce((s, row) => s + row.kpis[index]![key], 0);
    expect([sum("numerator"), sum("denominator")], id).toEqual([total.numerator, total.denominator]);
  });
}

describe("kpisByOrg", () => {
  const book = bookOf(parts, DATE);
  const report = kpisByOrg(kpiContext(book));

  it("counts each organisation's staff and ИОМ", () => {
    expect(book.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(fractionOf(report, SCHOOL, "K1")).toEqual([2, 2]);
    expect(fractionOf(report, SCHOOL, "K1.1")).toEqual([1, 2]);
    expect(fractionOf(report, GARDEN, "K1")).toEqual([1, 3]);
    expect(fractionOf(report, GARDEN, "K4")).toEqual([0, 2]);
    expect(fractionOf(report, SCHOOL, "K6")).toEqual([1, 2]);
    expect(fractionOf(report, GARDEN, "K12")).toEqual([1, 3]);
    expect(fractionOf(report, SCHOOL, "K2.1")).toEqual([1, 1]);
    expect(fractionOf(report, GYMNASIUM, "K2.1")).toEqual([0, 1]);
    expect(fractionOf(report, GYMNASIUM, "K1")).toEqual([0, 0]);
    expect(fractionOf(report, NO_ORG, "K2.1")).toEqual([1, 1]);
  });

  it("has a row per organisation of «ОО» and adds up to the municipal figures", () => {
    expect(report.rows.map((r) => r.org).sort()).toEqual([GYMNASIUM, GARDEN, SCHOOL, NO_ORG].sort());
    const municipal = computeKpis(book).kpis.filter((k) =>
      (STAFF_KPI_IDS as readonly string[]).includes(k.id),
    );
    expect(report.total.kpis).toEqual(municipal);
    expectRowsAddUp(report);
  });

  it("puts the organisations that miss the most targets first", () => {
    const missed = report.rows.map((r) => r.missed);
    expect(missed).toEqual([...missed].sort((a, b) => b - a));
    expect(report.rows[0]!.org).toBe(GARDEN);
    for (const row of report.rows) expect(row.missed).toBe(row.kpis.filter((k) => k.met === false).length);
  });

  it("adds up to the municipal figures on random workbooks", () => {
    fc.assert(
      fc.property(randomBookParts, randomReportDate, (random, date) => {
        const randomBook = bookOf(random, date);
        const byOrg = kpisByOrg(kpiContext(randomBook));
        expectRowsAddUp(byOrg);
        const municipal = computeKpis(randomBook).kpis;
        for (const kpi of byOrg.total.kpis) expect(municipal.find((k) => k.id === kpi.id)).toEqual(kpi);
      }),
      { numRuns: 200 },
    );
  });
});
