// A municipality's workbook read into typed, validated sheets: the one entry point of every action and command.
import type { Grid } from "./cells.ts";
import { today, type IsoDate } from "./dates.ts";
import { matchHeaders, sameSheetName } from "./headers.ts";
import {
  CatalogSheet,
  DiagnosticsSheet,
  OrgsSheet,
  RegisterSheet,
  RoutesSheet,
  SETTINGS_TITLE,
  StaffSheet,
  type CatalogRow,
  type Fields,
  type SheetDef,
  type DiagnosticRow,
  type OrgRow,
  type RegisterRow,
  type RouteRow,
  type StaffRow,
} from "./schema/sheets.ts";
import { parseSettings, type Settings } from "./settings.ts";
import type { Finding, Severity } from "./validation/finding.ts";
import { FindingSink, parseSheet, type ParsedSheet } from "./validation/parseSheet.ts";
import {
  checkDateOrder,
  checkEarlyStatus,
  checkOrgsKnown,
  checkPeopleKnown,
  checkRepeatedSubmissions,
  checkUnique,
  resolveLevels,
} from "./validation/rules.ts";

export interface RawSheet {
  readonly name: string;
  readonly values: Grid;
}

export interface Book {
  readonly reportDate: IsoDate;
  readonly settings: Settings;
  readonly register: ParsedSheet<RegisterRow>;
  readonly staff: ParsedSheet<StaffRow>;
  readonly orgs: ParsedSheet<OrgRow>;
  readonly diagnostics: ParsedSheet<DiagnosticRow>;
  readonly catalog: ParsedSheet<CatalogRow>;
  readonly routes: ParsedSheet<RouteRow>;
  /** Findings ordered by sheet (as in the workbook) and row. */
  readonly findings: readonly Finding[];
}

export interface ReadBookOptions {
  /** Report date; default: «Настройки», else today. */
  readonly reportDate?: IsoDate;
  /**
   * The spreadsheet's time zone (Apps Script: Spreadsheet.getSpreadsheetTimeZone()): Date cells are read as its wall
   * clock and «today» is its today. Undefined: local time, as an .xlsx file is read.
   */
  readonly timeZone?: string;
}

const byName = (sheets: readonly RawSheet[], title: string) =>
  sheets.find((s) => sameSheetName(s.name, title));

const OWN_TITLES = [StaffSheet, OrgsSheet, DiagnosticsSheet, CatalogSheet, RoutesSheet]
  .map((s) => s.title)
  .concat(SETTINGS_TITLE);

/** The register: named in settings, else «Реестр ИОМ», else a sheet with the form's headers (e.g. «Ответы на форму (1)»). */
export function findRegister(sheets: readonly RawSheet[], settings: Settings): RawSheet | undefined {
  const named =
    (settings.registerSheet && byName(sheets, settings.registerSheet)) || byName(sheets, RegisterSheet.title);
  if (named) return named;
  let best: { sheet: RawSheet; score: number } | undefined;
  for (const sheet of sheets) {
    if (OWN_TITLES.some((title) => sameSheetName(sheet.name, title))) continue;
    const columns = matchHeaders(sheet.values[0] ?? [], RegisterSheet.fields);
    if (!columns.submittedAt || !columns.email) continue;
    const score = Object.keys(columns).length;
    if (score >= 4 && (!best || score > best.score)) best = { sheet, score };
  }
  return best?.sheet;
}

/**
 * The sheets every figure needs: their absence is a `required` finding on row 1 (an error, as every code the
 * spec does not call a warning). «Каталог» (an example one stands in), «ИОМ» (the product writes it) and
 * «Настройки» (defaults) may be absent.
 */
const MISSING: Record<string, Severity | undefined> = {
  [RegisterSheet.title]: "error",
  [StaffSheet.title]: "error",
  [OrgsSheet.title]: "error",
  [DiagnosticsSheet.title]: "error",
};

export function readBook(sheets: readonly RawSheet[], options: ReadBookOptions = {}): Book {
  const sink = new FindingSink();
  const { timeZone } = options;
  const settings = parseSettings(byName(sheets, SETTINGS_TITLE), sink, timeZone);
  const reportDate = options.reportDate ?? settings.reportDate ?? today(new Date(), timeZone);
  const context = { reportDate, ...(timeZone === undefined ? {} : { timeZone }) };
  const read = <T>(def: SheetDef, found: RawSheet | undefined) =>
    parseSheet<T, Fields>({ def, found, missingSeverity: MISSING[def.title] }, context, sink);

  // In the order of spec §2, so that findings about missing sheets come in that order too.
  const register = read<RegisterRow>(RegisterSheet, findRegister(sheets, settings));
  const staff = read<StaffRow>(StaffSheet, byName(sheets, StaffSheet.title));
  const orgs = read<OrgRow>(OrgsSheet, byName(sheets, OrgsSheet.title));
  const diagnostics = read<DiagnosticRow>(DiagnosticsSheet, byName(sheets, DiagnosticsSheet.title));
  const catalog = read<CatalogRow>(CatalogSheet, byName(sheets, CatalogSheet.title));
  const routes = read<RouteRow>(RoutesSheet, byName(sheets, RoutesSheet.title));

  checkUnique(orgs, sink, "name");
  checkUnique(staff, sink, "email");
  checkOrgsKnown(staff, orgs, sink);
  checkOrgsKnown(register, orgs, sink);
  checkDateOrder(register, sink, "start", "end");
  checkEarlyStatus(register, reportDate, sink);
  checkRepeatedSubmissions(register, sink);
  checkPeopleKnown(diagnostics, staff, sink);
  resolveLevels(diagnostics, settings.thresholds, sink);
  checkUnique(catalog, sink, "code");
  checkDateOrder(routes, sink, "from", "to");
  checkDateOrder(routes, sink, "start", "end");

  const order = new Map(sheets.map((sheet, index) => [sheet.name, index]));
  const findings = sink.findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        (order.get(a.finding.sheet) ?? -1) - (order.get(b.finding.sheet) ?? -1) ||
        a.finding.row - b.finding.row ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);

  return { reportDate, settings, register, staff, orgs, diagnostics, catalog, routes, findings };
}
