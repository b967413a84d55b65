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
  type DiagnosticRow,
  type OrgRow,
  type RegisterRow,
  type RouteRow,
  type StaffRow,
} from "./schema/sheets.ts";
import { parseSettings, type Settings } from "./settings.ts";
import type { Finding, Severity } from "./validation/finding.ts";
import type { CellContext } from "./validation/parseCell.ts";
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

/** The position of the first sheet called `title` (as sheet names compare), -1 when there is none. */
const positionOf = (names: readonly string[], title: string) =>
  names.findIndex((name) => sameSheetName(name, title));

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

/** The sheets a book is made of, in the order of spec §2 (findings about missing sheets come in this order). */
const ROLES = [
  { key: "register", def: RegisterSheet },
  { key: "staff", def: StaffSheet },
  { key: "orgs", def: OrgsSheet },
  { key: "diagnostics", def: DiagnosticsSheet },
  { key: "catalog", def: CatalogSheet },
  { key: "routes", def: RoutesSheet },
] as const;

type RoleKey = (typeof ROLES)[number]["key"];

interface Settled {
  readonly settings: Settings;
  readonly reportDate: IsoDate;
  readonly context: CellContext;
  /** Each role's sheet by its position in the workbook; -1: none; undefined: found by its headers once all are in. */
  readonly positions: Record<RoleKey, number | undefined>;
}

/**
 * A book read sheet by sheet as the sheets come, in any order (a reader on another thread hands them over one at a
 * time, and each is checked while the next is read): `finish` gives the same Book as readBook over all of them.
 * Each sheet's findings go to a sink of its own and are joined in readBook's order at the end, so the order the
 * sheets came in changes nothing. The settings are read first: every other sheet waits for «Настройки», whose
 * report date the date checks need.
 */
export class BookReading {
  private readonly sheets: (RawSheet | undefined)[];
  private readonly settingsAt: number;
  private readonly settingsSink = new FindingSink();
  private settled: Settled | undefined;
  private readonly parsed: Partial<Record<RoleKey, { sheet: ParsedSheet<unknown>; sink: FindingSink }>> = {};

  /** `names`: every sheet's name, in the workbook's order. */
  constructor(
    private readonly names: readonly string[],
    private readonly options: ReadBookOptions = {},
  ) {
    this.sheets = new Array<RawSheet | undefined>(names.length);
    this.settingsAt = positionOf(names, SETTINGS_TITLE);
    if (this.settingsAt < 0) this.settle();
  }

  /** The sheet at `position` in the workbook (as named to the constructor), checked now if it can be. */
  add(position: number, sheet: RawSheet): void {
    this.sheets[position] = sheet;
    if (position === this.settingsAt && !this.settled) {
      this.settle();
      this.sheets.forEach((_, at) => this.parseAt(at));
    } else this.parseAt(position);
  }

  /** The book, once every sheet was added. */
  finish(): Book {
    const sheets = this.sheets.filter((sheet) => sheet !== undefined);
    if (sheets.length < this.names.length) throw new Error("BookReading.finish: not every sheet was added");
    const { settings, reportDate, positions } = this.settled ?? this.settle();
    if (positions.register === undefined) this.parse("register", findRegister(sheets, settings));
    // The rest were checked as they came; what is left has no sheet: a missing one.
    for (const { key } of ROLES) if (!this.parsed[key]) this.parse(key, undefined);
    const part = <T>(key: RoleKey) => this.parsed[key]!.sheet as ParsedSheet<T>;
    const register = part<RegisterRow>("register");
    const staff = part<StaffRow>("staff");
    const orgs = part<OrgRow>("orgs");
    const diagnostics = part<DiagnosticRow>("diagnostics");
    const catalog = part<CatalogRow>("catalog");
    const routes = part<RouteRow>("routes");

    const sink = new FindingSink();
    sink.findings.push(
      ...this.settingsSink.findings,
      ...ROLES.flatMap(({ key }) => this.parsed[key]!.sink.findings),
    );
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

    const order = new Map(this.names.map((name, index) => [name, index]));
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

  /** Reads the settings (defaults without «Настройки») and decides which sheet is which. */
  private settle(): Settled {
    const { timeZone } = this.options;
    const settingsSheet = this.settingsAt < 0 ? undefined : this.sheets[this.settingsAt];
    const settings = parseSettings(settingsSheet, this.settingsSink, timeZone);
    const reportDate = this.options.reportDate ?? settings.reportDate ?? today(new Date(), timeZone);
    const context = { reportDate, ...(timeZone === undefined ? {} : { timeZone }) };
    // The register: named in settings, else «Реестр ИОМ», else found by its headers among all sheets (see findRegister).
    const named = settings.registerSheet ? positionOf(this.names, settings.registerSheet) : -1;
    const register = named >= 0 ? named : positionOf(this.names, RegisterSheet.title);
    const positions = {
      register: register >= 0 ? register : undefined,
      staff: positionOf(this.names, StaffSheet.title),
      orgs: positionOf(this.names, OrgsSheet.title),
      diagnostics: positionOf(this.names, DiagnosticsSheet.title),
      catalog: positionOf(this.names, CatalogSheet.title),
      routes: positionOf(this.names, RoutesSheet.title),
    };
    return (this.settled = { settings, reportDate, context, positions });
  }

  /** Checks the sheet at `position` for every role it plays, once it is in and the settings are read. */
  private parseAt(position: number): void {
    const sheet = this.sheets[position];
    if (!sheet || !this.settled) return;
    for (const { key } of ROLES)
      if (this.settled.positions[key] === position && !this.parsed[key]) this.parse(key, sheet);
  }

  private parse(key: RoleKey, found: RawSheet | undefined): void {
    const { def } = ROLES.find((role) => role.key === key)!;
    const sink = new FindingSink();
    const sheet = parseSheet<unknown, Fields>(
      { def, found, missingSeverity: MISSING[def.title] },
      this.settled!.context,
      sink,
    );
    this.parsed[key] = { sheet, sink };
  }
}

export function readBook(sheets: readonly RawSheet[], options: ReadBookOptions = {}): Book {
  const reading = new BookReading(
    sheets.map((sheet) => sheet.name),
    options,
  );
  sheets.forEach((sheet, position) => reading.add(position, sheet));
  return reading.finish();
}
