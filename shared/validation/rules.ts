// Rules across cells and rows (spec §3): date order, duplicates, unknown organisations and people, level mismatch.
import type { IsoDate } from "../dates.ts";
import { levelOf } from "../levels.ts";
import type { DiagnosticRow, OrgRow, RegisterRow, StaffRow } from "../schema/sheets.ts";
import type { Thresholds } from "../settings.ts";
import { closestName, normalizeKey } from "../text/normalize.ts";
import { ru } from "../text/ru.ts";
import type { FindingSink, ParsedRow, ParsedSheet } from "./parseSheet.ts";

type Sheet<T> = ParsedSheet<T>;

const header = (sheet: Sheet<unknown>, field: string) =>
  (sheet.columns as Record<string, { header: string } | undefined>)[field]?.header ?? field;

const cellOf = <T>(sheet: Sheet<T>, row: ParsedRow<T>, field: string) => {
  const column = (sheet.columns as Record<string, { index: number } | undefined>)[field];
  return column ? row.cells[column.index] : undefined;
};

/** `end` before `start` on every row that has both. */
export function checkDateOrder<T>(
  sheet: Sheet<T>,
  sink: FindingSink,
  startField: keyof T & string,
  endField: keyof T & string,
) {
  for (const row of sheet.rows) {
    const start = row.data[startField] as IsoDate | undefined;
    const end = row.data[endField] as IsoDate | undefined;
    if (start && end && end < start)
      sink.add(
        sheet.name,
        row,
        header(sheet, endField),
        endField,
        "date.order",
        ru.dateOrder(header(sheet, endField), end, header(sheet, startField), start),
      );
  }
}

/** Unique keys: the first row counts, later rows are errors. */
export function checkUnique<T>(sheet: Sheet<T>, sink: FindingSink, field: keyof T & string) {
  const firstRow = new Map<string, number>();
  for (const row of sheet.rows) {
    const value = row.data[field];
    if (typeof value !== "string") continue;
    const key = normalizeKey(value);
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, row.row);
    else
      sink.add(
        sheet.name,
        row,
        header(sheet, field),
        field,
        "duplicate",
        ru.duplicate(cellOf(sheet, row, field), first),
      );
  }
}

/** The same submission sent again (e-mail, topic, start): a warning, the later one counts. */
export function checkRepeatedSubmissions(sheet: Sheet<RegisterRow>, sink: FindingSink) {
  const firstRow = new Map<string, number>();
  for (const row of sheet.rows) {
    const { email, topic, start } = row.data;
    if (!email) continue;
    const key = `${email}\u0000${normalizeKey(topic ?? "")}\u0000${start ?? ""}`;
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, row.row);
    else
      sink.add(
        sheet.name,
        row,
        header(sheet, "email"),
        "email",
        "duplicate",
        ru.repeatedSubmission(first),
        "warning",
      );
  }
}

/** Organisation names that must exist in «ОО» (only when that sheet exists). */
export function checkOrgsKnown<T extends { org?: string }>(
  sheet: Sheet<T>,
  orgs: Sheet<OrgRow>,
  sink: FindingSink,
) {
  if (!orgs.present) return;
  const names = orgs.rows
    .map((row) => row.data.name)
    .filter((name): name is string => typeof name === "string");
  const known = new Set(names.map(normalizeKey));
  for (const row of sheet.rows) {
    const org = row.data.org;
    if (typeof org !== "string" || known.has(normalizeKey(org))) continue;
    sink.add(
      sheet.name,
      row,
      header(sheet, "org"),
      "org",
      "org.unknown",
      ru.orgUnknown(cellOf(sheet, row, "org"), closestName(org, names)),
    );
  }
}

/** Diagnostics of people not in «Педагоги» (a warning). */
export function checkPeopleKnown(sheet: Sheet<DiagnosticRow>, staff: Sheet<StaffRow>, sink: FindingSink) {
  if (!staff.present) return;
  const known = new Set(staff.rows.map((row) => row.data.email).filter(Boolean));
  for (const row of sheet.rows) {
    const email = row.data.email;
    if (email && !known.has(email))
      sink.add(
        sheet.name,
        row,
        header(sheet, "email"),
        "email",
        "person.unknown",
        ru.personUnknown(cellOf(sheet, row, "email")),
        "warning",
      );
  }
}

/** Fills the level from the score when empty; a given level that disagrees stands, with a warning. */
export function resolveLevels(sheet: Sheet<DiagnosticRow>, thresholds: Thresholds, sink: FindingSink) {
  for (const row of sheet.rows) {
    const { score, level } = row.data;
    if (score === undefined) continue;
    const derived = levelOf(score, thresholds);
    if (level === undefined) (row.data as { level?: string }).level = derived;
    else if (level !== derived)
      sink.add(
        sheet.name,
        row,
        header(sheet, "level"),
        "level",
        "level.mismatch",
        ru.levelMismatch(level, score, derived),
        "warning",
      );
  }
}

/** «реализован» while the route's end date is still ahead (a warning). */
export function checkEarlyStatus(sheet: Sheet<RegisterRow>, reportDate: IsoDate, sink: FindingSink) {
  for (const row of sheet.rows) {
    const { status, end } = row.data;
    if (status === "реализован" && end && end > reportDate)
      sink.add(
        sheet.name,
        row,
        header(sheet, "status"),
        "status",
        "status.early",
        ru.statusEarly(end, reportDate),
        "warning",
      );
  }
}
