// K1, K1.1 and coverage use the latest diagnostic per person × group by date, within the year up to the report date.
import { describe, expect, it } from "vitest";
import { activity, diagnostic, fraction, person, reportOf } from "./workbook.ts";

const D = "2026-11-30";
const staff = [person("a@school.ru"), person("b@school.ru"), person("c@school.ru")];

describe("latest diagnostics", () => {
  it("takes the latest row by date, not the lowest row in the sheet", () => {
    const report = reportOf(
      {
        staff,
        diagnostics: [
          diagnostic("a@school.ru", "2026-11-01", "цифровые", 80),
          diagnostic("a@school.ru", "2026-09-10", "цифровые", 20),
          diagnostic("b@school.ru", "2026-09-10", "цифровые", 80),
          diagnostic("b@school.ru", "2026-11-01", "цифровые", 20),
        ],
      },
      D,
    );
    expect(fraction(report, "K1")).toEqual([2, 3]);
    expect(fraction(report, "K1.1")).toEqual([1, 2]);
    expect(report.coverage.find((row) => row.group === "цифровые")?.withDeficit).toBe(1);
  });

  it("ignores rows after the report date and before the academic year", () => {
    const report = reportOf(
      {
        staff,
        diagnostics: [
          diagnostic("a@school.ru", "2026-10-01", "цифровые", 80),
          diagnostic("a@school.ru", "2026-12-01", "цифровые", 20),
          diagnostic("b@school.ru", "2026-10-01", "цифровые", 20),
          diagnostic("b@school.ru", "2026-08-31", "цифровые", 90),
          diagnostic("c@school.ru", "2026-12-01", "цифровые", 90),
        ],
      },
      D,
    );
    expect(fraction(report, "K1")).toEqual([2, 3]);
    expect(fraction(report, "K1.1")).toEqual([1, 2]);
  });

  it("K1.1 needs every group's latest level at базовый or higher (a given level stands)", () => {
    const report = reportOf(
      {
        staff,
        diagnostics: [
          diagnostic("a@school.ru", "2026-10-01", "цифровые", 50),
          diagnostic("a@school.ru", "2026-10-01", "предметные", 90),
          diagnostic("b@school.ru", "2026-10-01", "цифровые", 95),
          diagnostic("b@school.ru", "2026-10-01", "предметные", 49.9),
          diagnostic("c@school.ru", "2026-10-01", "методические", 90, { level: "низкий" }),
        ],
      },
      D,
    );
    expect(fraction(report, "K1.1")).toEqual([1, 3]);
  });

  it("counts only staff: diagnostics of people not in «Педагоги» (a warning) stay out of K1", () => {
    const report = reportOf(
      {
        staff,
        diagnostics: [
          diagnostic("a@school.ru", "2026-10-01", "цифровые", 60),
          diagnostic("stranger@school.ru", "2026-10-01", "цифровые", 60),
        ],
      },
      D,
    );
    expect(fraction(report, "K1")).toEqual([1, 3]);
    expect(report.excludedRows).toBe(0);
  });
});

describe("coverage", () => {
  it("per group in spec order: staff at низкий and those with an activity of that group in this year's route", () => {
    const report = reportOf(
      {
        staff,
        diagnostics: [
          diagnostic("a@school.ru", "2026-10-01", "цифровые", 30),
          diagnostic("a@school.ru", "2026-10-01", "методические", 30),
          diagnostic("b@school.ru", "2026-10-01", "цифровые", 30),
          diagnostic("c@school.ru", "2026-10-01", "цифровые", 30),
          diagnostic("c@school.ru", "2026-10-01", "предметные", 60),
        ],
        routes: [
          activity("a@school.ru", "2026-11-01", "2027-05-31", { group: "цифровые" }),
          activity("b@school.ru", "2026-11-01", "2027-05-31", { group: "методические" }),
          activity("c@school.ru", "2025-11-01", "2026-05-31", { group: "цифровые" }),
        ],
      },
      D,
    );
    expect(report.coverage).toEqual([
      { group: "предметные", withDeficit: 0, withIom: 0 },
      { group: "методические", withDeficit: 1, withIom: 0 },
      { group: "психолого-педагогические", withDeficit: 0, withIom: 0 },
      { group: "коммуникативные", withDeficit: 0, withIom: 0 },
      { group: "цифровые", withDeficit: 3, withIom: 1 },
      { group: "управленческие", withDeficit: 0, withIom: 0 },
    ]);
  });
});
