// «Сформировать ИОМ»: writes the core's merged «ИОМ» rows (kept rows untouched) and «Сводка ИОМ», lists what needs a look.
import type { Book } from "../../shared/book.ts";
import type { Cell } from "../../shared/cells.ts";
import { buildRoutes } from "../../shared/iom/buildRoutes.ts";
import type { RoutesResult, SheetRow } from "../../shared/iom/schema.ts";
import { RoutesSheet } from "../../shared/schema/sheets.ts";
import { DATE_FORMAT } from "../../shared/tables/cellText.ts";
import { plainSheet } from "../../shared/tables/plainSheet.ts";
import {
  routeRowCells,
  routesSummaryTable,
  SUMMARY_LOOK,
  SUMMARY_SHEET_TITLE,
} from "../../shared/tables/routesTable.ts";
import { plainCell } from "../../shared/text/plainText.ts";
import { countText } from "../../shared/text/ru.ts";
import type { JobOptions, Plan } from "./jobs.ts";
import { ensureSize, rectangle } from "./ownSheet.ts";
import { modelCell, timeZoneOf } from "./sheetCells.ts";
import { createSpecSheet } from "./specSheets.ts";
import { tableGrid, writeGrid } from "./tableSheet.ts";
import { loadBook, readWorkbook, sheetByName, type SheetData } from "./workbook.ts";

/** How many people each sidebar list shows; the «Сводка ИОМ» sheet lists everyone. */
const LISTED = 100;

interface Named {
  readonly email: string;
  readonly fio: string;
}

export interface RoutesView {
  readonly reportDate: string;
  readonly period: { readonly from: string; readonly to: string };
  readonly routes: number;
  readonly activities: number;
  readonly regenerated: number;
  readonly alreadyHaveRoute: number;
  readonly withoutDiagnostics: readonly Named[];
  readonly withoutDiagnosticsCount: number;
  readonly unmatched: readonly (Named & { readonly group: string })[];
  readonly mentors: readonly {
    readonly mentor: Named;
    readonly mentee: Named;
    readonly group: string | null;
  }[];
  readonly activ: readonly (Named & { readonly group: string })[];
  readonly warnings: readonly string[];
}

type FieldKey = keyof typeof RoutesSheet.fields;
const FIELD_KEYS = Object.keys(RoutesSheet.fields) as FieldKey[];

export interface RoutesGrid {
  readonly grid: Cell[][];
  /** The 1-based columns of the date fields, for their number format. */
  readonly dateColumns: readonly number[];
}

/**
 * The sheet as written: the existing header layout (extra columns and their cells kept with their rows), fields
 * missing from it appended at the right, and blank lines over old rows left below the new end. Cells read from the
 * sheet go back as they were (texts kept as text); generated rows get their dates in the spreadsheet's `timeZone`.
 */
export function routesGrid(
  book: Book,
  data: SheetData | undefined,
  rows: readonly SheetRow[],
  timeZone: string,
): RoutesGrid {
  const header: Cell[] = data ? (data.values[0] ?? []).map(plainCell) : [];
  const columns = book.routes.columns as Partial<Record<FieldKey, { index: number }>>;
  const target = FIELD_KEYS.map((key) => {
    const found = data ? columns[key]?.index : undefined;
    if (found !== undefined) return found;
    header.push(RoutesSheet.fields[key].names[0]!);
    return header.length - 1;
  });
  const lines: Cell[][] = [header];
  for (const row of rows) {
    const line: Cell[] = Array<Cell>(header.length).fill("");
    if (row.origin === "kept") {
      (data?.values[row.sheetRow - 1] ?? []).forEach((cell, c) => (line[c] = plainCell(cell)));
      row.cells.forEach((cell, i) => (line[target[i]!] = plainCell(cell)));
    } else routeRowCells(row.data).forEach((cell, i) => (line[target[i]!] = modelCell(cell, timeZone)));
    lines.push(line);
  }
  while (lines.length < (data?.values.length ?? 0)) lines.push([]);
  const dateColumns = FIELD_KEYS.flatMap((key, i) =>
    RoutesSheet.fields[key].kind === "date" ? [target[i]! + 1] : [],
  );
  return { grid: rectangle(lines, header.length), dateColumns };
}

