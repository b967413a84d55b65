// Figures a report cannot have: demand that skips the coverage, programmes with more people than the staff, dates
// after today or long ago, a moment in the future.
import { describe, expect, it } from "vitest";
import { checkMunicipalReport } from "../../../shared/report/checkReport.ts";
import { MAX_ACTIVITIES_PER_PERSON } from "../../../shared/report/demandReport.ts";
import { buildMunicipalReport, type MunicipalReport } from "../../../shared/report/municipalReport.ts";
import { kpiReportFixture, reportWithDemand } from "./fixtures.ts";

const messages = (input: unknown, now?: Date) => {
  const check = checkMunicipalReport(input, now ? { now } : {});
  return check.ok ? "" : check.issues.map((issue) => `${issue.path}: ${issue.message}`).join("\n");
};
/** A report of «odin» with its demand, 10 staff (K1's denominator). */
const withStaff = (): MunicipalReport => reportWithDemand("odin", 2, undefined, undefined, { K1: [2, 10] });

describe("demand totals", () => {
  it("a report with no coverage cannot carry demand", () => {
    const report = withStaff();
    const huge = {
      ...report,
      coverage: [],
      demand: report.demand!.map((row) => ({ ...row, withDeficit: 1_000_000 })),
    };
    expect(messages(huge)).toContain("группы нет в охвате");
  });

  it("every demand group is in the coverage and the sums agree both ways", () => {
    const report = withStaff();
    const [first, ...rest] = report.coverage;
    expect(messages({ ...report, coverage: rest })).toContain(`по группе «${first!.group}»`);
    // A group covered but without demand rows is refused too (it was before).
    expect(
      messages({ ...report, demand: report.demand!.filter((row) => row.group !== first!.group) }),
    ).toContain(`по группе «${first!.group}»`);
    expect(messages(report)).toBe("");
  });
});

describe("programmes against the staff", () => {
  it("refuses a code with more people than the municipality's staff, naming K1", () => {
    const report = withStaff();
    const [first, ...rest] = report.programmes!;
    const text = messages({
      ...report,
      programmes: [{ ...first!, planned: 9, inProgress: 1, done: 1 }, ...rest],
    });
    expect(text).toContain("programmes[0]");
    expect(text).toContain("педагогов в муниципалитете 10 (знаменатель K1)");
    expect(
      messages({ ...report, programmes: [{ ...first!, planned: 8, inProgress: 1, done: 1 }, ...rest] }),
    ).toBe("");
  });

  it("refuses 301 codes of 3 000 000 people each", () => {
    const report = withStaff();
    const programmes = Array.from({ length: 301 }, (_, i) => ({
      code: `КОД-${i}`,
      type: "ДПП" as const,
      federal: false,
      planned: 1_000_000,
      inProgress: 1_000_000,
      done: 1_000_000,
    }));
    const text = messages({ ...report, programmes });
    expect(text).toContain("знаменатель K1");
    expect(text).toContain(`по ${MAX_ACTIVITIES_PER_PERSON} на человека`);
  });

  it("bounds one person's activities in all, «прочие» included", () => {
    const report = withStaff();
    const codes = Array.from({ length: 52 }, (_, i) => ({
      code: `КОД-${i}`,
      type: "ДПП" as const,
      federal: false,
      planned: 10,
      inProgress: 0,
      done: 0,
    }));
    expect(messages({ ...report, programmes: codes })).toBe("");
    const other = { code: "прочие", type: null, federal: false, planned: 20, inProgress: 0, done: 0 };
    // «прочие» sums several codes: more people than the staff there is fine, beyond the total is not.
    expect(messages({ ...report, programmes: [...codes.slice(2), other] })).toBe("");
    expect(messages({ ...report, programmes: [...codes, other] })).toContain("по всем кодам учтено 540");
  });
});

describe("dates on the region's clock", () => {
  const on15 = new Date("2026-11-15T09:00:00Z");
  const dated = (reportDate: string) =>
    buildMunicipalReport("odin", "Одинцово", reportDate.slice(0, 7), kpiReportFixture(reportDate));

  it("refuses a report dated after today in Moscow, with a day of slack for the zones east of it", () => {
    expect(messages(dated("2026-11-30"), on15)).toContain("дата отчёта 30.11.2026 ещё не наступила");
    expect(messages(dated("2026-11-15"), on15)).toBe("");
    expect(messages(dated("2026-11-16"), on15)).toBe("");
    expect(messages(dated("2026-11-17"), on15)).toContain("reportDate");
    // 23:30 in Moscow on the 30th: the 1st is «tomorrow» and still allowed; the month after is not.
    const late = new Date("2026-11-30T20:30:00Z");
    expect(messages(dated("2026-12-01"), late)).not.toContain("reportDate");
    expect(messages(dated("2027-01-01"), late)).toContain("ещё не наступил");
  });

  it("refuses a month more than a year before today", () => {
    expect(messages(dated("1990-01-31"), on15)).toContain("больше чем на год раньше");
    expect(messages(dated("2025-10-31"), on15)).toContain("больше чем на год раньше");
    expect(messages(dated("2025-11-30"), on15)).not.toContain("больше чем на год раньше");
  });

  it("refuses a generation moment ahead of the clock by more than ten minutes", () => {
    const report = { ...dated("2026-11-15"), generatedAt: "2026-11-15T09:09:00.000Z" };
    expect(messages(report, on15)).toBe("");
    expect(messages({ ...report, generatedAt: "2099-01-01T00:00:00.000Z" }, on15)).toContain(
      "проверьте часы",
    );
    expect(messages({ ...report, generatedAt: "2026-11-15" }, on15)).toContain("generatedAt");
  });

  it("checks no date unless the clock is given (the command line consolidates any month)", () => {
    expect(messages(dated("1990-01-31"))).toBe("");
  });
});
