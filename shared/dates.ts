// Calendar dates as ISO strings (YYYY-MM-DD): platform- and time-zone-free, comparable as strings, JSON-safe.
import { instantIn, wallClockIn, type WallClock } from "./timeZone.ts";

export type IsoDate = string;
/** YYYY-MM-DDTHH:MM:SS, also comparable as a string. */
export type IsoDateTime = string;

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/u;

/** `n` with leading zeros to `width` digits (as padStart, without its cost: dates are formatted per cell). */
const pad = (n: number, width = 2) => {
  const digits = `${n}`;
  return digits.length >= width ? digits : "0".repeat(width - digits.length) + digits;
};

export function isoDate(year: number, month: number, day: number): IsoDate | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || year > 9999 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isoDateTime(date: IsoDate, hours = 0, minutes = 0, seconds = 0): IsoDateTime {
  return `${date}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
}

/** A wall clock read from a Date is a real calendar day: only the year's range needs checking (as isoDate does). */
const wallIso = (wall: WallClock): IsoDateTime | undefined =>
  wall.year < 1000 || wall.year > 9999
    ? undefined
    : isoDateTime(
        `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`,
        wall.hours,
        wall.minutes,
        wall.seconds,
      );

/**
 * Wall-clock date and time of a Date cell. Apps Script's getValues() gives a date cell as the instant of its wall
 * clock in the spreadsheet's time zone: pass that zone (a zone the runtime cannot show throws TimeZoneError, never a
 * date read in another zone). Without a zone the cell is read in local time, as the .xlsx reader gives cells (a file
 * has no zone).
 */
export function dateOfCell(cell: Date, timeZone?: string): IsoDateTime | undefined {
  const ms = cell.getTime();
  if (Number.isNaN(ms)) return undefined;
  const zoned = timeZone === undefined ? undefined : wallClockIn(timeZone, ms);
  return wallIso(
    zoned ?? {
      year: cell.getFullYear(),
      month: cell.getMonth() + 1,
      day: cell.getDate(),
      hours: cell.getHours(),
      minutes: cell.getMinutes(),
      seconds: cell.getSeconds(),
    },
  );
}

/**
 * A date cell to write: the instant of `value`'s wall clock in `timeZone` (a spreadsheet shows a written Date in its
 * own zone; a zone the runtime cannot show throws TimeZoneError), or local midnight without a zone. `value` is a
 * valid ISO date or date-time.
 */
export function dateCellIn(value: IsoDate | IsoDateTime, timeZone?: string): Date {
  const part = (from: number, to: number) => Number(value.slice(from, to) || 0);
  const wall: WallClock = {
    year: part(0, 4),
    month: part(5, 7),
    day: part(8, 10),
    hours: part(11, 13),
    minutes: part(14, 16),
    seconds: part(17, 19),
  };
  const ms = timeZone === undefined ? undefined : instantIn(timeZone, wall);
  return ms === undefined
    ? new Date(wall.year, wall.month - 1, wall.day, wall.hours, wall.minutes, wall.seconds)
    : new Date(ms);
}

/** Spreadsheet serial number (days since 1899-12-30, fraction = time of day). */
export function dateOfSerial(serial: number): IsoDateTime | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const ms = Math.round((serial - 25569) * 86_400_000);
  const d = new Date(ms);
  const day = isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  return day && isoDateTime(day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

export const dayOf = (value: IsoDate | IsoDateTime): IsoDate => value.slice(0, 10);

function toUtc(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtc(ms: number): IsoDate {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export const addDays = (date: IsoDate, days: number): IsoDate => fromUtc(toUtc(date) + days * 86_400_000);
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
export const addYears = (date: IsoDate, years: number): IsoDate => {
  const year = Number(date.slice(0, 4)) + years;
  return isoDate(year, Number(date.slice(5, 7)), Number(date.slice(8, 10))) ?? `${pad(year, 4)}-02-28`;
};

/** The academic year (1 Sep – 31 Aug) that contains `date`. */
export function academicYear(date: IsoDate): { from: IsoDate; to: IsoDate } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const start = month >= 9 ? year : year - 1;
  return { from: `${pad(start, 4)}-09-01`, to: `${pad(start + 1, 4)}-08-31` };
}

/** Whole years between a birth date and `on` (a birthday on `on` counts). */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  let age = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (on.slice(5) < birthDate.slice(5)) age -= 1;
  return age;
}

export const monthOf = (date: IsoDate): string => date.slice(0, 7);
export const lastDayOfMonth = (month: string): IsoDate =>
  fromUtc(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));

/** ДД.ММ.ГГГГ, the form Russian users read and type. */
export const russianDate = (date: IsoDate): string =>
  `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

/** Today in `timeZone` (a spreadsheet's «today»), else in local time of the running platform. */
export function today(now: Date = new Date(), timeZone?: string): IsoDate {
  return dayOf(dateOfCell(now, timeZone)!);
}
