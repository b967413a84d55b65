// «Показатели» as a sheet: K2's people diagnosed this year right under K2 with the line saying why K2 may exceed K1,
// K6 as a count (no denominator, no percent), the tables below with their labels next to their figures.
import { describe, expect, it } from "vitest";
import { K2_DIAGNOSED_LABEL, K2_NOTE, kpiSheet, targetFormat } from "../../../shared/tables/kpiSheet.ts";
import { kpiTable } from "../../../shared/tables/kpiTable.ts";
import { sheetLayout } from "../../../shared/tables/sheetLayout.ts";
import { shownText } from "../../../shared/tables/cellText.ts";
import { activity, diagnostic, person, reportOf } from "../kpi/workbook.ts";

const report = reportOf(
  {
    staff: [person("a@s.ru", { contest: "да" }), person("b@s.ru", { contest: "да" }), person("c@s.ru")],
    diagnostics: [diagnostic("a@s.ru", "2026-10-01", "цифровые", 30)],
    routes: [activity("a@s.ru", "2026-09-01", "2027-05-31"), activity("b@s.ru", "2026-09-01", "2027-05-31")],
  },
  "2026-11-30",
);
const sheet = kpiSheet(kpiTable(report));
const layout = sheetLayout(sheet);
const [indicators, monthly, coverage] = sheet.sections;
const shown = (cells: readonly { value: unknown; numberFormat?: string }[]) =>
  cells.map((cell) => shownText(cell.value as never, cell.numberFormat));

describe("kpiSheet", () => {
  it("puts «из них прошли диагностику в этом учебном году» right under K2, and the reason under the table", () => {
    const k2 = indicators!.rows.findIndex((row) => row[0]!.value === "K2");
    expect(shown(indicators!.rows[k2]!)).toEqual([
      "K2",
      report.kpis[2]!.title,
      "2",
      "3",
      "66,7 %",
      "≥ 60 %",
      "достигнут",
    ]);
    expect(shown(indicators!.rows[k2 + 1]!)).toEqual(["", K2_DIAGNOSED_LABEL, "1", "2", "50,0 %", "", ""]);
    expect(indicators!.notes).toEqual([K2_NOTE]);
    expect(K2_NOTE).toMatch(/^K2 может быть выше K1: /u);
  });

  it("shows K6 as a number of people: no numerator or denominator, no percent, the target in people", () => {
    const k6 = indicators!.rows.find((row) => row[0]!.value === "K6")!;
    expect(shown(k6)).toEqual(["K6", report.kpis[7]!.title, "", "", "2 чел.", "≥ 1 чел.", "достигнут"]);
    expect(shown(indicators!.rows.find((row) => row[0]!.value === "K4")!)[5]).toBe("100 %");
    expect(targetFormat("share", 7.5)).toBe('"≥ "0.0" %"');
  });

  it("lays the months and the coverage out with their labels over the code and title columns, figures beside", () => {
    expect(monthly).toMatchObject({ heading: "ИОМ по месяцам", labelSpan: 2 });
    expect(coverage).toMatchObject({ heading: "Охват дефицитов мероприятиями ИОМ", labelSpan: 2 });
    const total = layout.rows.findIndex((row) => row.cells[0]?.value === "Итого") + 1;
    expect(layout.merges).toContainEqual({ row: total, column: 1, columns: 2 });
    // «Итого 2 0»: its figures in the columns of «Числитель» and «Знаменатель», next to the label.
    expect(layout.rows[total - 1]!.cells.map((cell) => cell.value)).toEqual(["Итого", "", 2, 0]);
    const headers = layout.rows.filter((row) => row.kind === "header").map((row) => row.cells[2]?.value);
    expect(headers).toEqual(["Числитель", "Разработано ИОМ", "С дефицитом (низкий уровень)"]);
  });

  it("fits A4 landscape on one legible page, the title wrapped rather than cut", () => {
    expect(layout.print.columnPages).toEqual([]);
    expect(layout.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(138);
    const k11 = layout.rows.find((row) => row.cells[0]?.value === "K1")!;
    expect(k11.wraps[1]).toBe(true);
    expect(k11.lines).toBe(2);
  });
});