export function routesView(result: RoutesResult): RoutesView {
  const names = new Map(result.people.map((p) => [p.email, p.fio]));
  const named = (email: string): Named => ({ email, fio: names.get(email) ?? "" });
  const unmatched = result.routes.flatMap((route) =>
    route.activities
      .filter((a) => a.source === "placeholder")
      .map((a) => ({ ...named(route.email), group: a.group ?? "" })),
  );
  return {
    reportDate: result.reportDate,
    period: result.period,
    routes: result.routes.length,
    activities: result.routes.reduce((sum, route) => sum + route.activities.length, 0),
    regenerated: result.routes.filter((route) => route.regenerated).length,
    alreadyHaveRoute: result.alreadyHaveRoute.length,
    withoutDiagnostics: result.withoutDiagnostics.slice(0, LISTED).map(named),
    withoutDiagnosticsCount: result.withoutDiagnostics.length,
    unmatched: unmatched.slice(0, LISTED),
    mentors: result.mentorPairs
      .slice(0, LISTED)
      .map((p) => ({ mentor: named(p.mentor), mentee: named(p.mentee), group: p.group })),
    activ: result.activCandidates.slice(0, LISTED).map((c) => ({ ...named(c.email), group: c.group })),
    warnings: result.warnings,
  };
}

export function routesSummary(view: RoutesView): string {
  return [
    view.routes === 0
      ? "Новых ИОМ нет"
      : `Построено ${countText(view.routes, "ИОМ", "ИОМ", "ИОМ")} (${countText(view.activities, "мероприятие", "мероприятия", "мероприятий")})`,
    view.regenerated ? `обновлено ${view.regenerated}` : "",
    view.alreadyHaveRoute ? `уже были у ${view.alreadyHaveRoute}` : "",
    `без диагностики: ${view.withoutDiagnosticsCount}`,
    `без подходящего мероприятия: ${view.unmatched.length}`,
  ]
    .filter(Boolean)
    .join("; ")
    .concat(".");
}

export function planRoutes(options: JobOptions): Plan {
  const ss = SpreadsheetApp.getActive();
  const workbook = readWorkbook(ss);
  const book = loadBook(workbook);
  const result = buildRoutes(book, { regenerate: options.regenerate === true });
  const data = book.routes.present ? sheetByName(workbook, book.routes.name) : undefined;
  const { grid, dateColumns } = routesGrid(book, data, result.rows, timeZoneOf(ss));
  const summaryGrid = tableGrid(
    plainSheet(SUMMARY_SHEET_TITLE, routesSummaryTable(result), SUMMARY_LOOK),
    timeZoneOf(ss),
  );
  return {
    steps: [
      {
        label: `Лист «${RoutesSheet.title}»: ${countText(result.rows.length, "строка", "строки", "строк")}`,
        run: () => {
          if (!data) createSpecSheet(ss, RoutesSheet);
          const sheet = data?.sheet ?? ss.getSheets().find((s) => s.getName() === RoutesSheet.title)!;
          ensureSize(sheet, grid.length, grid[0]!.length);
          sheet.getRange(1, 1, grid.length, grid[0]!.length).setValues(grid as unknown[][]);
          // Dates as ДД.ММ.ГГГГ whatever the spreadsheet's locale (one call per date column).
          if (grid.length > 1)
            for (const column of dateColumns)
              sheet.getRange(2, column, grid.length - 1, 1).setNumberFormat(DATE_FORMAT);
        },
      },
      {
        label: `Лист «${SUMMARY_SHEET_TITLE}»`,
        run: () => void writeGrid(ss, SUMMARY_SHEET_TITLE, summaryGrid),
      },
    ],
    finish: () => {
      const view = routesView(result);
      return { summary: routesSummary(view), result: view };
    },
  };
}
