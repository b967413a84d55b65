// K2 counts the register of ИОМ (seed 004), so K2 may exceed K1; the report says how many of K2's people were
// diagnosed in the academic year, and the municipal report carries it to the region, which sums it.
import { describe, expect, it } from "vitest";
import { aggregateRegion } from "../../../shared/report/aggregate.ts";
import { checkMunicipalReport } from "../../../shared/report/checkReport.ts";
import { buildMunicipalReport } from "../../../shared/report/municipalReport.ts";
import { kpiTexts } from "../../../shared/text/kpiTexts.ts";
import { activity, diagnostic, fraction, person, reportOf, submission } from "./workbook.ts";

const REPORT_DATE = "2026-11-30";
const report = reportOf(
  {
    staff: ["a", "b", "c", "d", "e"].map((name) => person(`${name}@school.ru`)),
    diagnostics: [
      // a: a route resting on last year's diagnostics.
      diagnostic("a@school.ru", "2026-03-01", "цифровые", 30),
      diagnostic("b@school.ru", "2026-10-01", "цифровые", 30),
      diagnostic("c@school.ru", "2026-10-01", "цифровые", 30),
      // d: diagnosed after the report date — not yet.
      diagnostic("d@school.ru", "2026-12-10", "цифровые", 30),
      // Not on the staff: neither K1 nor K2 counts them.
      diagnostic("x@school.ru", "2026-10-01", "цифровые", 30),
    ],
    routes: [
      activity("a@school.ru", "2026-09-01", "2027-05-31"),
      activity("b@school.ru", "2026-09-01", "2027-05-31"),
      activity("x@school.ru", "2026-09-01", "2027-05-31"),
    ],
    register: [submission("d@school.ru", "2026-10-05T10:00:00")],
  },
  REPORT_DATE,
);

describe("K2: of them diagnosed in the academic year", () => {
  it("counts K2's people with a diagnosis dated in the year up to the report date, so K2 > K1 is explained", () => {
    expect(fraction(report, "K1")).toEqual([2, 5]); // b, c
    expect(fraction(report, "K2")).toEqual([3, 5]); // a, b, d
    expect(report.k2Diagnosed).toBe(1); // b only: a's is last year's, d's after the report date
  });

  it("goes into the municipal report, which the server accepts, and the region sums it over those that send it", () => {
    const sent = buildMunicipalReport("a", "Альфа", "2026-11", report);
    expect(sent.k2Diagnosed).toBe(1);
    const checked = checkMunicipalReport(JSON.parse(JSON.stringify(sent)));
    expect(checked.ok && checked.report.k2Diagnosed).toBe(1);

    const { k2Diagnosed: _omitted, ...older } = { ...sent, code: "b", name: "Бета" };
    const region = aggregateRegion({
      month: "2026-11",
      known: [
        { code: "a", name: "Альфа" },
        { code: "b", name: "Бета" },
        { code: "c", name: "Гамма" },
      ],
      reports: [sent, { ...sent, code: "c", name: "Гамма", k2Diagnosed: 3 }, older],
    });
    // Over the two that give it: their diagnosed and their K2 numerators, never the third's.
    expect(region.region.k2Diagnosed).toEqual({ diagnosed: 4, withIom: 6, municipalities: 2 });
    expect(region.municipalities.map((m) => m.k2Diagnosed)).toEqual([1, undefined, 3]);
  });

  it("a report whose figure is above its K2 numerator is refused with a Russian reason", () => {
    const sent = { ...buildMunicipalReport("a", "Альфа", "2026-11", report), k2Diagnosed: 4 };
    const checked = checkMunicipalReport(sent);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.issues.map((issue) => issue.message).join(" ")).toMatch(
        /больше, чем владельцев ИОМ в K2 \(3\)/u,
      );
  });

  it("says in a svod how many municipalities its sum covers, in Russian plurals", () => {
    expect(kpiTexts.k2DiagnosedPartly(20, 21)).toBe("по данным 20 из 21 муниципалитета");
    expect(kpiTexts.k2DiagnosedPartly(1, 2)).toBe("по данным 1 из 2 муниципалитетов");
    expect(kpiTexts.k2DiagnosedPartly(10, 11)).toBe("по данным 10 из 11 муниципалитетов");
    expect(kpiTexts.k2DiagnosedPartly(30, 45)).toBe("по данным 30 из 45 муниципалитетов");
  });
});
