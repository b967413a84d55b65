// The «Показатели» table model: values in %, targets, statuses and their colours, months and coverage.
import { describe, expect, it } from "vitest";
import { KPI_TABLE_HEADERS, kpiTable, monthName, STATUS_COLORS } from "../../../shared/tables/kpiTable.ts";
import { diagnostic, person, reportOf, submission } from "./workbook.ts";

const report = reportOf(
  {
    staff: [person("a@school.ru", { contest: "да" }), person("b@school.ru"), person("c@school.ru")],
    diagnostics: [diagnostic("a@school.ru", "2026-10-01", "цифровые", 30)],
    register: [submission("a@school.ru", "2026-10-01T10:00:00")],
  },
  "2026-11-30",
);
const table = kpiTable(report);
const row = (id: string) => table.rows.find((r) => r.id === id)!;

describe("kpiTable", () => {
  it("has one row per indicator, in report order, under the Russian headers", () => {
    expect(table.title).toBe("Показатели");
    expect(table.rows.map((r) => r.id)).toEqual(report.kpis.map((k) => k.id));
    expect(table.headers).toEqual(KPI_TABLE_HEADERS);
  });

  it("shows shares in percent with the status «не достигнут» in red", () => {
    expect(row("K1")).toMatchObject({
      numerator: 1,
      denominator: 3,
      value: 33.3,
      target: 60,
      valueText: "33,3 %",
      targetText: "≥ 60 %",
      countText: "1 из 3",
      status: "не достигнут",
      color: STATUS_COLORS["не достигнут"],
    });
  });

  it("shows a count for K6 and «достигнут» in green", () => {
    expect(row("K6")).toMatchObject({
      value: 1,
      target: 1,
      valueText: "1",
      countText: "1",
      status: "достигнут",
    });
    expect(row("K6").color).toEqual(STATUS_COLORS["достигнут"]);
  });

  it("shows «нет данных» in grey and a dash for an empty denominator", () => {
    expect(row("K2.1")).toMatchObject({ value: null, valueText: "—", status: "нет данных" });
  });

  it("carries how many of K2's people were diagnosed this year: a has an ИОМ and a diagnosis, b has neither", () => {
    expect(report.k2Diagnosed).toBe(1);
    expect(table.k2Diagnosed).toEqual({
      diagnosed: 1,
      withIom: 1,
      value: 100,
      valueText: "100 %",
      countText: "1 из 1",
      text: "1 из 1 (100 %)",
    });
  });

  it("gives the three statuses three different colours", () => {
    const fills = new Set(Object.values(STATUS_COLORS).map((color) => color.fill));
    expect(fills.size).toBe(3);
  });

  it("names the months in Russian and adds a total row", () => {
    expect(monthName("2026-09")).toBe("сентябрь 2026");
    expect(monthName("2027-01")).toBe("январь 2027");
    expect(table.monthly.rows).toEqual([
      ["сентябрь 2026", 0, 0],
      ["октябрь 2026", 1, 0],
      ["ноябрь 2026", 0, 0],
      ["Итого", 1, 0],
    ]);
    expect(table.coverage.rows).toContainEqual(["цифровые", 1, 0]);
    expect(table.caption.join("\n")).toContain("30.11.2026");
  });
});
