// Parses one cell by its field's kind: a typed value, or the finding code and Russian message that explain why not.
import { isDate, type Cell } from "../cells.ts";
import { addYears, dateCellIn, dateOfCell, dayOf, type IsoDate } from "../dates.ts";
import type { FieldDef } from "../schema/fields.ts";
import { ru } from "../text/ru.ts";
import { enumLookup, parseDateTime, parseNumber, parseYesNo, splitList } from "../values.ts";
import type { FindingCode } from "./finding.ts";

export type CellResult = { ok: true; value: unknown } | { ok: false; code: FindingCode; message: string };

export interface CellContext {
  readonly reportDate: IsoDate;
  /** The spreadsheet's time zone, in which Date cells are read; undefined = local time (an .xlsx file). */
  readonly timeZone?: string;
}

export const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]{2,}$/u;
const FIO_WORD = /^[A-Za-zА-Яа-яЁё]+(?:[-'’][A-Za-zА-Яа-яЁё]+)*$/u;
const URL = /^https?:\/\/[^\s/$.?#][^\s]*$/iu;
const DATE_MIN = "2015-01-01";
const DATE_MAX = "2035-12-31";
const BIRTH_MIN = "1940-01-01";

const ok = (value: unknown): CellResult => ({ ok: true, value });
const bad = (code: FindingCode, message: string): CellResult => ({ ok: false, code, message });

const lookups = new WeakMap<readonly string[], (cell: Cell) => string | undefined>();
function lookupFor(values: readonly string[]) {
  let lookup = lookups.get(values);
  if (!lookup) lookups.set(values, (lookup = enumLookup(values)));
  return lookup;
}

const asText = (cell: Cell): string =>
  typeof cell === "string" ? cell.trim() : isDate(cell) ? "" : String(cell);

function parseDateField(field: FieldDef, cell: Cell, context: CellContext, withTime: boolean): CellResult {
  const parsed = parseDateTime(cell, context.timeZone);
  if (!parsed) return bad("date", ru.notADate(cell));
  const day = dayOf(parsed);
  const birth = field.dateRange === "birth";
  const min = birth ? BIRTH_MIN : DATE_MIN;
  const max = birth ? addYears(context.reportDate, -18) : DATE_MAX;
  if (day < min || day > max) return bad("date", ru.dateOutOfRange(day, min, max));
  if (field.notInFuture && day > context.reportDate)
    return bad("date.future", ru.dateFuture(day, context.reportDate));
  return ok(withTime ? parsed : day);
}

function parseNumberField(field: FieldDef, cell: Cell): CellResult {
  const min = field.min ?? -Infinity;
  const max = field.max ?? Infinity;
  const integer = field.integer === true;
  const value = parseNumber(cell);
  if (value === undefined) return bad("number", ru.notANumber(cell, min, max, integer));
  const below = field.minExclusive ? value <= min : value < min;
  if (below || value > max || (integer && !Number.isInteger(value)))
    return bad("number", ru.numberOutOfRange(cell, min, max, integer, field.minExclusive === true));
  return ok(value);
}

function parseEnumList(field: FieldDef, cell: Cell): CellResult {
  const lookup = lookupFor(field.values!);
  const values: string[] = [];
  for (const part of splitList(typeof cell === "string" ? cell : asText(cell))) {
    const value = lookup(part);
    if (!value) return bad("enum", ru.enum(part, field.values!));
    if (!values.includes(value)) values.push(value);
  }
  return values.length > 0 ? ok(values) : bad("enum", ru.enum(cell, field.values!));
}

/** A Date cell as messages quote it: the same wall clock in local time, so it reads as the spreadsheet shows it. */
function shownCell(cell: Cell, timeZone: string | undefined): Cell {
  if (timeZone === undefined || !isDate(cell)) return cell;
  const wall = dateOfCell(cell, timeZone);
  return wall ? dateCellIn(wall) : cell;
}

/** A non-blank cell parsed as `field` says. */
export function parseCell(field: FieldDef, raw: Cell, context: CellContext): CellResult {
  const cell = shownCell(raw, context.timeZone);
  switch (field.kind) {
    case "text":
      return isDate(raw) ? ok(dayOf(parseDateTime(raw, context.timeZone) ?? "")) : ok(asText(raw));
    case "email": {
      const text = asText(cell).toLowerCase();
      return EMAIL.test(text) ? ok(text) : bad("email", ru.email(cell));
    }
    case "fio": {
      const words = asText(cell).split(/\s+/u);
      const valid =
        typeof cell === "string" &&
        words.length >= 2 &&
        words.length <= 4 &&
        words.every((w) => FIO_WORD.test(w));
      return valid ? ok(words.join(" ")) : bad("fio", ru.fio(cell));
    }
    case "url": {
      const text = asText(cell);
      return typeof cell === "string" && URL.test(text) ? ok(text) : bad("url", ru.url(cell));
    }
    case "date":
      return parseDateField(field, raw, context, false);
    case "dateTime":
      return parseDateField(field, raw, context, true);
    case "yesNo": {
      const value = parseYesNo(cell);
      return value === undefined ? bad("enum", ru.yesNo(cell)) : ok(value);
    }
    case "number":
      return parseNumberField(field, cell);
    case "enum": {
      const value = typeof cell === "string" ? lookupFor(field.values!)(cell) : undefined;
      return value === undefined ? bad("enum", ru.enum(cell, field.values!)) : ok(value);
    }
    case "enumList":
      return parseEnumList(field, cell);
    case "topics":
      return ok(splitList(asText(cell), /;/u));
  }
}
