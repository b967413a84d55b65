// Region aggregation: sums of numerators over sums of denominators, K6 a count, missing municipalities left out.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KPI_IDS } from "../../../shared/kpi/definitions.ts";
import { aggregateRegion, consolidateJson } from "../../../shared/report/aggregate.ts";
import { reportFixture } from "./fixtures.ts";

const known = [
  { code: "a", name: "Альфа" },
  { code: "b", name: "Бета" },
  { code: "c", name: "Гамма" },
];
const kpi = (report: ReturnType<typeof aggregateRegion>, id: string) =>
  report.region.kpis.find((k) => k.id === id)!;

describe("aggregateRegion", () => {
  it("divides summed numerators by summed denominators, never averages percentages", () => {
    const region = aggregateRegion({
      month: "2026-11",
      known,
      reports: [
        reportFixture("a", "2026-11", { K1: [1, 10] }),
        reportFixture("b", "2026-11", { K1: [9, 30] }),
      ],
    });
    // Mean of 10% and 30% would be 20%; the region has 10 of 40.
    expect(kpi(region, "K1")).toMatchObject({ numerator: 10, denominator: 40, value: 0.25, met: false });
  });

  it("sums K6 as a count and compares it with the count target", () => {
    const region = aggregateRegion({
      month: "2026-11",
      known,
      reports: [
        reportFixture("a", "2026-11", { K6: [2, 20] }),
        reportFixture("b", "2026-11", { K6: [3, 15] }),
      ],
    });
    expect(kpi(region, "K6")).toMatchObject({
      numerator: 5,
      denominator: 35,
      value: 5,
      target: 1,
      met: true,
    });
  });

  it("lists municipalities without a report as missing and leaves them out of both sums", () => {
    const region = aggregateRegion({
      month: "2026-11",
      known,
      reports: [
        reportFixture("b", "2026-11", { K2: [4, 8] }),
        reportFixture("c", "2026-10", { K2: [100, 100] }),
      ],
    });
    expect(region.missing).toEqual([
      { code: "a", name: "Альфа" },
      { code: "c", name: "Гамма" },
    ]);
    expect(region.municipalities.map((m) => m.code)).toEqual(["b"]);
    expect(kpi(region, "K2")).toMatchObject({ numerator: 4, denominator: 8, value: 0.5 });
    expect(consolidateJson(region).missing).toEqual(["a", "c"]);
  });

  it("gives «нет данных» (null) when nobody reported or every denominator is zero", () => {
    const empty = aggregateRegion({ month: "2026-11", known, reports: [] });
    expect(empty.region.kpis.map((k) => k.id)).toEqual([...KPI_IDS]);
    for (const result of empty.region.kpis) expect(result).toMatchObject({ value: null, met: null });
    expect(empty.missing).toHaveLength(3);
    const zero = aggregateRegion({
      month: "2026-11",
      known,
      reports: [reportFixture("a", "2026-11", { K8: [0, 0] })],
    });
    expect(kpi(zero, "K8")).toMatchObject({ numerator: 0, denominator: 0, value: null, met: null });
  });

  it("uses region targets when given", () => {
    const region = aggregateRegion({
      month: "2026-11",
      known,
      reports: [reportFixture("a", "2026-11", { K1: [5, 10] })],
      targets: { K1: 0.5 },
    });
    expect(kpi(region, "K1")).toMatchObject({ target: 0.5, met: true });
  });

  it("sums monthly figures by month and coverage by group; counts excluded rows", () => {
    const a = reportFixture("a", "2026-11", {}, 1);
    const b = reportFixture("b", "2026-11", {}, 4);
    const region = aggregateRegion({ month: "2026-11", known, reports: [a, b] });
    for (const figure of region.region.monthly) {
      const parts = [a, b].map((r) => r.monthly.find((m) => m.month === figure.month)!);
      expect(figure.developed).toBe(parts[0]!.developed + parts[1]!.developed);
      expect(figure.implemented).toBe(parts[0]!.implemented + parts[1]!.implemented);
    }
    expect(region.region.coverage.map((row) => row.group)).toEqual(a.coverage.map((row) => row.group));
    region.region.coverage.forEach((row, i) =>
      expect(row.withDeficit).toBe(a.coverage[i]!.withDeficit + b.coverage[i]!.withDeficit),
    );
    expect(region.region.excludedRows).toBe(a.excludedRows + b.excludedRows);
  });

  it("keeps the known order and names, and adds unknown reporters by code", () => {
    const region = aggregateRegion({
      month: "2026-11",
      known: [{ code: "c", name: "Гамма" }],
      reports: [reportFixture("z"), reportFixture("c", "2026-11", {}, 1, "Другое имя"), reportFixture("m")],
    });
    expect(region.municipalities.map((m) => [m.code, m.name])).toEqual([
      ["c", "Гамма"],
      ["m", "Муниципалитет m"],
      ["z", "Муниципалитет z"],
    ]);
  });

  it("region numerator and denominator equal the sums over reporting municipalities (property)", () => {
    const pair = fc
      .tuple(fc.nat(500), fc.nat(500))
      .map(([x, y]) => [Math.min(x, y), Math.max(x, y)] as const);
    fc.assert(
      fc.property(fc.array(fc.tuple(pair, fc.boolean()), { minLength: 1, maxLength: 12 }), (entries) => {
        const all = entries.map((e, i) => ({ code: `m${i}`, name: `М${i}` }));
        const reports = entries.flatMap(([[n, d], sent], i) =>
          sent ? [reportFixture(`m${i}`, "2026-11", { K3: [n, d] })] : [],
        );
        const region = aggregateRegion({ month: "2026-11", known: all, reports });
        const sent = entries.filter(([, s]) => s);
        const numerator = sent.reduce((t, [[n]]) => t + n, 0);
        const denominator = sent.reduce((t, [[, d]]) => t + d, 0);
        const result = kpi(region, "K3");
        expect(result.numerator).toBe(numerator);
        expect(result.denominator).toBe(denominator);
        expect(result.value).toBe(denominator === 0 ? null : numerator / denominator);
        expect(region.missing.length + region.municipalities.length).toBe(entries.length);
      }),
    );
  });
});
