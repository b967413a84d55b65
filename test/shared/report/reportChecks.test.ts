// The server-side checks of a report in isolation: the e-mail scan on hostile values, figures, the cap on issues.
import { describe, expect, it } from "vitest";
import { checkMunicipalReport, MAX_ISSUES } from "../../../shared/report/checkReport.ts";
import { findPersonalData } from "../../../shared/report/personalData.ts";
import { MunicipalityCode } from "../../../shared/report/municipalReport.ts";
import { recomputedReport } from "../../../shared/report/reportFigures.ts";
import { reportFixture } from "./fixtures.ts";

describe("the e-mail scan", () => {
  it.each(["ivanova@school1.ru", "<a.b@c.d.ru>", "mail: Иванова@школа.рф", "x y@z.org"])(
    "finds an address in «%s»",
    (value) => expect(findPersonalData({ note: value })).toHaveLength(1),
  );

  it.each(["a@b.c", "@school.ru", "x @y.ru", "2026-11-30", "Одинцовский городской округ", "a@b"])(
    "leaves «%s» alone",
    (value) => expect(findPersonalData({ note: value })).toEqual([]),
  );

  // The speed goal (< 50 ms for the worst 64 KB body) is shown by bench/personalData.ts; this only guards against
  // the quadratic pattern coming back: 60 000 letters took ≈ 8 s with it, well under a millisecond without.
  it.each([
    ["letters", "a".repeat(60_000)],
    ["Cyrillic letters", "я".repeat(60_000)],
    ["«a@» repeated", "a@".repeat(30_000)],
    ["a domain of dots", `a@${"a.".repeat(30_000)}`],
  ])("does not backtrack on 60 000 %s", (_kind, value) => {
    const start = performance.now();
    findPersonalData({ name: value });
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe("checkMunicipalReport", () => {
  it("answers with the first issues and the total when a body holds thousands", () => {
    const body = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`fio${i}`, 1]));
    const result = checkMunicipalReport(body);
    if (result.ok) throw new Error("expected a refusal");
    expect(result.issues).toHaveLength(MAX_ISSUES);
    expect(result.total).toBeGreaterThan(3000);
    expect(result.issues.at(-1)!.message).toContain(`и ещё ${result.total - MAX_ISSUES + 1} ошибок`);
  });

  it("refuses a list of indicators far longer than the list of indicators without checking each entry", () => {
    const result = checkMunicipalReport({
      ...reportFixture("odin"),
      kpis: Array.from({ length: 10_000 }, () => ({})),
    });
    if (result.ok) throw new Error("expected a refusal");
    expect(result.issues.map((issue) => issue.path)).toEqual(["kpis"]);
  });

  it("returns the report with recomputed values and the server's titles", () => {
    const sent = reportFixture("odin", "2026-11", { K1: [1, 3] });
    const result = checkMunicipalReport({
      ...sent,
      kpis: sent.kpis.map((kpi) => ({
        ...kpi,
        title: "что угодно",
        value: kpi.value === null ? null : kpi.value + 1e-12,
      })),
    });
    expect(result).toEqual({ ok: true, report: recomputedReport(sent) });
    expect(recomputedReport(sent)).toEqual(sent);
  });

  it("does not check the calendar unless told the current month", () => {
    expect(checkMunicipalReport(reportFixture("odin", "2099-12")).ok).toBe(true);
    expect(
      checkMunicipalReport(reportFixture("odin", "2099-12"), { now: new Date("2026-11-30T09:00:00Z") }).ok,
    ).toBe(false);
  });
});

describe("municipality codes", () => {
  it("a workbook's code of any letters makes a report (the command line consolidates it); registration and keys want a Latin letter first", () => {
    expect(checkMunicipalReport(reportFixture("Одн-1")).ok).toBe(true);
    expect(MunicipalityCode.safeParse("Одн-1").success).toBe(false);
    for (const code of ["__x__", "__proto__", "_a", "1odin", "-a"])
      expect(MunicipalityCode.safeParse(code).success, code).toBe(false);
    for (const code of ["odin", "odn-Одн", "o_1", "Odintsovo-GO"])
      expect(MunicipalityCode.safeParse(code).success, code).toBe(true);
  });
});
