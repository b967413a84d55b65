// The rows the KPIs are computed from: only rows without errors, within the academic year of the report date.
import type { Book } from "../book.ts";
import { academicYear, type IsoDate } from "../dates.ts";
import {
  DiagnosticsSheet,
  OrgsSheet,
  RegisterSheet,
  RoutesSheet,
  StaffSheet,
  type DiagnosticRow,
  type OrgRow,
  type RegisterRow,
  type RouteRow,
  type SheetDef,
  type StaffRow,
} from "../schema/sheets.ts";
import type { ParsedSheet } from "../validation/parseSheet.ts";

export interface DateWindow {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export interface KpiInput {
  readonly reportDate: IsoDate;
  /** The academic year (1 Sep – 31 Aug) containing the report date. */
  readonly year: DateWindow;
  /** From 1 Sep of that year up to the report date: «in the academic year up to D». */
  readonly window: DateWindow;
  readonly staff: readonly StaffRow[];
  readonly orgs: readonly OrgRow[];
  readonly diagnostics: readonly DiagnosticRow[];
  readonly routes: readonly RouteRow[];
  readonly register: readonly RegisterRow[];
  /** Rows left out of every figure: rows with errors in the sheets above. */
  readonly excludedRows: number;
}

export const inWindow = (date: IsoDate | undefined, window: DateWindow): date is IsoDate =>
  date !== undefined && date >= window.from && date <= window.to;

/** Whether a period [from, to] shares at least one day with `window`. */
export const overlaps = (from: IsoDate, to: IsoDate, window: DateWindow) =>
  from <= window.to && to >= window.from;

/**
 * Rows without errors. A row whose required value is absent because the whole column is missing (a finding
 * on row 1, not on the row) is unusable too, and is counted as excluded like a row with errors.
 */
function usable<T>(sheet: ParsedSheet<T>, def: SheetDef): { rows: T[]; excluded: number } {
  const required = Object.entries(def.fields)
    .filter(([, field]) => field.required)
    .map(([key]) => key);
  const columns = sheet.columns as Record<string, unknown>;
  // With every required column present, a row without errors has every required value (blank = error).
  const check = required.filter((key) => !columns[key]);
  const rows: T[] = [];
  let excluded = 0;
  for (const row of sheet.rows) {
    const data = row.data as Record<string, unknown>;
    if (row.errors === 0 && (check.length === 0 || check.every((key) => data[key] !== undefined)))
      rows.push(row.data);
    else excluded++;
  }
  return { rows, excluded };
}

export function kpiInput(book: Book): KpiInput {
  const year = academicYear(book.reportDate);
  const staff = usable(book.staff, StaffSheet);
  const orgs = usable(book.orgs, OrgsSheet);
  const diagnostics = usable(book.diagnostics, DiagnosticsSheet);
  const routes = usable(book.routes, RoutesSheet);
  const register = usable(book.register, RegisterSheet);
  return {
    reportDate: book.reportDate,
    year,
    window: { from: year.from, to: book.reportDate },
    staff: staff.rows,
    orgs: orgs.rows,
    diagnostics: diagnostics.rows,
    routes: routes.rows,
    register: register.rows,
    excludedRows: staff.excluded + orgs.excluded + diagnostics.excluded + routes.excluded + register.excluded,
  };
}
