// The existing «ИОМ» sheet as regeneration sees it: route periods per person, completed activities, and which rows
// are generated, untouched and not started (the only ones regeneration may replace, spec §4.6).
import type { Cell } from "../cells.ts";
import { daysBetween, type IsoDate } from "../dates.ts";
import { RoutesSheet, type RegisterRow, type RouteRow } from "../schema/sheets.ts";
import type { ParsedSheet } from "../validation/parseSheet.ts";
import { activityKey, Catalog } from "./catalog.ts";
import { DEFAULT_CATALOG } from "./defaultCatalog.ts";
import type { Period } from "./schema.ts";
import {
  controlPointOf,
  PLACEHOLDER_TITLE,
  REFLEXIVE,
  REFLEXIVE_CODE,
  REFLEXIVE_HOURS,
  REFLEXIVE_PREFIX,
} from "./texts.ts";

export interface ExistingRow {
  readonly sheetRow: number;
  /** Parsed values; a field whose cell was bad is missing. */
  readonly data: Partial<RouteRow>;
  readonly errors: number;
  /** The row's cells as found, in RoutesSheet field order. */
  readonly cells: Cell[];
}

const FIELDS = Object.keys(RoutesSheet.fields) as (keyof typeof RoutesSheet.fields)[];

export function existingRows(sheet: ParsedSheet<RouteRow>): ExistingRow[] {
  const columns = sheet.columns as Partial<Record<string, { index: number }>>;
  return sheet.rows.map((row) => ({
    sheetRow: row.row,
    data: row.data,
    errors: row.errors,
    cells: FIELDS.map((field) => {
      const column = columns[field];
      return column ? (row.cells[column.index] ?? "") : "";
    }),
  }));
}

export const routeKey = (email: string, period: Period) => `${email}\u0000${period.from}\u0000${period.to}`;

/** The route a row belongs to (its period set in order even when written the wrong way round). */
export function rowRoute(row: ExistingRow): { email: string; period: Period } | undefined {
  const { email, from, to } = row.data;
  if (!email || !from || !to) return undefined;
  return { email, period: from <= to ? { from, to } : { from: to, to: from } };
}

/** Distinct route periods per person, latest start first. Rows with other errors still count: never a second route. */
export function periodsByPerson(rows: readonly ExistingRow[]): Map<string, Period[]> {
  const result = new Map<string, Period[]>();
  for (const row of rows) {
    const route = rowRoute(row);
    if (!route) continue;
    const list = result.get(route.email) ?? [];
    if (!list.some((p) => p.from === route.period.from && p.to === route.period.to)) list.push(route.period);
    result.set(route.email, list);
  }
  for (const list of result.values())
    list.sort((a, b) =>
      a.from !== b.from ? (a.from < b.from ? 1 : -1) : a.to < b.to ? 1 : a.to > b.to ? -1 : 0,
    );
  return result;
}

/**
 * What each person has completed, as activity keys (codes and titles): «ИОМ» rows with state «выполнено», and
 * register submissions naming a completed programme («Пройденная программа ДПО», matched against a catalogue
 * activity's title or code). Rows count when their e-mail and that value parse, even if another cell is wrong.
 */
export function completedKeys(
  rows: readonly ExistingRow[],
  register: ParsedSheet<RegisterRow>,
): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  const add = (email: string, text: string | undefined) => {
    if (!text) return;
    let set = result.get(email);
    if (!set) result.set(email, (set = new Set()));
    set.add(activityKey(text));
  };
  for (const { data } of rows)
    if (data.email && data.state === "выполнено") {
      add(data.email, data.code);
      add(data.email, data.title);
    }
  for (const { data } of register.rows) if (data.email) add(data.email, data.course);
  return result;
}

/** Started: a state other than «запланировано», a completion date, or a start before the report date. */
export const isStarted = (data: Partial<RouteRow>, reportDate: IsoDate): boolean =>
  (data.state !== undefined && data.state !== "запланировано") ||
  data.doneDate !== undefined ||
  (data.start !== undefined && data.start < reportDate);

const spanMatches = (data: Partial<RouteRow>, days: number) =>
  data.start === undefined && data.end === undefined
    ? true
    : data.start !== undefined && data.end !== undefined && daysBetween(data.start, data.end) + 1 === days;

const EXAMPLE = new Catalog(DEFAULT_CATALOG, "default");
/** An activity of the workbook's catalogue, else of the example one (rows generated before «Каталог» was filled in). */
const entryOf = (catalog: Catalog, code: string) => catalog.entry(code) ?? EXAMPLE.entry(code);

/**
 * A row exactly as the generator writes it ("untouched"); any other row is hand-edited. Generated rows are:
 * a catalogue activity (title, type, register flag, hours, control point as in «Каталог», its group among the
 * activity's groups, its dates spanning the catalogue weeks, a mentor only on наставничество — looked up in the
 * workbook's catalogue, else in the example one); a «подобрать
 * мероприятие» row (no code, no hours, start = end); the closing «Рефлексивная диагностика» (code РД-ИОМ).
 * A row with an empty code and any other title, an unknown code, or a bad cell is hand-edited.
 */
export function isUntouched(row: ExistingRow, catalog: Catalog): boolean {
  const data = row.data;
  if (row.errors > 0 || data.title === undefined) return false;
  const type = data.type ?? null;
  if (activityKey(data.code ?? "") === activityKey(REFLEXIVE_CODE))
    return (
      data.title.startsWith(REFLEXIVE_PREFIX) &&
      data.hours === REFLEXIVE_HOURS &&
      (type === null || type === REFLEXIVE.type) &&
      (data.controlPoint ?? "") === REFLEXIVE.controlPoint &&
      data.mentor === undefined &&
      !data.federal
    );
  if ((data.controlPoint ?? "") !== controlPointOf(type)) return false;
  if (data.mentor !== undefined && type !== "наставничество") return false;
  const code = data.code ?? "";
  if (code === "")
    return (
      activityKey(data.title) === activityKey(PLACEHOLDER_TITLE) &&
      !(data.hours !== undefined && data.hours > 0) &&
      !data.federal &&
      (type === null || type === "наставничество") &&
      data.start === data.end
    );
  const entry = entryOf(catalog, code);
  return (
    entry !== undefined &&
    activityKey(data.title) === entry.titleKey &&
    type === entry.type &&
    data.federal === entry.federal &&
    data.hours === entry.hours &&
    data.group !== undefined &&
    entry.groups.includes(data.group) &&
    spanMatches(data, Math.max(1, Math.round(entry.weeks)) * 7)
  );
}

/** Regeneration may replace the row: generated, untouched and not started. */
export const isReplaceable = (row: ExistingRow, catalog: Catalog, reportDate: IsoDate): boolean =>
  isUntouched(row, catalog) && !isStarted(row.data, reportDate);
