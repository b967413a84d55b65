// «Рассчитать показатели»: «Показатели» from the shared table model, status colours, one chart, monthly and coverage;
// «Показатели по ОО» next to it.
import { describe, expect, test } from "vitest";
import { readBook } from "../../shared/book.ts";
import { computeKpis, computeMunicipalFigures } from "../../shared/kpi/compute.ts";
import { STAFF_KPI_IDS } from "../../shared/kpi/indicators.ts";
import { K2_DIAGNOSED_LABEL, K2_NOTE, kpiSheet } from "../../shared/tables/kpiSheet.ts";
import { kpiTable } from "../../shared/tables/kpiTable.ts";
import { ORG_KPI_SHEET_TITLE, ORG_TOTAL, orgKpiTable } from "../../shared/tables/orgKpiTable.ts";
import { sheetLayout } from "../../shared/tables/sheetLayout.ts";
import { sampleSheets, type TestSheet } from "../helpers/sampleBook.ts";
import { look } from "./sheetView.ts";
import { builtAddon, loadAddon } from "./addon.ts";
import { columnPixels } from "../../apps-script/server/tableSheet.ts";
import { EXTRA_SCHOOLS, schoolsBook } from "./books.ts";

interface KpiView {
  reportDate: string;
  kpis: { id: string; value: string; target: string; status: string; fill: string }[];
  k2Diagnosed: unknown;
  focus: { org: string; missed: number; withData: number; row: number; sheet: string; a1: string }[];
}

const orgTableOf = (sheets: TestSheet[]) =>
  orgKpiTable(computeMunicipalFigures(readBook(sheets.map((s) => ({ name: s.name, values: s.rows })))).byOrg);

