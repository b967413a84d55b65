// What the add-on can set of a sheet's look in Google Sheets: explicit ДД.ММ.ГГГГ dates, widths from the content,
// long text wrapped, one font — on «ИОМ», «Сводка ИОМ», «Журнал» and the register's «Проверка».
import { describe, expect, test } from "vitest";
import { columnPixels } from "../../apps-script/server/tableSheet.ts";
import { readBook } from "../../shared/book.ts";
import { isDate } from "../../shared/cells.ts";
import { buildRoutes } from "../../shared/iom/buildRoutes.ts";
import { DATE_FORMAT, DATE_TIME_FORMAT } from "../../shared/tables/cellText.ts";
import { CHECK_HEADER, CHECK_WIDTH } from "../../shared/tables/checkColumn.ts";
import { JOURNAL_COLUMNS } from "../../shared/tables/journal.ts";
import { plainSheet } from "../../shared/tables/plainSheet.ts";
import { routesSummaryTable, SUMMARY_LOOK } from "../../shared/tables/routesTable.ts";
import { sheetLayout } from "../../shared/tables/sheetLayout.ts";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon } from "./addon.ts";
import { columnIndex } from "./sheetView.ts";

describe("sheet formats in Google Sheets", () => {
  test("«ИОМ» dates and «Сводка ИОМ» as laid out: ДД.ММ.ГГГГ, widths from the content, text wrapped, Arial", async () => {
    const sheets = sampleSheets();
    const env = loadAddon(await builtAddon(), sheets);
    env.call("runAction", "routes");
    const iom = env.ss.sheet("ИОМ");
    const rows = iom.dump();
    for (const header of ["Период с", "Период по", "Начало", "Окончание", "Дата выполнения"]) {
      const c = columnIndex(iom, header) + 1;
      for (let r = 2; r <= rows.length; r++)
        expect(iom.grid.format(r, c), `${header} ${r}`).toBe(DATE_FORMAT);
    }
    expect(iom.grid.format(2, columnIndex(iom, "Мероприятие") + 1)).toBeUndefined();

    const result = buildRoutes(readBook(sheets.map((s) => ({ name: s.name, values: s.rows }))));
    const layout = sheetLayout(plainSheet("Сводка ИОМ", routesSummaryTable(result), SUMMARY_LOOK));
    const summary = env.ss.sheet("Сводка ИОМ");
    const from = columnIndex(summary, "Период с") + 1;
    const dated = summary.dump().findIndex((row) => isDate(row[from - 1])) + 1;
    expect(dated).toBeGreaterThan(1);
    expect(summary.grid.format(dated, from)).toBe(DATE_FORMAT);
    layout.widths.forEach((width, i) => expect(summary.columnWidths.get(i + 1)).toBe(columnPixels(width)));
    // Every cell wraps as laid out (the header always; long goals and warnings when they are long), in Arial.
    layout.rows.forEach((row, r) =>
      row.cells.forEach((_, c) => {
        const where = `${r + 1}:${c + 1}`;
        expect(summary.grid.wraps.has(where), where).toBe(row.wraps[c] || row.kind === "header");
        expect(summary.grid.fontFamilies.get(where), where).toBe("Arial");
      }),
    );
    expect(summary.frozenRows).toBe(1);
  });

  test("«Журнал» shows when as ДД.ММ.ГГГГ чч:мм with the summary wrapped; «Проверка» is wide and wraps", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    env.call("runAction", "check");
    const journal = env.ss.sheet("Журнал");
    expect(journal.grid.format(2, 1)).toBe(DATE_TIME_FORMAT);
    JOURNAL_COLUMNS.forEach((look, i) =>
      expect(journal.columnWidths.get(i + 1)).toBe(columnPixels(look.width)),
    );
    expect(journal.grid.wraps.has("2:5")).toBe(true);

    const register = env.ss.sheet("Реестр ИОМ");
    const check = columnIndex(register, CHECK_HEADER) + 1;
    expect(register.columnWidths.get(check)).toBe(columnPixels(CHECK_WIDTH));
    expect(register.grid.wraps.has(`2:${check}`)).toBe(true);
    // The respondents' columns keep the widths and wrapping they had: nothing is set on them.
    expect(register.columnWidths.get(1)).toBeUndefined();
    expect(register.grid.wraps.has("2:1")).toBe(false);
  });
});
