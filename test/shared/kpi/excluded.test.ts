// Rows with errors are left out of every figure and counted; a zero denominator gives «нет данных», not 0%.
import { describe, expect, it } from "vitest";
import { readBook } from "../../../shared/book.ts";
import { computeKpis } from "../../../shared/kpi/compute.ts";
import { KPI_IDS, KpiReport } from "../../../shared/kpi/definitions.ts";
import {
  activity,
  diagnostic,
  fraction,
  kpiOf,
  org,
  person,
  reportOf,
  reportWithErrors,
  sheetsOf,
  submission,
} from "./workbook.ts";

const D = "2026-11-30";

describe("rows with errors", () => {
  it("are left out of numerators and denominators and counted in excludedRows", () => {
    const report = reportWithErrors(
      {
        staff: [
          person("a@school.ru", { fgos: "да" }),
          person("не-адрес", { fgos: "да" }),
          person("b@school.ru", { fgos: "может быть" }),
          person("a@school.ru", { fgos: "да" }),
        ],
        orgs: [org("МБОУ СОШ № 1", { moMonitoring: "да" }), org("МБОУ СОШ № 2", { type: "гимназия" })],
        diagnostics: [
          diagnostic("a@school.ru", "2026-10-01", "цифровые", 60),
          diagnostic("a@school.ru", "2026-11-01", "цифровые", 120),
        ],
        register: [submission("a@school.ru", "2026-10-01T10:00:00", { end: "2026-09-01" })],
        routes: [
          activity("a@school.ru", "2026-10-01", "2027-05-31", { doneDate: "2026-12-15", state: "выполнено" }),
        ],
      },
      D,
    );
    // staff: a bad e-mail, a bad да/нет, a duplicate; orgs: a bad type; diagnostics: a score of 120;
    // register: end before start; routes: a completion after the report date.
    expect(report.excludedRows).toBe(7);
    expect(fraction(report, "K4")).toEqual([1, 1]);
    expect(fraction(report, "K8")).toEqual([1, 1]);
    // The latest valid diagnostic (60, базовый) stands; the invalid later one does not override it.
    expect(fraction(report, "K1.1")).toEqual([1, 1]);
    expect(fraction(report, "K2")).toEqual([0, 1]);
  });

  it("a missing required column leaves the sheet's rows out (the column is reported once, on row 1)", () => {
    const sheets = sheetsOf({
      staff: [person("a@school.ru"), person("b@school.ru")],
      diagnostics: [diagnostic("a@school.ru", "2026-10-01", "цифровые", 60)],
    }).map((sheet) =>
      sheet.name === "Диагностика"
        ? { ...sheet, values: sheet.values.map((row) => row.filter((_, column) => column !== 2)) }
        : sheet,
    );
    const book = readBook(sheets, { reportDate: D });
    expect(book.findings.map((f) => [f.sheet, f.row, f.code])).toEqual([["Диагностика", 1, "required"]]);
    const report = computeKpis(book);
    expect(report.excludedRows).toBe(1);
    expect(fraction(report, "K1")).toEqual([0, 2]);
  });

  it("rows with warnings count", () => {
    const report = reportOf(
      {
        staff: [person("a@school.ru")],
        diagnostics: [diagnostic("a@school.ru", "2026-10-01", "цифровые", 30, { level: "базовый" })],
      },
      D,
    );
    expect(report.excludedRows).toBe(0);
    expect(fraction(report, "K1.1")).toEqual([1, 1]);
  });
});

describe("a zero denominator", () => {
  it("gives value null, met null for every indicator of an empty workbook, never 0% or NaN", () => {
    const report = reportOf({ orgs: [] }, D);
    expect(KpiReport.safeParse(report).success).toBe(true);
    expect(report.kpis.map((kpi) => kpi.id)).toEqual([...KPI_IDS]);
    for (const kpi of report.kpis)
      expect(kpi).toMatchObject({ numerator: 0, denominator: 0, value: null, met: null });
  });

  it("only for the indicators that have no population", () => {
    const report = reportOf({ staff: [person("head@school.ru", { category: "управленческий кадр" })] }, D);
    expect(kpiOf(report, "K12")).toMatchObject({ denominator: 1, value: 0, met: false });
    expect(kpiOf(report, "K4")).toMatchObject({ denominator: 0, value: null, met: null });
    expect(kpiOf(report, "K6")).toMatchObject({ numerator: 0, denominator: 0, value: null, met: null });
  });
});
