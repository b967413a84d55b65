// The demand in the municipal report and the region: caps that keep totals, a strict schema, sums over municipalities.
import { describe, expect, it } from "vitest";
import type { DemandFigures, DemandRow, ProgrammeRow } from "../../../shared/kpi/demand.ts";
import { aggregateRegion, consolidateJson } from "../../../shared/report/aggregate.ts";
import { checkMunicipalReport } from "../../../shared/report/checkReport.ts";
import { OTHER } from "../../../shared/report/bounds.ts";
import { capDemand, capProgrammes, utf8Length } from "../../../shared/report/demandCaps.ts";
import { buildMunicipalReport, REPORT_BYTES_BUDGET } from "../../../shared/report/municipalReport.ts";
import { findPersonalData } from "../../../shared/report/personalData.ts";
import { COMPETENCE_GROUPS } from "../../../shared/schema/enums.ts";
import { kpiReportFixture, reportWithDemand } from "./fixtures.ts";

const sum = <T>(rows: readonly T[], key: (row: T) => number) => rows.reduce((s, row) => s + key(row), 0);

/** `subjects` subjects per group with 1…n staff at низкий, half of them covered; `codes` codes. */
function manyFigures(subjects: number, codes: number, name = (i: number) => `предмет ${i}`): DemandFigures {
  const demand: DemandRow[] = COMPETENCE_GROUPS.flatMap((group) =>
    Array.from({ length: subjects }, (_, i) => ({
      group,
      subject: name(i),
      withDeficit: i + 1,
      withIom: Math.floor((i + 1) / 2),
      done: Math.floor((i + 1) / 4),
    })),
  );
  const programmes: ProgrammeRow[] = Array.from({ length: codes }, (_, i) => ({
    code: `КОД-${String(i).padStart(4, "0")}`,
    title: `Программа повышения квалификации № ${i} «Современные технологии обучения»`,
    type: "ДПП",
    federal: i % 3 === 0,
    planned: (i % 7) + 1,
    inProgress: i % 2,
    done: i % 5,
  }));
  return { demand, programmes };
}

/** A KpiReport whose coverage agrees with `figures` (what computeKpis gives for the same workbook), staff 10 000. */
function kpisFor(figures: DemandFigures) {
  const report = kpiReportFixture("2026-11-30", { K1: [5000, 10_000] });
  return {
    ...report,
    coverage: COMPETENCE_GROUPS.map((group) => {
      const rows = figures.demand.filter((row) => row.group === group);
      return { group, withDeficit: sum(rows, (r) => r.withDeficit), withIom: sum(rows, (r) => r.withIom) };
    }),
  };
}

describe("caps", () => {
  const figures = manyFigures(90, 450);

  it("a report over the caps names 60 subjects and 300 codes, sums the rest as «прочие» and keeps its totals", () => {
    const demand = capDemand(figures.demand, 60);
    expect(new Set(demand.map((row) => row.subject)).size).toBe(61);
    expect(demand.filter((row) => row.subject === OTHER)).toHaveLength(6);
    // The subjects with the most staff at низкий are the ones named.
    expect(demand.some((row) => row.subject === "предмет 89")).toBe(true);
    expect(demand.some((row) => row.subject === "предмет 0")).toBe(false);
    for (const key of ["withDeficit", "withIom", "done"] as const)
      for (const group of COMPETENCE_GROUPS) {
        const of = (rows: readonly DemandRow[]) =>
          sum(
            rows.filter((r) => r.group === group),
            (r) => r[key],
          );
        expect(of(demand)).toBe(of(figures.demand));
      }
    const programmes = capProgrammes(figures.programmes, 300);
    expect(programmes).toHaveLength(301);
    expect(programmes.at(-1)).toMatchObject({ code: OTHER, type: null, federal: false });
    for (const key of ["planned", "inProgress", "done"] as const)
      expect(sum(programmes, (r) => r[key])).toBe(sum(figures.programmes, (r) => r[key]));
  });

  it("the built report passes the strict schema, fits the byte budget and keeps every total", () => {
    const report = buildMunicipalReport("odin", "Одинцово", "2026-11", kpisFor(figures), figures);
    const check = checkMunicipalReport(report);
    expect(check.ok ? [] : check.issues).toEqual([]);
    expect(utf8Length(JSON.stringify(report))).toBeLessThanOrEqual(REPORT_BYTES_BUDGET);
    expect(sum(report.demand!, (r) => r.withDeficit)).toBe(sum(figures.demand, (r) => r.withDeficit));
    expect(sum(report.programmes!, (r) => r.planned)).toBe(sum(figures.programmes, (r) => r.planned));
  });

  it("caps tighter when long names would not fit, still keeping the totals", () => {
    const long = manyFigures(60, 300, (i) => `${"очень длинное название предмета ".repeat(3)}${i}`);
    const report = buildMunicipalReport("odin", "Одинцово", "2026-11", kpisFor(long), long);
    expect(checkMunicipalReport(report).ok).toBe(true);
    expect(utf8Length(JSON.stringify(report))).toBeLessThanOrEqual(REPORT_BYTES_BUDGET);
    expect(report.demand!.some((row) => row.subject === OTHER)).toBe(true);
    expect(sum(report.demand!, (r) => r.withIom)).toBe(sum(long.demand, (r) => r.withIom));
    expect(sum(report.programmes!, (r) => r.done)).toBe(sum(long.programmes, (r) => r.done));
  });

  it("counts UTF-8 bytes as the server does", () => {
    for (const text of ["abc", "предмет", "«ё»", "😀 x", ""])
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, "utf8"));
  });
});

