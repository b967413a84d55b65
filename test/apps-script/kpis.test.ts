// «Рассчитать показатели»: «Показатели» from the shared table model, status colours, one chart, monthly and coverage.
import { describe, expect, test } from "vitest";
import { readBook } from "../../shared/book.ts";
import { computeKpis } from "../../shared/kpi/compute.ts";
import { kpiTable } from "../../shared/tables/kpiTable.ts";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon } from "./addon.ts";

interface KpiView {
  reportDate: string;
  kpis: { id: string; value: string; target: string; status: string; fill: string }[];
}

describe("«Рассчитать показатели»", () => {
  test("writes the KPI table model with status colours, number formats, monthly figures and coverage", async () => {
    const sheets = sampleSheets();
    const env = loadAddon(await builtAddon(), sheets);
    expect(env.call<{ status: string }>("runAction", "kpis").status).toBe("done");
    const table = kpiTable(computeKpis(readBook(sheets.map((s) => ({ name: s.name, values: s.rows })))));
    const sheet = env.ss.sheet("Показатели");
    const rows = sheet.dump();
    expect(rows[0]![0]).toBe(table.caption[0]);
    const at = rows.findIndex((row) => row[0] === "Код");
    expect(rows.slice(at, at + table.cells.length).map((row) => row.slice(0, 7))).toEqual(table.cells);
    table.rows.forEach((row, i) => {
      expect(sheet.grid.background(at + 2 + i, 7), row.id).toBe(row.color.fill);
      expect(sheet.grid.fontColors.get(`${at + 2 + i}:7`)).toBe(row.color.font);
      expect(sheet.grid.formats.get(`${at + 2 + i}:5`)).toBe(row.numberFormat);
    });
    const monthly = rows.findIndex((row) => row[0] === "Месяц");
    expect(
      rows.slice(monthly + 1, monthly + 1 + table.monthly.rows.length).map((r) => r.slice(0, 3)),
    ).toEqual(table.monthly.rows);
    const coverage = rows.findIndex((row) => row[0] === "Группа компетенций");
    expect(rows.slice(coverage + 1).map((r) => r.slice(0, 3))).toEqual(table.coverage.rows);
    expect(sheet.frozenRows).toBe(at + 1);

    const view = env.call<KpiView>("getResult", "kpis");
    expect(view.kpis.map((k) => [k.id, k.value, k.status])).toEqual(
      table.rows.map((r) => [r.id, r.valueText, r.status]),
    );
  });

  test("the chart plots value against target of the share indicators and is rebuilt, not duplicated", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    env.call("runAction", "kpis");
    env.call("runAction", "kpis");
    const sheet = env.ss.sheet("Показатели");
    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    expect(chart!.spec.type).toBe("BAR");
    const [range] = chart!.spec.ranges;
    const data = sheet
      .dump()
      .slice(range!.row - 1, range!.row - 1 + range!.numRows)
      .map((line) => line.slice(range!.column - 1, range!.column - 1 + range!.numColumns));
    expect(data[0]).toEqual(["Показатель", "Значение, %", "Цель, %"]);
    expect(data.slice(1).map((r) => r[0])).toEqual([
      "K1",
      "K1.1",
      "K2",
      "K2.1",
      "K3",
      "K4",
      "K5",
      "K7",
      "K8",
      "K9",
      "K10",
      "K11",
      "K12",
    ]);
    expect(data.find((r) => r[0] === "K1")!.slice(1)).toEqual([66.7, 60]);
    expect(data.find((r) => r[0] === "K2.1")![1]).toBe("");
  });

  test("an old, longer «Показатели» leaves no stale rows behind", async () => {
    const env = loadAddon(await builtAddon(), [
      ...sampleSheets(),
      { name: "Показатели", rows: Array.from({ length: 80 }, (_, i) => [`старое ${i}`]) },
    ]);
    env.call("runAction", "kpis");
    expect(env.ss.sheet("Показатели").dump().flat()).not.toContain("старое 79");
  });
});
