// Monthly figures: ИОМ developed (first appearance this year) and implemented (became реализован) per month.
import { describe, expect, it } from "vitest";
import { monthsOfWindow } from "../../../shared/kpi/monthly.ts";
import { activity, person, reportOf, submission } from "./workbook.ts";

describe("months of the academic year", () => {
  it("run from September to the report month, across the new year", () => {
    expect(monthsOfWindow({ from: "2026-09-01", to: "2027-02-03" })).toEqual([
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
      "2027-01",
      "2027-02",
    ]);
  });
});

describe("monthly figures", () => {
  const staff = ["a", "b", "c", "d", "e"].map((name) => person(`${name}@school.ru`));

  it("count each person once, in the month of their first route or submission this year", () => {
    const report = reportOf(
      {
        staff,
        register: [
          submission("a@school.ru", "2026-09-30T23:00:00"),
          submission("a@school.ru", "2026-10-15T10:00:00", { status: "реализуется" }),
          submission("b@school.ru", "2026-11-02T10:00:00"),
          // Sent after the report date: not yet.
          submission("e@school.ru", "2026-12-01T10:00:00"),
        ],
        routes: [
          activity("b@school.ru", "2026-10-05", "2027-05-31"),
          // Carried over from last year: developed then, not now.
          activity("c@school.ru", "2026-03-01", "2026-12-31"),
          // Planned to start after the report date: counted when it starts.
          activity("d@school.ru", "2027-01-10", "2027-05-31"),
        ],
      },
      "2026-11-30",
    );
    expect(report.monthly).toEqual([
      { month: "2026-09", developed: 1, implemented: 0 },
      { month: "2026-10", developed: 1, implemented: 0 },
      { month: "2026-11", developed: 0, implemented: 0 },
    ]);
  });

  it("count an implementation in the month the status became реализован", () => {
    const report = reportOf(
      {
        staff,
        register: [
          submission("a@school.ru", "2026-09-10T10:00:00", { status: "реализуется" }),
          submission("a@school.ru", "2026-10-10T10:00:00", { status: "реализован", end: "2026-10-01" }),
          submission("a@school.ru", "2026-11-10T10:00:00", { status: "реализован", end: "2026-10-01" }),
          submission("b@school.ru", "2026-09-10T10:00:00", {
            status: "реализован",
            start: "2026-09-01",
            end: "2026-09-01",
          }),
          submission("b@school.ru", "2026-10-10T10:00:00", { status: "реализуется" }),
        ],
        routes: [
          activity("c@school.ru", "2026-09-01", "2026-12-31", { state: "выполнено", doneDate: "2026-09-20" }),
          activity("c@school.ru", "2026-09-01", "2026-12-31", { state: "выполнено", doneDate: "2026-11-05" }),
          // Done, but without a date: implemented, month unknown.
          activity("d@school.ru", "2026-09-01", "2026-12-31", { state: "выполнено" }),
        ],
      },
      "2026-11-30",
    );
    expect(report.monthly).toEqual([
      { month: "2026-09", developed: 4, implemented: 0 },
      { month: "2026-10", developed: 0, implemented: 1 },
      { month: "2026-11", developed: 0, implemented: 1 },
    ]);
  });
});
