// Table models of the consolidated workbook: every sheet, «нет данных» rows, status colours, running totals.
import { describe, expect, it } from "vitest";
import { aggregateRegion } from "../../../shared/report/aggregate.ts";
import { consolidatedTables, moscowTime } from "../../../shared/tables/consolidatedTables.ts";
import { NO_SUBJECT } from "../../../shared/kpi/demand.ts";
import { shownText } from "../../../shared/tables/cellText.ts";
import { NO_SUBJECT_LABEL } from "../../../shared/tables/consolidatedDemandSheets.ts";
import { K2_DIAGNOSED_LABEL, K2_NOTE } from "../../../shared/tables/kpiSheet.ts";
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
      // Of K2's 2 people, 1 diagnosed this academic year.
      k2Diagnosed: 1,
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
    // K6 is a count: no numerator or denominator shown, its value and target in people.
    const k6 = sheet("Сводка").sections[0]!.rows.find((row) => row[0]!.value === "K6")!;
    expect(k6.map((c) => shownText(c.value, c.numberFormat))).toEqual([
      "K6",
      region.region.kpis[7]!.title,
      "",
      "",
      "2 чел.",
      "≥ 1 чел.",
      "достигнут",
    ]);
  });

  it("«Сводка» shows under K2 how many of its people were diagnosed this year, summed, and why K2 may exceed K1", () => {
    const rows = sheet("Сводка").sections[0]!.rows;
    const k2 = rows.findIndex((row) => row[0]!.value === "K2");
    const sum = region.region.k2Diagnosed!;
    expect(sum).toEqual({ diagnosed: 1, withIom: 2, municipalities: 1 });
    expect(rows[k2 + 1]!.map((c) => shownText(c.value, c.numberFormat))).toEqual([
      "",
      K2_DIAGNOSED_LABEL,
      "1",
      "2",
      "50,0 %",
      "",
      "",
    ]);
    expect(sheet("Сводка").sections[0]!.notes).toEqual([K2_NOTE]);
  });

  it("«Муниципалитеты» has a row per municipality, «нет данных» for the missing one, then the region", () => {
    const rows = values("Муниципалитеты");
    const headers = sheet("Муниципалитеты").sections[0]!.headers;
    // The 14 indicators and, after K2, the share of its people diagnosed this year.
    expect(headers.slice(3)).toHaveLength(15);
    expect(headers.slice(5, 7)).toEqual(["K2", "K2: из них с диагностикой"]);
    expect(rows.map((row) => row[1])).toEqual(["Альфа", "Бета", "Регион"]);
    expect(rows[0]!.slice(0, 4)).toEqual(["a", "Альфа", "30.11.2026", 70]);
    expect(rows[0]![6]).toBe(50);
    // «нет отчёта» for the date, then one merged «нет данных» over every figure, not one in each column.
    const missing = sheet("Муниципалитеты").sections[0]!.rows[1]!;
    expect(missing.map((c) => c.value)).toEqual(["b", "Бета", "нет отчёта", "нет данных"]);
    expect(missing[3]).toMatchObject({ span: 15, color: STATUS_COLORS["нет данных"] });
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
    expect(sheet("Потребность в ДПО").caption.join("\n")).toContain(
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

    it("«Потребность в ДПО»: groups by not covered, each total then its subjects, fully covered ones folded", () => {
      const rows = rowsOf("Потребность в ДПО");
      // Per group: Альфа's «математика» and Бета's «история»; not covered 8 + 6 in «управленческие» … 0 in «предметные».
      expect(rows).toEqual([
        ["управленческие", "все предметы", 14, 0, 14, 0, 0, ""],
        ["управленческие", "математика", 8, 0, 8, 0, 0, "Альфа — 8"],
        ["управленческие", "история", 6, 0, 6, 0, 0, "Бета — 6"],
        ["коммуникативные", "все предметы", 10, 0, 10, 0, 0, ""],
        ["коммуникативные", "математика", 6, 0, 6, 0, 0, "Альфа — 6"],
        ["коммуникативные", "история", 4, 0, 4, 0, 0, "Бета — 4"],
        ["цифровые", "все предметы", 12, 4, 8, 2, 33.3, ""],
        ["цифровые", "математика", 7, 3, 4, 1, 42.9, "Альфа — 4"],
        ["цифровые", "история", 5, 1, 4, 1, 20, "Бета — 4"],
        ["методические", "все предметы", 6, 0, 6, 0, 0, ""],
        ["методические", "математика", 4, 0, 4, 0, 0, "Альфа — 4"],
        ["методические", "история", 2, 0, 2, 0, 0, "Бета — 2"],
        ["психолого-педагогические", "все предметы", 8, 4, 4, 2, 50, ""],
        ["психолого-педагогические", "математика", 5, 3, 2, 1, 60, "Альфа — 2"],
        ["психолого-педагогические", "история", 3, 1, 2, 1, 33.3, "Бета — 2"],
        ["предметные", "все предметы", 4, 4, 0, 2, 100, ""],
        ["предметные", "ещё 2 предмета: все охвачены ИОМ", 4, 4, 0, 2, 100, ""],
      ]);
      const caption = tables.find((s) => s.title === "Потребность в ДПО")!.caption.join("\n");
      expect(caption).toContain("Суммы по 2 из 3 муниципалитетов; нет данных: Гамма (нет отчёта).");
      // Why «Программы» counts more people, and what «без предмета» is.
      expect(caption).toContain("поэтому там людей больше");
      expect(caption).toContain("«без предмета» — сотрудники с пустым «Предметом»");
    });

    it("folds subjects up to the region's threshold, and names «без предмета» for what it is", () => {
      const folded = consolidatedTables(
        aggregateRegion({
          month: "2026-11",
          known: [{ code: "a", name: "Альфа" }],
          reports: [reportWithDemand("a", 3), reportWithDemand("b", 1, "Бета", NO_SUBJECT)],
        }),
        { demandFoldUpTo: 4 },
      ).find((s) => s.title === "Потребность в ДПО")!;
      const rows = folded.sections[0]!.rows.map((row) => row.map((c) => c.value));
      expect(rows.slice(0, 3)).toEqual([
        ["управленческие", "все предметы", 14, 0, 14, 0, 0, ""],
        ["управленческие", "математика", 8, 0, 8, 0, 0, "Альфа — 8"],
        ["управленческие", NO_SUBJECT_LABEL, 6, 0, 6, 0, 0, "Бета — 6"],
      ]);
      expect(rows).toContainEqual([
        "цифровые",
        "ещё 2 предмета: не охвачено не больше 4 в каждом",
        12,
        4,
        8,
        2,
        33.3,
        "",
      ]);
      expect(NO_SUBJECT_LABEL).toBe("без предмета (воспитатели, управленцы и др.)");
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
