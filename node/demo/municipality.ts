// One municipality in the demo: its workbook read from .xlsx, validated, ИОМ generated, KPIs computed, results written.
import { readBook, type Book } from "../../shared/book.ts";
import type { Cell } from "../../shared/cells.ts";
import { buildRoutes } from "../../shared/iom/buildRoutes.ts";
import type { RoutesResult } from "../../shared/iom/schema.ts";
import { computeMunicipalFigures, type MunicipalFigures } from "../../shared/kpi/compute.ts";
import { CHECK_HEADER, CHECK_WIDTH, checkTexts } from "../../shared/tables/checkColumn.ts";
import {
  ACTION_TITLES,
  JOURNAL_COLUMNS,
  JOURNAL_HEADERS,
  JOURNAL_STATES,
  JOURNAL_TITLE,
} from "../../shared/tables/journal.ts";
import { KPI_SHEET_TITLE, kpiTable } from "../../shared/tables/kpiTable.ts";
import { ORG_KPI_SHEET_TITLE, orgKpiTable } from "../../shared/tables/orgKpiTable.ts";
import { PLAIN_CAP } from "../../shared/tables/plainSheet.ts";
import {
  ROUTES_LOOK,
  ROUTES_SHEET_TITLE,
  routesSummaryTable,
  routesTable,
  SUMMARY_LOOK,
  SUMMARY_SHEET_TITLE,
} from "../../shared/tables/routesTable.ts";
import { countText } from "../../shared/text/ru.ts";
import { countBySeverity } from "../../shared/validation/finding.ts";
import { addKpiSheet } from "../../xlsx/kpiSheet.ts";
import { readWorkbook } from "../xlsx/readWorkbook.ts";
import { addTableSheet } from "../../xlsx/tableSheet.ts";
import { addPlainSheet } from "../../xlsx/writeWorkbook.ts";
import { newWorkbook } from "../../xlsx/workbook.ts";

export interface MunicipalityResult {
  readonly book: Book;
  readonly routes: RoutesResult;
  /** KPIs, KPIs by organisation and the demand for courses, counted after the routes are written. */
  readonly figures: MunicipalFigures;
  readonly errors: number;
  readonly warnings: number;
}

const OWN_SHEETS = new Set([
  ROUTES_SHEET_TITLE,
  SUMMARY_SHEET_TITLE,
  KPI_SHEET_TITLE,
  ORG_KPI_SHEET_TITLE,
  JOURNAL_TITLE,
]);

/** The register with the «Проверка» column on its right; respondent cells as they were. */
function withCheckColumn(values: readonly (readonly Cell[])[], texts: Map<number, string>): Cell[][] {
  const width = Math.max(0, ...values.map((row) => row.length));
  return values.map((row, index) => {
    const padded = [...row, ...new Array<Cell>(width - row.length).fill("")];
    return [...padded, index === 0 ? CHECK_HEADER : (texts.get(index + 1) ?? "")];
  });
}

/** Reads `input`, runs the same core the add-on runs, writes the municipality's workbook to `output`. */
export async function processMunicipality(
  input: string,
  output: string,
  reportDate: string,
  who: string,
  at: Date,
): Promise<MunicipalityResult> {
  const sheets = await readWorkbook(input);
  const book = readBook(sheets, { reportDate });
  const routes = buildRoutes(book);
  const routeRows = routesTable(routes.rows);
  // As in the add-on: «Сформировать ИОМ» writes «ИОМ», then «Рассчитать показатели» counts those routes.
  const withRoutes = [
    ...sheets.filter((s) => !OWN_SHEETS.has(s.name)),
    { name: ROUTES_SHEET_TITLE, values: routeRows },
  ];
  const figures = computeMunicipalFigures(readBook(withRoutes, { reportDate }));
  const { kpis } = figures;
  const { errors, warnings } = countBySeverity(book.findings);

  const workbook = newWorkbook();
  const texts = checkTexts(book.findings, book.register.name);
  for (const sheet of sheets) {
    if (OWN_SHEETS.has(sheet.name)) continue;
    if (sheet.name !== book.register.name) {
      addPlainSheet(workbook, { name: sheet.name, rows: sheet.values });
      continue;
    }
    // The register with its «Проверка» column, as wide as the add-on makes it.
    const rows = withCheckColumn(sheet.values, texts);
    const widths = [...Array<number>(rows[0]!.length - 1).fill(PLAIN_CAP), CHECK_WIDTH];
    addPlainSheet(workbook, { name: sheet.name, rows, widths });
  }
  addPlainSheet(workbook, { name: ROUTES_SHEET_TITLE, rows: routeRows, ...ROUTES_LOOK });
  addPlainSheet(workbook, { name: SUMMARY_SHEET_TITLE, rows: routesSummaryTable(routes), ...SUMMARY_LOOK });
  addKpiSheet(workbook, kpiTable(kpis));
  addTableSheet(workbook, orgKpiTable(figures.byOrg).sheet);
  const met = kpis.kpis.filter((k) => k.met === true).length;
  addPlainSheet(workbook, {
    name: JOURNAL_TITLE,
    widths: JOURNAL_COLUMNS.map((column) => column.width),
    rows: [
      [...JOURNAL_HEADERS],
      [
        at,
        who,
        ACTION_TITLES.check,
        JOURNAL_STATES.done,
        `${countText(errors, "ошибка", "ошибки", "ошибок")}, ${countText(warnings, "предупреждение", "предупреждения", "предупреждений")}`,
      ],
      [
        at,
        who,
        ACTION_TITLES.routes,
        JOURNAL_STATES.done,
        `маршрутов: ${routes.routes.length}, без диагностики: ${routes.withoutDiagnostics.length}`,
      ],
      [
        at,
        who,
        ACTION_TITLES.kpis,
        JOURNAL_STATES.done,
        `достигнуто ${met} из ${kpis.kpis.length}, исключено строк: ${kpis.excludedRows}`,
      ],
    ],
  });
  await workbook.xlsx.writeFile(output);
  return { book, routes, figures, errors, warnings };
}
