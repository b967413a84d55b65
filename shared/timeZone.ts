// Wall-clock time in an IANA time zone (a spreadsheet's), from Intl offsets cached per quarter hour.

/** Year, month (1–12), day, hours, minutes, seconds as a clock on the wall shows them. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

/** Zone offsets change only at whole quarter hours (every zone's transitions do), so one look-up serves 15 minutes. */
const BUCKET_MS = 900_000;
const CACHE_LIMIT = 100_000;

const formatters = new Map<string, Intl.DateTimeFormat | null>();
const offsets = new Map<string, Map<number, number>>();

function formatter(timeZone: string): Intl.DateTimeFormat | null {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      format = null; // not a zone this runtime knows
    }
    formatters.set(timeZone, format);
  }
  return format;
}

/** Whether `timeZone` is an IANA zone name the runtime knows («Asia/Yekaterinburg»). */
export const isTimeZone = (timeZone: string): boolean => formatter(timeZone) !== null;

function offsetAt(format: Intl.DateTimeFormat, ms: number): number {
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(ms)))
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - Math.floor(ms / 1000) * 1000;
}

/** Milliseconds to add to an instant to get its wall-clock time (read with UTC getters) in `timeZone`. */
export function zoneOffset(timeZone: string, ms: number): number | undefined {
  const format = formatter(timeZone);
  if (!format) return undefined;
  let cache = offsets.get(timeZone);
  if (!cache) offsets.set(timeZone, (cache = new Map()));
  const bucket = Math.floor(ms / BUCKET_MS);
  let offset = cache.get(bucket);
  if (offset === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(bucket, (offset = offsetAt(format, bucket * BUCKET_MS)));
  }
  return offset;
}

/** The wall clock of instant `ms` in `timeZone`, or undefined for an unknown zone. */
export function wallClockIn(timeZone: string, ms: number): WallClock | undefined {
  const offset = zoneOffset(timeZone, ms);
  if (offset === undefined) return undefined;
  const d = new Date(ms + offset);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hours: d.getUTCHours(),
    minutes: d.getUTCMinutes(),
    seconds: d.getUTCSeconds(),
  };
}

/** The instant whose wall clock in `timeZone` is `wall` (the later one in a repeated hour), or undefined. */
export function instantIn(timeZone: string, wall: WallClock): number | undefined {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hours, wall.minutes, wall.seconds);
  const first = zoneOffset(timeZone, asUtc);
  if (first === undefined) return undefined;
  return asUtc - (zoneOffset(timeZone, asUtc - first) ?? first);
}
