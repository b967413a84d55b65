// Table models of route generation: the «ИОМ» sheet (spec §2.7) and the per-person «Сводка ИОМ», as header + rows of cells.
// Values are Russian («да»/«нет», enumeration words); dates are real date cells: a Date at local midnight, the
// wall-clock form Apps Script's setValues and xlsx/writeWorkbook.ts both write as a date.
import type { Cell } from "../cells.ts";
import type { IsoDate } from "../dates.ts";
import type { PersonSummary, RoutesResult, SheetRow } from "../iom/schema.ts";
import { headerRow, RoutesSheet, type RouteRow } from "../schema/sheets.ts";
import type { PlainSheetOptions } from "./plainSheet.ts";

export const ROUTES_SHEET_TITLE = RoutesSheet.title;
export const SUMMARY_SHEET_TITLE = "Сводка ИОМ";

type RouteField = keyof typeof RoutesSheet.fields;
const FIELDS = Object.entries(RoutesSheet.fields) as [RouteField, (typeof RoutesSheet.fields)[RouteField]][];

/** The first header name of each field of «ИОМ», in field order. */
export const ROUTES_HEADERS: readonly string[] = headerRow(RoutesSheet);

/** A date cell: the ISO date at local midnight. */
export const dateCell = (date: IsoDate): Date =>
  new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

/** The cells of a generated row, in the order of ROUTES_HEADERS. */
export function routeRowCells(row: RouteRow): Cell[] {
  return FIELDS.map(([key, field]): Cell => {
    const value = row[key];
    if (value === undefined) return "";
    if (typeof value === "boolean") return value ? "да" : "нет";
    if (field.kind === "date" && typeof value === "string") return dateCell(value);
    return value;
  });
}

/** The whole «ИОМ» sheet: header, then kept rows as found and generated rows as written. */
export function routesTable(rows: readonly SheetRow[]): Cell[][] {
  return [
    [...ROUTES_HEADERS],
    ...rows.map((row) => (row.origin === "kept" ? [...row.cells] : routeRowCells(row.data))),
  ];
}

export const SUMMARY_HEADERS = [
  "Email",
  "ФИО",
  "ОО",
  "Итог",
  "Период с",
  "Период по",
  "Цели маршрута",
  "Мероприятий",
  "Часов",
  "Наставник",
  "Методический актив",
  "Предупреждения",
] as const;

/** How «Сводка ИОМ» prints: goals and warnings wrap in wide columns; e-mail and name repeated on each page. */
export const SUMMARY_LOOK: PlainSheetOptions = {
  widths: [26, 20, 18, 18, 11, 11, 40, 12, 7, 26, 20, 40],
  keyColumns: 2,
};

/** How «ИОМ» prints: the activity's title wraps; e-mail and name repeated on each page. */
export const ROUTES_LOOK: PlainSheetOptions = {
  widths: [26, 20, 18, 11, 11, 24, 14, 30, 14, 12, 6, 11, 11, 16, 26, 13, 11],
  keyColumns: 2,
};

const OUTCOME_TEXT: Record<PersonSummary["outcome"], string> = {
  route: "ИОМ построен",
  alreadyHasRoute: "ИОМ на этот период уже есть",
  withoutDiagnostics: "нет результатов диагностики",
  noGoals: "дефицитов и зон роста нет",
};

/** One row per person of «Педагоги»: what generation did for them (never silent), with the route's figures. */
export function routesSummaryTable(
  result: Pick<RoutesResult, "people" | "routes" | "alreadyHaveRoute">,
): Cell[][] {
  const routes = new Map(result.routes.map((route) => [route.email, route]));
  const already = new Map(result.alreadyHaveRoute.map((entry) => [entry.email, entry.period]));
  return [
    [...SUMMARY_HEADERS],
    ...result.people.map((person): Cell[] => {
      const route = routes.get(person.email);
      const period = route?.period ?? already.get(person.email);
      const outcome = route?.regenerated ? "ИОМ перестроен" : OUTCOME_TEXT[person.outcome];
      return [
        person.email,
        person.fio,
        person.org,
        outcome,
        period ? dateCell(period.from) : "",
        period ? dateCell(period.to) : "",
        route ? route.goals.join("; ") : "",
        route ? route.activities.length : "",
        route ? route.totalHours : "",
        route?.mentor ?? "",
        person.activGroups.join(", "),
        (route ? route.warnings : person.notes).join("\n"),
      ];
    }),
  ];
}
