// KPIs count the academic year (1 Sep – 31 Aug) that contains the report date, up to that date.
import { describe, expect, it } from "vitest";
import { activity, diagnostic, fraction, person, reportOf, submission } from "./workbook.ts";

const staff = [person("a@school.ru"), person("b@school.ru")];

describe("academic-year boundaries", () => {
  it("on 31 August the year that began on 1 September of the previous year still counts", () => {
    const report = reportOf(
      {
        staff,
        diagnostics: [
          diagnostic("a@school.ru", "2025-09-01", "цифровые", 60),
          diagnostic("b@school.ru", "2025-08-31", "цифровые", 60),
        ],
      },
      "2026-08-31",
    );
    expect(report.period).toEqual({ from: "2025-09-01", to: "2026-08-31" });
    expect(fraction(report, "K1")).toEqual([1, 2]);
    expect(report.monthly.map((m) => m.month)).toEqual([
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
    ]);
  });

  it("on 1 September a new year starts: the day before no longer counts", () => {
    const report = reportOf(
      {
        staff,
        diagnostics: [
          diagnostic("a@school.ru", "2026-09-01", "цифровые", 60),
          diagnostic("b@school.ru", "2026-08-31", "цифровые", 60),
        ],
      },
      "2026-09-01",
    );
    expect(report.period).toEqual({ from: "2026-09-01", to: "2027-08-31" });
    expect(fraction(report, "K1")).toEqual([1, 2]);
    expect(report.monthly.map((m) => m.month)).toEqual(["2026-09"]);
  });

  it("a route ending on 31 August is last year's ИОМ; a route starting later this year is this year's", () => {
    const report = reportOf(
      {
        staff,
        routes: [
          activity("a@school.ru", "2025-10-01", "2026-08-31"),
          activity("b@school.ru", "2027-01-10", "2027-05-31"),
        ],
      },
      "2026-09-01",
    );
    expect(fraction(report, "K2")).toEqual([1, 2]);
  });

  it("a submission counts only when sent in the year up to the report date", () => {
    const parts = {
      staff,
      register: [
        submission("a@school.ru", "2026-08-31T23:59:00"),
        submission("b@school.ru", "2026-09-01T00:00:00"),
      ],
    };
    expect(fraction(reportOf(parts, "2026-09-01"), "K2")).toEqual([1, 2]);
    expect(fraction(reportOf(parts, "2026-08-31"), "K2")).toEqual([1, 2]);
    const lastYear = reportOf(parts, "2026-08-31");
    expect(lastYear.monthly.at(-1)).toEqual({ month: "2026-08", developed: 1, implemented: 0 });
  });

  it("a federal course finished on 31 August counts for the old year only", () => {
    const parts = {
      staff,
      register: [
        submission("a@school.ru", "2026-08-20T10:00:00", { courseFederal: "да", courseDate: "2026-08-31" }),
      ],
    };
    expect(fraction(reportOf(parts, "2026-08-31"), "K7")).toEqual([1, 2]);
    expect(fraction(reportOf(parts, "2026-09-01"), "K7")).toEqual([0, 2]);
  });
});
