// Table models of the consolidated workbook: every sheet, «нет данных» rows, status colours, running totals.
import { describe, expect, it } from "vitest";
import { aggregateRegion } from "../../../shared/report/aggregate.ts";
import { consolidatedTables, moscowTime } from "../../../shared/tables/consolidatedTables.ts";
import { STATUS_COLORS } from "../../../shared/tables/kpiTable.ts";
import { reportFixture, reportWithDemand } from "./fixtures.ts";
import { SVOD_SHEETS } from "../../helpers/svodSheets.ts";

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
  it("has the eight sheets, each with the month, revision and who reported, printed with its title", () => {
    expect(sheets.map((s) => s.title)).toEqual(SVOD_SHEETS);
    const first =
      "Московская область: свод по муниципалитетам за ноябрь 2026, редакция 1 от 01.12.2026 06:00 (МСК)";
    for (const s of sheets) {
      expect(s.caption[0]).toBe(first);
      expect(s.caption[1]).toBe("Отчитались 1 из 2 муниципалитетов.");
      expect(s.pageTitle).toBe(`«${s.title}» — ${first}`);
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

  it("«Динамика» keeps running totals; «Качество данных» names the missing", () => {
    const trend = values("Динамика");
    const developed = region.region.monthly.map((m) => m.developed);
    expect(trend.map((row) => row[3])).toEqual(
      developed.map((_, i) => developed.slice(0, i + 1).reduce((a, b) => a + b)),
    );
    expect(trend[0]![0]).toBe("сентябрь 2026");
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

  it("a report without demand (an earlier version) is «нет данных» on the demand sheets, never zero", () => {
    // The groups still show their deficits and coverage (spec §6), from the KPI reports.
    const coverage = region.region.coverage.filter((row) => row.withDeficit > 0);
    expect(values("Потребность в ДПО")).toEqual(
      coverage.map((row) => [
        row.group,
        "нет данных",
        row.withDeficit,
        row.withIom,
        row.withDeficit - row.withIom,
        "нет данных",
        Math.round((row.withIom / row.withDeficit) * 1000) / 10,
      ]),
    );
    expect(sheet("Потребность в ДПО").caption.at(-1)).toContain(
      "Суммы по 0 из 2 муниципалитетов; нет данных: Бета (нет отчёта), Альфа (отчёт без сведений о потребности).",
    );
    expect(values("Потребность по муниципалитетам")).toEqual([
      ["Альфа", "нет данных", "отчёт без сведений о потребности"],
      ["Бета", "нет данных", "нет отчёта"],
    ]);
    expect(values("Программы по муниципалитетам").map((row) => row[1])).toEqual(["нет данных", "нет данных"]);
  });

  describe("with demand", () => {
    const withDemand = aggregateRegion({
      month: "2026-11",
      known: [
        { code: "a", name: "Альфа" },
        { code: "b", name: "Бета" },
        { code: "c", name: "Гамма" },
      ],
      reports: [reportWithDemand("a", 3), reportWithDemand("b", 1, "Бета", "история")],
    });
    const tables = consolidatedTables(withDemand);
    const rowsOf = (title: string) =>
      tables.find((s) => s.title === title)!.sections[0]!.rows.map((row) => row.map((c) => c.value));

    it("«Потребность в ДПО»: group totals first, then group × subject by not covered, with who carries most", () => {
      const rows = rowsOf("Потребность в ДПО");
      const groups = rows.filter((row) => row[1] === "все предметы");
      expect(groups.map((row) => row[0])).toEqual(region.region.coverage.map((c) => c.group));
      expect(rows.slice(0, groups.length)).toEqual(groups);
      const covered = withDemand.region.coverage;
      groups.forEach((row, i) =>
        expect(row.slice(2, 5)).toEqual([
          covered[i]!.withDeficit,
          covered[i]!.withIom,
          covered[i]!.withDeficit - covered[i]!.withIom,
        ]),
      );
      const detail = rows.slice(groups.length);
      const notCovered = detail.map((row) => row[4] as number);
      expect(notCovered).toEqual([...notCovered].sort((x, y) => y - x));
      const top = detail[0]!;
      expect(top.slice(0, 2)).toEqual(["управленческие", "математика"]);
      expect(top[7]).toBe("Альфа — 8");
      const history = detail.find((row) => row[0] === "управленческие" && row[1] === "история")!;
      expect(history[7]).toBe("Бета — 6");
      expect(tables.find((s) => s.title === "Потребность в ДПО")!.caption.at(-1)).toContain(
        "Суммы по 2 из 3 муниципалитетов; нет данных: Гамма (нет отчёта).",
      );
    });

    it("«Программы»: codes by people planned, federal ones marked, municipalities that plan most", () => {
      const rows = rowsOf("Программы");
      expect(rows.map((row) => row[0])).toEqual(["ПРИМЕР-МЕТ-3", "ПРИМЕР-ЦИФ-1"]);
      expect(rows[0]).toEqual([
        "ПРИМЕР-МЕТ-3",
        "",
        "мероприятие",
        "нет",
        8,
        0,
        2,
        10,
        2,
        "Альфа — 6; Бета — 2",
      ]);
      expect(rows[1]!.slice(0, 4)).toEqual(["ПРИМЕР-ЦИФ-1", "ДПП «Цифровая среда»", "ДПП", "да"]);
      const federal = tables.find((s) => s.title === "Программы")!.sections[0]!.rows[1]![3]!;
      expect(federal.color).toEqual(STATUS_COLORS["достигнут"]);
    });

    it("the detail sheets list each municipality's rows, and the one without a report as «нет данных»", () => {
      const demand = rowsOf("Потребность по муниципалитетам");
      expect(new Set(demand.map((row) => row[0]))).toEqual(new Set(["Альфа", "Бета", "Гамма"]));
      expect(demand.at(-1)).toEqual(["Гамма", "нет данных", "нет отчёта"]);
      const programmes = rowsOf("Программы по муниципалитетам");
      expect(programmes.filter((row) => row[0] === "Альфа").map((row) => row[1])).toEqual([
        "ПРИМЕР-МЕТ-3",
        "ПРИМЕР-ЦИФ-1",
      ]);
    });
  });

  it("shows Moscow time for an instant", () => {
    expect(moscowTime("2026-12-31T22:15:00Z")).toBe("01.01.2027 01:15 (МСК)");
  });
});