describe("the report's demand schema", () => {
  const base = reportWithDemand("odin", 2, undefined, undefined, { K1: [2, 10] });

  it("rejects rows that disagree with the coverage, repeat, or cover more than the deficit", () => {
    const issues = (input: unknown) => {
      const check = checkMunicipalReport(input);
      return check.ok ? [] : check.issues.map((issue) => issue.message).join(" ");
    };
    expect(issues(base)).toEqual([]);
    const [first, ...rest] = base.demand!;
    expect(issues({ ...base, demand: rest })).toContain(`по группе «${first!.group}»`);
    expect(issues({ ...base, demand: [first, ...base.demand!] })).toContain("указаны дважды");
    expect(issues({ ...base, demand: [{ ...first!, withIom: first!.withDeficit + 1 }, ...rest] })).toContain(
      "больше, чем с дефицитом",
    );
    expect(issues({ ...base, demand: [{ ...first!, subject: "=1+1" }, ...rest] })).toContain("формул");
    expect(issues({ ...base, demand: [{ ...first!, withDeficit: 2_000_000 }, ...rest] })).toContain(
      "не больше 1000000",
    );
    expect(issues({ ...base, programmes: [...base.programmes!, base.programmes![0]] })).toContain(
      "указан дважды",
    );
    expect(issues({ ...base, programmes: [{ ...base.programmes![0]!, fio: "Иванова" }] })).toContain(
      "персональные данные",
    );
  });

  it("the personal-data scan finds nothing in a report with every new field filled", () => {
    expect(base.demand!.length).toBeGreaterThan(0);
    expect(base.programmes!.length).toBeGreaterThan(0);
    expect(findPersonalData(base)).toEqual([]);
  });
});

describe("the region's demand", () => {
  const known = [
    { code: "a", name: "Альфа" },
    { code: "b", name: "Бета" },
    { code: "c", name: "Гамма" },
    { code: "d", name: "Дельта" },
  ];
  const a = reportWithDemand("a", 3, "Альфа");
  const b = reportWithDemand("b", 1, "Бета", "история");
  const c = buildMunicipalReport("c", "Гамма", "2026-11", kpiReportFixture("2026-11-30", {}, 2));
  const region = aggregateRegion({ month: "2026-11", known, reports: [a, b, c] });

  it("is the sum of the municipalities' counts; the one without a report and the one without demand are listed", () => {
    const rows = region.region.demand!;
    for (const key of ["withDeficit", "withIom", "done"] as const)
      expect(sum(rows, (r) => r[key])).toBe(sum([...a.demand!, ...b.demand!], (r) => r[key]));
    const math = rows.find((row) => row.group === "цифровые" && row.subject === "математика")!;
    const aRow = a.demand!.find((row) => row.group === "цифровые")!;
    expect(math).toMatchObject({ withDeficit: aRow.withDeficit, withIom: aRow.withIom });
    const planned = region.region.programmes!.find((row) => row.code === "ПРИМЕР-МЕТ-3")!;
    expect(planned).toMatchObject({ planned: 8, inProgress: 0, done: 2, municipalities: 2 });
    expect(planned.leaders).toEqual([
      { code: "a", count: 6 },
      { code: "b", count: 2 },
    ]);
    expect(region.missing.map((m) => m.code)).toEqual(["d"]);
    expect(region.withoutDemand!.map((m) => m.code)).toEqual(["c"]);
  });

  it("a group with no deficits is absent, not a row of zeros", () => {
    const none = aggregateRegion({
      month: "2026-11",
      known,
      reports: [
        {
          ...a,
          demand: a.demand!.filter((row) => row.group !== "цифровые"),
          coverage: a.coverage.map((c) =>
            c.group === "цифровые" ? { ...c, withDeficit: 0, withIom: 0 } : c,
          ),
        },
      ],
    });
    expect(none.region.demand!.some((row) => row.group === "цифровые")).toBe(false);
    const json = consolidateJson(none);
    expect(json.region.demandByGroup.map((g) => g.group)).not.toContain("цифровые");
    for (const group of json.region.demandByGroup) expect(group.withDeficit).toBeGreaterThan(0);
  });

  it("consolidate --json keeps the spec's keys and adds the demand in «region» and in each municipality", () => {
    const json = consolidateJson(region);
    expect(Object.keys(json)).toEqual(["month", "region", "municipalities", "missing"]);
    expect(json.region.withoutDemand).toEqual(["c"]);
    expect(json.region.demand[0]!.notCovered).toBe(
      json.region.demand[0]!.withDeficit - json.region.demand[0]!.withIom,
    );
    expect(sum(json.region.demandByGroup, (g) => g.notCovered)).toBe(
      sum(json.region.demand, (r) => r.notCovered),
    );
    expect(json.municipalities.find((m) => m.code === "c")).not.toHaveProperty("demand");
    expect(json.municipalities.find((m) => m.code === "a")!.demand!.length).toBeGreaterThan(0);
  });

  it("keeps the municipalities' detail small (at most 10 rows each) while the region rows are complete", () => {
    const big = manyFigures(30, 50);
    const report = buildMunicipalReport("a", "Альфа", "2026-11", kpisFor(big), big);
    const aggregated = aggregateRegion({ month: "2026-11", known, reports: [report] });
    expect(aggregated.municipalities[0]!.demand).toHaveLength(10);
    expect(aggregated.municipalities[0]!.programmes).toHaveLength(10);
    expect(aggregated.region.demand).toHaveLength(big.demand.length);
    expect(aggregated.region.programmes).toHaveLength(50);
  });
});
