// Parsing of cell values: да/нет, dates, numbers with a comma, enumerations. Each parser returns undefined for a bad value.
import { isDate, type Cell } from "./cells.ts";
import { dateOfCell, dateOfSerial, isoDate, isoDateTime, type IsoDateTime } from "./dates.ts";
import { normalizeKey } from "./text/normalize.ts";

const YES = new Set(["да", "yes", "true", "1", "+", "истина", "д", "y"]);
const NO = new Set(["нет", "no", "false", "0", "-", "ложь", "н", "n", "—", "–"]);

/** да/нет in all its spellings; empty = нет. */
export function parseYesNo(cell: Cell): boolean | undefined {
  if (cell === null || cell === undefined) return false;
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") return cell === 1 ? true : cell === 0 ? false : undefined;
  if (isDate(cell)) return undefined;
  const key = normalizeKey(cell).replace(/[.!]$/u, "");
  if (key === "") return false;
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/u;
const RU = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*г\.?)?(?:[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/u;

function fromParts(
  y: string,
  m: string,
  d: string,
  h?: string,
  mi?: string,
  s?: string,
): IsoDateTime | undefined {
  const day = isoDate(Number(y), Number(m), Number(d));
  if (!day) return undefined;
  const [hours, minutes, seconds] = [Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return isoDateTime(day, hours, minutes, seconds);
}

/**
 * A date (and time): a Date cell (read in `timeZone`, the spreadsheet's, when given), ISO text, ДД.ММ.ГГГГ or a
 * spreadsheet serial number.
 */
export function parseDateTime(cell: Cell, timeZone?: string): IsoDateTime | undefined {
  if (isDate(cell)) return dateOfCell(cell, timeZone);
  if (typeof cell === "number") return dateOfSerial(cell);
  if (typeof cell !== "string") return undefined;
  const text = cell.trim();
  const iso = ISO.exec(text);
  if (iso) return fromParts(iso[1]!, iso[2]!, iso[3]!, iso[4], iso[5], iso[6]);
  const ru = RU.exec(text);
  if (ru) return fromParts(ru[3]!, ru[2]!, ru[1]!, ru[4], ru[5], ru[6]);
  if (/^\d{5}(?:[.,]\d+)?$/u.test(text)) return dateOfSerial(Number(text.replace(",", ".")));
  return undefined;
}

/** A number, accepting a comma decimal separator, spaces between thousands and a trailing %. */
export function parseNumber(cell: Cell): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== "string") return undefined;
  const text = cell
    .replace(/[\s\u00a0]+/gu, "")
    .replace(/%$/u, "")
    .replace(",", ".");
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)$/u.test(text)) return undefined;
  return Number(text);
}

/** Canonical value of an enumeration, compared after header-style normalisation. */
export function enumLookup<T extends string>(values: readonly T[]): (cell: Cell) => T | undefined {
  const byKey = new Map(values.map((value) => [normalizeKey(value), value]));
  return (cell) => (typeof cell === "string" ? byKey.get(normalizeKey(cell)) : undefined);
}

/** Splits a list cell on `,` or `;` (enumerations) or only `;` (free-text topics). */
export function splitList(cell: Cell, separators: RegExp = /[,;]/u): string[] {
  if (typeof cell !== "string") return [];
  return cell
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}
