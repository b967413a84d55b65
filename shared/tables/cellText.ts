// How a cell of a table model reads on the sheet: dates as ДД.ММ.ГГГГ, numbers through their format — the text
// column widths and wrapped rows are measured on.
import { cellText, isDate, type Cell } from "../cells.ts";

/** Explicit date formats (ДД.ММ.ГГГГ): without one a viewer in another locale shows 9/1/2026 or «###». */
export const DATE_FORMAT = "dd.mm.yyyy";
export const DATE_TIME_FORMAT = "dd.mm.yyyy hh:mm";

const two = (n: number) => String(n).padStart(2, "0");

/** A model date is a Date of the local wall clock (shared/tables/routesTable.ts): at midnight it is a day. */
export const isDayOnly = (date: Date) =>
  date.getHours() === 0 && date.getMinutes() === 0 && date.getSeconds() === 0;

/** The explicit format a date cell gets: the day, or the day and the time when it has one. */
export const dateFormatOf = (date: Date) => (isDayOnly(date) ? DATE_FORMAT : DATE_TIME_FORMAT);

function dateText(date: Date, format: string): string {
  // The day as ДД.ММ.ГГГГ, "" for an invalid date.
  const day = cellText(date);
  return day !== "" && format.includes("hh")
    ? `${day} ${two(date.getHours())}:${two(date.getMinutes())}`
    : day;
}

/** A number as a format of ours shows it: decimals of «0.0», quoted literals around it («"≥ "0" %"»). */
function numberText(value: number, format: string | undefined): string {
  if (!format || format === "@") return cellText(value);
  const decimals = /0\.(0+)/u.exec(format)?.[1]?.length ?? 0;
  const optional = /0\.(#+)/u.exec(format)?.[1]?.length;
  const digits =
    optional === undefined
      ? value.toFixed(decimals)
      : String(Math.round(value * 10 ** optional) / 10 ** optional);
  const number = format.search(/[0#]/u);
  const literals = (part: string) => [...part.matchAll(/"([^"]*)"/gu)].map((m) => m[1]).join("");
  return `${literals(format.slice(0, number))}${digits.replace(".", ",")}${literals(format.slice(number))}`;
}

/** The text a cell shows with `format` (its model's number format, if any). */
export function shownText(value: Cell, format?: string): string {
  if (value === null || value === undefined) return "";
  if (isDate(value)) return dateText(value, format ?? dateFormatOf(value));
  if (typeof value === "number") return numberText(value, format);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value;
}
