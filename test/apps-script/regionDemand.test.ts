// The «Регион» import's own sheets for the demand for courses and the programmes: the region's table, then the detail
// by municipality below it; municipalities without a report or without the demand listed, never counted as zero.
import { describe, expect, test } from "vitest";
import { consolidatedCaption, type ConsolidatedSheet } from "../../shared/tables/consolidatedTables.ts";
import { demandByMunicipalitySheet, demandSheet } from "../../shared/tables/consolidatedDemandSheets.ts";
import {
  programmesByMunicipalitySheet,
  programmesSheet,
} from "../../shared/tables/consolidatedProgrammeSheets.ts";
import type { FakeSheet } from "./fakes/sheet.ts";
import { DEMAND, META, MONTH, PROGRAMMES, regional, regionReport, TITLE } from "./regionFixture.ts";
import { rowOf } from "./sheetView.ts";

describe("«Загрузить свод региона»: the demand for courses and the programmes", () => {
  const values = (cells: readonly { value: unknown }[]) => cells.map((cell) => cell.value);

  /** The region's table from the caption's end, then the detail by municipality under its own heading. */
  function expectSheet(
    title: string,
    region: ConsolidatedSheet,
    detail: ConsolidatedSheet,
    sheet: FakeSheet,
  ) {
    const dump = sheet.dump();
    const [section] = region.sections;
    const header = rowOf(sheet, section!.headers);
    expect(
      dump.slice(0, region.caption.length).map((line) => line[0]),
      title,
    ).toEqual(region.caption);
    // The caption and the table's header stay on screen and can be repeated on every printed page.
    expect(sheet.frozenRows, title).toBe(header);
    const rows = section!.rows;
    expect(dump.slice(header, header + rows.length).map((line, i) => line.slice(0, rows[i]!.length))).toEqual(
      rows.map(values),
    );
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.color) expect(sheet.grid.background(header + 1 + r, c + 1)).toBe(cell.color.fill);
      }),
    );
    const [details] = detail.sections;
    const heading = rowOf(sheet, [detail.title], header + rows.length + 1);
    expect(heading).toBe(header + rows.length + 2); // a blank row between the tables, never mixed
    expect(sheet.grid.bold.has(`${heading}:1`)).toBe(true);
    expect(dump[heading]!.slice(0, details!.headers.length)).toEqual(details!.headers);
    const detailRows = details!.rows;
    expect(
      dump
        .slice(heading + 1, heading + 1 + detailRows.length)
        .map((line, i) => line.slice(0, detailRows[i]!.length)),
    ).toEqual(detailRows.map(values));
  }

  test("each has its sheet: the region's rows, then the detail by municipality; «нет отчёта» listed, not zero", async () => {
    const env = await regional();
    const view = env.call<{ sheets: string[] }>("importRegion", MONTH);
    expect(view.sheets).toEqual([TITLE, DEMAND, PROGRAMMES]);
    const report = regionReport(3);
    const caption = consolidatedCaption(report, META);
    expect(report.region.demand!.length).toBeGreaterThan(0);
    expect(report.region.programmes!.length).toBeGreaterThan(0);
    expectSheet(
      DEMAND,
      demandSheet(report, caption),
      demandByMunicipalitySheet(report, caption),
      env.ss.sheet(DEMAND),
    );
    expectSheet(
      PROGRAMMES,
      programmesSheet(report, caption),
      programmesByMunicipalitySheet(report, caption),
      env.ss.sheet(PROGRAMMES),
    );
    const demand = env.ss.sheet(DEMAND).dump();
    expect(demand).toContainEqual(expect.arrayContaining(["Гамма", "нет данных", "нет отчёта"]));
    expect(demand.flat()).toContain("Не охвачено");
    expect(env.ss.sheet(PROGRAMMES).dump().flat()).toContain("ДПП «Цифровая среда»");
  });

  test("reports of an earlier version, without the demand, are listed as such", async () => {
    const env = await regional(3, false);
    env.call("importRegion", MONTH);
    const demand = env.ss.sheet(DEMAND).dump();
    expect(demand).toContainEqual(
      expect.arrayContaining(["Альфа", "нет данных", "отчёт без сведений о потребности"]),
    );
    expect(demand.flat().join(" ")).toMatch(
      /Суммы по 0 из 3 муниципалитетов; нет данных: Гамма \(нет отчёта\)/u,
    );
  });
});
