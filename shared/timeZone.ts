// Wall-clock time in an IANA time zone (a spreadsheet's): from the runtime's Intl where it agrees with the formatter
// the platform injects (Apps Script: Utilities.formatDate), else from that formatter; offsets cached per quarter
// hour. A zone neither knows is an error.

/** Year, month (1–12), day, hours, minutes, seconds as a clock on the wall shows them. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

/**
 * The platform's own formatter: the instant `ms` as «yyyy-MM-dd HH:mm:ss» in `timeZone`. Apps Script documents
 * Utilities.formatDate(date, timeZone, format) for this; its V8 Intl time zones are nowhere promised.
 */
export type ZoneFormatter = (ms: number, timeZone: string) => string;

/** A zone no formatter of this runtime knows: thrown rather than read in another zone (a date a day off). */
export class TimeZoneError extends Error {
  readonly code = "TIME_ZONE_UNKNOWN";
  /** The end of the add-on's sentence for the code (apps-script/server/errors.ts): the zone's name. */
  readonly detail: string;
  constructor(readonly timeZone: string) {
    super(`TIME_ZONE_UNKNOWN: ${timeZone}`);
    this.name = "TimeZoneError";
    this.detail = `«${timeZone}».`;
  }
}

/** Zone offsets change only at whole quarter hours (every zone's transitions do), so one look-up serves 15 minutes. */
const BUCKET_MS = 900_000;
const CACHE_LIMIT = 100_000;

type Offset = (ms: number) => number;

let injected: ZoneFormatter | null = null;
const sources = new Map<string, Offset | null>();
const offsets = new Map<string, Map<number, number>>();

/** Makes `format` the source of wall clocks (null: the runtime's Intl again); cached offsets are dropped. */
export function useZoneFormatter(format: ZoneFormatter | null): void {
  injected = format;
  sources.clear();
  offsets.clear();
}

const WALL = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/u;

/** Offset from a «yyyy-MM-dd HH:mm:ss» formatter; throws TimeZoneError when it answers with anything else. */
function fromFormatter(format: ZoneFormatter, timeZone: string): Offset {
  return (ms) => {
    const m = WALL.exec(format(ms, timeZone));
    if (!m) throw new TimeZoneError(timeZone);
    const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
    return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) - Math.floor(ms / 1000) * 1000;
  };
}

/** Offset from the runtime's Intl; null when it does not know the zone (or has no time zones at all). */
function fromIntl(timeZone: string): Offset | null {
  let format: Intl.DateTimeFormat;
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
    return null;
  }
  return (ms) => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(ms)))
      if (part.type !== "literal") parts[part.type] = Number(part.value);
    const wall = Date.UTC(
      parts.year!,
      parts.month! - 1,
      parts.day!,
      parts.hour!,
      parts.minute!,
      parts.second!,
    );
    return wall - Math.floor(ms / 1000) * 1000;
  };
}

/** Instants a winter and a summer offset are compared at (a zone with daylight saving differs between them). */
const [WINTER, SUMMER] = [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12)] as const;

/**
 * Intl costs no platform call, so it serves whenever it agrees with the injected formatter at the probes (two calls
 * per zone and execution: the winter probe also tells whether the formatter knows the zone at all); an Intl without
 * the zone, or one that answers otherwise, leaves the formatter to serve.
 */
function chooseSource(timeZone: string): Offset | null {
  const intl = fromIntl(timeZone);
  if (!injected) return intl;
  const platform = fromFormatter(injected, timeZone);
  let winter: number;
  try {
    winter = platform(WINTER);
  } catch {
    return intl;
  }
  if (!intl) return platform;
  return intl(WINTER) === winter && intl(SUMMER) === platform(SUMMER) ? intl : platform;
}

function sourceOf(timeZone: string): Offset | null {
  let source = sources.get(timeZone);
  if (source === undefined) sources.set(timeZone, (source = chooseSource(timeZone)));
  return source;
}

/** Whether `timeZone` is a zone this runtime can show clocks in («Asia/Yekaterinburg»). */
export const isTimeZone = (timeZone: string): boolean => sourceOf(timeZone) !== null;

/** Milliseconds to add to an instant to get its wall-clock time (read with UTC getters) in `timeZone`. */
export function zoneOffset(timeZone: string, ms: number): number {
  const source = sourceOf(timeZone);
  if (!source) throw new TimeZoneError(timeZone);
  let cache = offsets.get(timeZone);
  if (!cache) offsets.set(timeZone, (cache = new Map()));
  const bucket = Math.floor(ms / BUCKET_MS);
  let offset = cache.get(bucket);
  if (offset === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(bucket, (offset = source(bucket * BUCKET_MS)));
  }
  return offset;
}

/** The wall clock of instant `ms` in `timeZone`; throws TimeZoneError for a zone the runtime cannot show. */
export function wallClockIn(timeZone: string, ms: number): WallClock {
  const d = new Date(ms + zoneOffset(timeZone, ms));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hours: d.getUTCHours(),
    minutes: d.getUTCMinutes(),
    seconds: d.getUTCSeconds(),
  };
}

/** The instant whose wall clock in `timeZone` is `wall` (the later one in a repeated hour). */
export function instantIn(timeZone: string, wall: WallClock): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hours, wall.minutes, wall.seconds);
  const first = zoneOffset(timeZone, asUtc);
  return asUtc - zoneOffset(timeZone, asUtc - first);
}
