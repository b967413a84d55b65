// The period of new routes: report date → 31 May, at least 3 months, settings override, wrong order ignored.
import { describe, expect, it } from "vitest";
import { buildRoutes } from "../../../shared/iom/buildRoutes.ts";
import { addMonths, defaultPeriodFrom, routePeriod, windowStart } from "../../../shared/iom/period.ts";
import { makeBook, smallCatalog } from "./book.ts";

describe("route period", () => {
  it("runs from the report date to 31 May of the academic year", () => {
    expect(defaultPeriodFrom("2026-11-30")).toEqual({ from: "2026-11-30", to: "2027-05-31" });
    expect(defaultPeriodFrom("2026-09-01")).toEqual({ from: "2026-09-01", to: "2027-05-31" });
  });

  it("lasts at least 3 months when 31 May is too close or already past", () => {
    expect(defaultPeriodFrom("2027-04-10")).toEqual({ from: "2027-04-10", to: "2027-07-10" });
    expect(defaultPeriodFrom("2027-06-15")).toEqual({ from: "2027-06-15", to: "2027-09-15" });
    expect(defaultPeriodFrom("2027-02-28")).toEqual({ from: "2027-02-28", to: "2027-05-31" });
  });

  it("adds months clamping to the end of the month", () => {
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addMonths("2027-08-31", 3)).toBe("2027-11-30");
    expect(addMonths("2027-10-15", 3)).toBe("2028-01-15");
  });

  it("takes «Период ИОМ с/по» from settings, either alone or both", () => {
    expect(routePeriod("2026-11-30", { periodFrom: "2027-01-10", periodTo: "2027-03-01" })).toEqual({
      period: { from: "2027-01-10", to: "2027-03-01" },
      warnings: [],
    });
    expect(routePeriod("2026-11-30", { periodFrom: "2027-01-10" }).period).toEqual({
      from: "2027-01-10",
      to: "2027-05-31",
    });
    expect(routePeriod("2026-11-30", { periodTo: "2027-04-30" }).period).toEqual({
      from: "2026-11-30",
      to: "2027-04-30",
    });
  });

  it("ignores a settings period that ends before it starts, with a warning", () => {
    const { period, warnings } = routePeriod("2026-11-30", {
      periodFrom: "2027-03-01",
      periodTo: "2027-01-01",
    });
    expect(period).toEqual({ from: "2026-11-30", to: "2027-05-31" });
    expect(warnings[0]).toContain("01.03.2027");
  });

  it("never plans before the report date inside the period", () => {
    expect(windowStart({ from: "2026-09-01", to: "2027-05-31" }, "2026-11-30")).toBe("2026-11-30");
    expect(windowStart({ from: "2027-01-10", to: "2027-05-31" }, "2026-11-30")).toBe("2027-01-10");
    expect(windowStart({ from: "2025-09-01", to: "2026-05-31" }, "2026-11-30")).toBe("2025-09-01");
  });

  it("is used by routes read from the workbook's settings", () => {
    const book = makeBook({
      staff: [{ email: "a@s.ru" }],
      diagnostics: [{ email: "a@s.ru", group: "цифровые", score: 30 }],
      catalog: smallCatalog(["цифровые"]),
      settings: [
        ["Период ИОМ с", "01.12.2026"],
        ["Период ИОМ по", "30.04.2027"],
      ],
    });
    const result = buildRoutes(book);
    expect(result.period).toEqual({ from: "2026-12-01", to: "2027-04-30" });
    const route = result.routes[0]!;
    expect(route.period).toEqual(result.period);
    for (const a of route.activities) {
      expect(a.start! >= "2026-12-01").toBe(true);
      expect(a.end! <= "2027-04-30").toBe(true);
    }
  });
});
