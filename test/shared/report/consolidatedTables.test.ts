// Table models of the consolidated workbook: every sheet, «нет данных» rows, status colours, running totals.
import { describe, expect, it } from "vitest";
import { aggregateRegion } from "../../../shared/report/aggregate.ts";
import { consolidatedTables, moscowTime } from "../../../shared/tables/consolidatedTables.ts";
import { STATUS_COLORS } from "../../../shared/tables/kpiTable.ts";
import { reportFixture } from "./fixtures.ts";

const region = aggregateRegion({
  month: "2026-11",
  known: [
    { code: "a", name: "Альфа" },
    { code: "b", name: "Бета" },
  ],
  reports: [
    {
      ...reportFixture("a", "2026-11", { K1: [7, 10], K8: [0, 0] }, 2),
      receivedAt: "2026-11-30T21:30:00.000Z",
      revision: 2,
    },
  ],
});
const sheets = consolidatedTables(region, {
  regionName: "Московская область",
  revision: 1,
  takenAt: "2026-12-01T03:00:00Z",
});
const sheet = (title: string) => sheets.find((s) => s.title === title)!;
const values = (title: string, section = 0) =>
  sheet(title).sections[section]!.rows.map((row) => row.map((c) => c.value));

describe("consolidatedTables", () => {
  it("has the five sheets, each with the month, revision and who reported", () => {
    expect(sheets.map((s) => s.title)).toEqual([
      "Сводка",
      "Муниципалитеты",
      "Динамика",
      "Дефициты",
      "Качество данных",
    ]);
    for (const s of sheets) {
      expect(s.caption[0]).toBe(
        "Московская область: свод по муниципалитетам за ноябрь 2026, редакция 1 от 01.12.2026 06:00 (МСК)",
      );
      expect(s.caption[1]).toBe("Отчитались 1 из 2 муниципалитетов.");
    }
  });

  it("«Сводка» gives region figures with percents, targets and coloured statuses", () => {
    const k1 = sheet("Сводка").sections[0]!.rows.find((row) => row[0]!.value === "K1")!;
    expect(k1.map((c) => c.value)).toEqual(["K1", region.region.kpis[0]!.title, 7, 10, 70, 60, "достигнут"]);
    expect(k1[6]!.color).toEqual(STATUS_COLORS["достигнут"]);
    const k8 = sheet("Сводка").sections[0]!.rows.find((row) => row[0]!.value === "K8")!;
    expect(k8[4]!.value).toBe("—");
    expect(k8[6]).toEqual({ value: "нет данных", color: STATUS_COLORS["нет данных"] });
  });

  it("«Муниципалитеты» has a row per municipality, «нет данных» for the missing one, then the region", () => {
    const rows = values("Муниципалитеты");
    expect(sheet("Муниципалитеты").sections[0]!.headers.slice(3)).toHaveLength(14);
    expect(rows.map((row) => row[1])).toEqual(["Альфа", "Бета", "Регион"]);
    expect(rows[0]!.slice(0, 4)).toEqual(["a", "Альфа", "30.11.2026", 70]);
    expect(new Set(rows[1]!.slice(2))).toEqual(new Set(["нет данных"]));
  });

  it("«Динамика» keeps running totals; «Дефициты» shares by group; «Качество данных» names the missing", () => {
    const trend = values("Динамика");
    const developed = region.region.monthly.map((m) => m.developed);
    expect(trend.map((row) => row[3])).toEqual(
      developed.map((_, i) => developed.slice(0, i + 1).reduce((a, b) => a + b)),
    );
    expect(trend[0]![0]).toBe("сентябрь 2026");
    const deficits = values("Дефициты");
    const first = region.region.coverage[0]!;
    expect(deficits[0]).toEqual([
      first.group,
      first.withDeficit,
      first.withIom,
      first.withDeficit - first.withIom,
      Math.round((first.withIom / first.withDeficit) * 1000) / 10,
    ]);
    expect(values("Дефициты", 1)[0]![0]).toBe("Альфа");
    const quality = sheet("Качество данных");
    expect(quality.caption).toContain("Нет данных: Бета.");
    expect(values("Качество данных")).toEqual([
      [
        "a",
        "Альфа",
        "получен",
        "30.11.2026",
        "01.12.2026 00:30 (МСК)",
        2,
        region.municipalities[0]!.excludedRows,
      ],
      ["b", "Бета", "нет данных", "", "", "", ""],
    ]);
  });

  it("shows Moscow time for an instant", () => {
    expect(moscowTime("2026-12-31T22:15:00Z")).toBe("01.01.2027 01:15 (МСК)");
  });
});