describe("«Рассчитать показатели»", () => {
  test("writes the «Показатели» model as laid out: colours, formats, K2's diagnosed line, one font, wraps, widths", async () => {
    const sheets = sampleSheets();
    const env = loadAddon(await builtAddon(), sheets);
    expect(env.call<{ status: string }>("runAction", "kpis").status).toBe("done");
    const table = kpiTable(computeKpis(readBook(sheets.map((s) => ({ name: s.name, values: s.rows })))));
    const layout = sheetLayout(kpiSheet(table));
    const sheet = env.ss.sheet("Показатели");
    const rows = sheet.dump();
    layout.rows.forEach((laid, r) =>
      laid.cells.forEach((cell, c) => {
        const where = `${r + 1}:${c + 1}`;
        expect(rows[r]![c], where).toEqual(cell.value);
        if (cell.color) expect(sheet.grid.background(r + 1, c + 1), where).toBe(cell.color.fill);
        if (cell.color) expect(sheet.grid.fontColors.get(where), where).toBe(cell.color.font);
        if (cell.numberFormat) expect(sheet.grid.formats.get(where), where).toBe(cell.numberFormat);
        expect(sheet.grid.wraps.has(where), where).toBe(laid.wraps[c] || laid.kind === "header");
        expect(sheet.grid.fontFamilies.get(where), where).toBe("Arial");
      }),
    );
    // K2's people diagnosed this year right under K2; K6 without a denominator, in people.
    const k2 = rows.findIndex((row) => row[0] === "K2");
    expect(rows[k2 + 1]!.slice(1, 3)).toEqual([K2_DIAGNOSED_LABEL, table.k2Diagnosed!.diagnosed]);
    const k6 = rows.findIndex((row) => row[0] === "K6") + 1;
    expect(rows[k6 - 1]!.slice(2, 4)).toEqual(["", ""]);
    expect(sheet.grid.formats.get(`${k6}:5`)).toBe('0" чел."');
    expect(rows.flat()).toContain(K2_NOTE);
    // The labels of the tables below are merged over «Код» and «Показатель», next to their figures.
    const total = rows.findIndex((row) => row[0] === "Итого") + 1;
    expect(sheet.merges.blocks).toContainEqual({ row: total, column: 1, rows: 1, columns: 2 });
    expect(sheet.frozenRows).toBe(layout.print.headerRows);
    expect(rows[layout.print.headerRows - 1]![0]).toBe("Код");
    layout.widths.forEach((width, i) => expect(sheet.columnWidths.get(i + 1)).toBe(columnPixels(width)));

    const view = env.call<KpiView>("getResult", "kpis");
    expect(view.kpis.map((k) => [k.id, k.value, k.status])).toEqual(
      table.rows.map((r) => [r.id, r.valueText, r.status]),
    );
    // The sidebar's line under K2.
    expect(view.k2Diagnosed).toEqual({ ...table.k2Diagnosed, label: K2_DIAGNOSED_LABEL, note: K2_NOTE });
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

describe("«Показатели по ОО»", () => {
  test("one row per organisation from the shared model, the rows add up to the municipal total", async () => {
    const sheets = schoolsBook();
    const env = loadAddon(await builtAddon(), sheets);
    expect(env.call<{ status: string }>("runAction", "kpis").status).toBe("done");
    const model = orgTableOf(sheets).sheet;
    const layout = sheetLayout(model);
    const sheet = env.ss.sheet(ORG_KPI_SHEET_TITLE);
    expect(env.ss.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Показатели", ORG_KPI_SHEET_TITLE]),
    );
    const rows = sheet.dump();
    layout.rows.forEach((laid, r) =>
      laid.cells.forEach((cell, c) => {
        expect(rows[r]![c], `${r + 1}:${c + 1}`).toEqual(cell.value);
        if (cell.color) expect(sheet.grid.background(r + 1, c + 1)).toBe(cell.color.fill);
        if (cell.color) expect(sheet.grid.fontColors.get(`${r + 1}:${c + 1}`)).toBe(cell.color.font);
      }),
    );

    // The organisations' numerators and denominators add up to the total row, which is the municipality's figures.
    const header = rows.findIndex((line) => line[0] === "ОО");
    const total = rows.findIndex((line) => line[0] === ORG_TOTAL);
    const orgRows = rows.slice(header + 1, total);
    expect(orgRows.map((line) => line[0])).toEqual(expect.arrayContaining(EXTRA_SCHOOLS));
    const municipal = computeKpis(readBook(sheets.map((s) => ({ name: s.name, values: s.rows }))));
    const bands = model.sections[0]!.bands!;
    STAFF_KPI_IDS.forEach((id) => {
      // The first column under the indicator's band (K6, a count, has the count alone).
      const band = bands.findIndex((b) => b.label.startsWith(`${id} `));
      const first = bands.slice(0, band).reduce((sum, b) => sum + b.span, 0);
      if (id === "K6") {
        const kpi = municipal.kpis.find((result) => result.id === id)!;
        expect(rows[total]![first], id).toBe(kpi.value);
        return;
      }
      const [numerator, denominator] = [first, first + 1];
      const sum = (column: number) => orgRows.reduce((acc, line) => acc + (line[column] as number), 0);
      const kpi = municipal.kpis.find((result) => result.id === id)!;
      expect([sum(numerator), sum(denominator)], id).toEqual([kpi.numerator, kpi.denominator]);
      expect([rows[total]![numerator], rows[total]![denominator]], id).toEqual([
        kpi.numerator,
        kpi.denominator,
      ]);
    });

    // Merged labels over each indicator's three columns; caption, bands and header frozen (repeated when printed).
    expect(sheet.merges.blocks).toEqual(layout.merges.map((m) => ({ ...m, rows: 1 })));
    expect(rows[header - 1]![3]).toBe(model.sections[0]!.bands![1]!.label);
    expect(sheet.frozenRows).toBe(layout.print.headerRows);
    expect(layout.print.headerRows).toBe(header + 1);
    // One batch per sheet: «Показатели» and «Показатели по ОО» (the journal, made by the first run, only appends).
    env.log.reset();
    env.call("runAction", "kpis");
    for (const method of ["setValues", "setBackgrounds", "setFontColors", "setFontWeights"])
      expect(env.log.of("sheets", `Range.${method}`), method).toBe(2);
  });

  test("names stay text, and running twice over an older sheet with other merges leaves what one run does", async () => {
    const once = loadAddon(await builtAddon(), schoolsBook());
    once.call("runAction", "kpis");
    const expected = look(once.ss.sheet(ORG_KPI_SHEET_TITLE));
    const digits = expected.cells.find((line) => line[0]![0] === "2-я Лесная школа")!;
    expect(digits[0]![4]).toBe("@");
    expect([...once.ss.sheet(ORG_KPI_SHEET_TITLE).grid.formulas]).toEqual([]);

    const twice = loadAddon(await builtAddon(), [
      ...schoolsBook(),
      {
        name: ORG_KPI_SHEET_TITLE,
        rows: Array.from({ length: 40 }, (_, i) => [`старое ${i}`, "", "", "", ""]),
      },
    ]);
    // An earlier layout's merged block that the new bands cut through: it must be broken apart first.
    twice.ss.sheet(ORG_KPI_SHEET_TITLE).merges.blocks.push({ row: 5, column: 2, rows: 2, columns: 3 });
    expect(twice.call<{ status: string }>("runAction", "kpis").status).toBe("done");
    twice.call("runAction", "kpis");
    expect(look(twice.ss.sheet(ORG_KPI_SHEET_TITLE))).toEqual(expected);
    expect(twice.ss.sheets.filter((s) => s.name === ORG_KPI_SHEET_TITLE)).toHaveLength(1);
  });

  test("is made right after «Показатели», wherever that sheet is", async () => {
    const env = loadAddon(await builtAddon(), [{ name: "Показатели", rows: [["старое"]] }, ...schoolsBook()]);
    env.call("runAction", "kpis");
    expect(env.ss.sheets.map((s) => s.name).slice(0, 3)).toEqual([
      "Показатели",
      ORG_KPI_SHEET_TITLE,
      "Реестр ИОМ",
    ]);
  });

  test("the sidebar's result names the three organisations that miss the most targets, with their rows", async () => {
    const sheets = schoolsBook();
    const env = loadAddon(await builtAddon(), sheets);
    env.call("runAction", "kpis");
    const table = orgTableOf(sheets);
    const missing = table.sheet.sections[0]!.rows.filter(
      (row) => typeof row[1]!.value === "number" && row[1]!.value > 0,
    );
    expect(missing.length).toBeGreaterThan(3); // so the list is cut to three
    const { focus } = env.call<KpiView>("getResult", "kpis");
    expect(focus.map(({ org, missed, row }) => ({ org, missed, row }))).toEqual(
      table.focus.map(({ org, missed, row }) => ({ org, missed, row })),
    );
    expect(focus).toHaveLength(3);
    const sheet = env.ss.sheet(ORG_KPI_SHEET_TITLE);
    for (const org of focus) {
      expect(org.sheet).toBe(ORG_KPI_SHEET_TITLE);
      expect(org.a1).toBe(`A${org.row}:AE${org.row}`);
      expect(sheet.grid.value(org.row, 1)).toBe(org.org);
      expect(sheet.grid.value(org.row, 2)).toBe(org.missed);
    }
    expect(env.call("goToCell", focus[1]!.sheet, focus[1]!.a1)).toBe(true);
    expect(env.ss.active).toEqual({ sheet: ORG_KPI_SHEET_TITLE, row: focus[1]!.row, column: 1 });
  });
});
