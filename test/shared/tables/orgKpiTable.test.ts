// «Показатели по ОО» as a table model: bands over each indicator, coloured values, the total row, the sidebar's three.
import { describe, expect, it } from "vitest";
import type { OrgKpiReport, OrgKpis } from "../../../shared/kpi/byOrg.ts";
import { STAFF_KPI_IDS } from "../../../shared/kpi/indicators.ts";
import { kpiResult } from "../../../shared/kpi/result.ts";
import { STATUS_COLORS } from "../../../shared/tables/kpiTable.ts";
import { ORG_TOTAL, orgKpiTable } from "../../../shared/tables/orgKpiTable.ts";
import { sheetLayout } from "../../../shared/tables/sheetLayout.ts";

/** An organisation whose every staff indicator is `numerator` of `denominator`. */
function org(name: string, numerator: number, denominator: number): OrgKpis {
  const kpis = STAFF_KPI_IDS.map((id) => kpiResult(id, numerator, denominator, { targets: {} }));
  return {
    org: name,
    kpis,
    missed: kpis.filter((k) => k.met === false).length,
    withData: kpis.filter((k) => k.met !== null).length,
  };
}

const rows = [org("СОШ № 1", 0, 4), org("СОШ № 2", 1, 10), org("Гимназия", 9, 10), org("Детский сад", 0, 0)];
const report: OrgKpiReport = {
  reportDate: "2026-11-30",
  period: { from: "2026-09-01", to: "2027-08-31" },
  rows,
  total: org("", 10, 24),
};

describe("orgKpiTable", () => {
  const { sheet, focus } = orgKpiTable(report);
  const layout = sheetLayout(sheet);
  const section = sheet.sections[0]!;

  it("has three columns per share under a band naming it, one for K6 (a count), the organisations, then the total", () => {
    expect(sheet.title).toBe("Показатели по ОО");
    expect(section.headers).toHaveLength(3 + 3 * (STAFF_KPI_IDS.length - 1) + 1);
    expect(section.bands!.map((band) => band.label.split(" ")[0])).toEqual(["", ...STAFF_KPI_IDS]);
    expect(section.bands!.find((band) => band.label.startsWith("K6"))!.span).toBe(1);
    expect(section.rows.map((row) => row[0]!.value)).toEqual([...rows.map((r) => r.org), ORG_TOTAL]);
    const school = section.rows[0]!;
    expect(school.slice(1, 3).map((c) => c.value)).toEqual([rows[0]!.missed, rows[0]!.withData]);
    expect(school[1]!.color).toEqual(STATUS_COLORS["не достигнут"]);
    // K1: 0 of 4 → 0 %, missed (red); the kindergarten has no data (grey «—»).
    expect(school.slice(3, 6).map((c) => c.value)).toEqual([0, 4, 0]);
    expect(school[5]!.color).toEqual(STATUS_COLORS["не достигнут"]);
    expect(section.rows[3]![5]).toMatchObject({ value: "—", color: STATUS_COLORS["нет данных"] });
    expect(section.rows.at(-1)!.every((cell) => cell.bold)).toBe(true);
    // K6 is the count alone: no numerator or denominator.
    const k6 = 3 + 3 * STAFF_KPI_IDS.indexOf("K6");
    expect(section.headers[k6]).toBe("чел.");
    expect(school[k6]!.value).toBe(rows[0]!.kpis[STAFF_KPI_IDS.indexOf("K6")]!.value);
    expect(sheet.caption.join(" ")).toContain("K2 может быть выше K1");
  });

  it("prints bands and header on every page, in pages of whole indicators with the organisation repeated", () => {
    const header = layout.rows.findIndex((row) => row.kind === "header") + 1;
    expect(layout.print).toMatchObject({ paperSize: "A4", orientation: "landscape", fitToWidth: 1 });
    expect(layout.print.headerRows).toBe(header);
    expect(layout.print.tableRow).toBe(header - 1);
    expect(layout.rows[header - 2]!.kind).toBe("band");
    // Every band over three columns is merged; K6's is one column.
    expect(layout.merges.filter((m) => m.row === header - 1)).toHaveLength(STAFF_KPI_IDS.length - 1);
    expect(layout.merges).toContainEqual({ row: header - 1, column: 4, columns: 3 });
    expect(layout.print.pageTitle).toBe(sheet.caption[0]);
    // Too wide for one legible page: pages that start at an indicator's band, the ОО column on each.
    const starts = new Set(
      section.bands!.reduce<number[]>((all, band) => [...all, (all.at(-1) ?? 1) + band.span], [1]),
    );
    expect(layout.print.columnPages.length).toBeGreaterThan(1);
    for (const page of layout.print.columnPages) expect(starts.has(page.from), String(page.from)).toBe(true);
    expect(layout.print.repeatColumns).toBe(1);
  });

  it("names at most three organisations that miss targets, with their rows on the sheet", () => {
    const missing = rows.filter((r) => r.missed > 0);
    expect(focus.map((f) => f.org)).toEqual(missing.slice(0, 3).map((r) => r.org));
    for (const f of focus) expect(layout.rows[f.row - 1]!.cells[0]!.value).toBe(f.org);
    expect(focus.every((f) => f.missed > 0)).toBe(true);
  });
});
