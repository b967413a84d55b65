// The region's calendar: months on the Moscow clock (reports, the schedule and the admin's refresh all count in it).
import { SNAPSHOT_TIME_ZONE } from "./config.ts";

const MOSCOW_MONTH = new Intl.DateTimeFormat("en-CA", {
  timeZone: SNAPSHOT_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
});

/** "YYYY-MM" of `date` on the Moscow calendar. */
export function moscowMonth(date: Date): string {
  const parts = Object.fromEntries(MOSCOW_MONTH.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}`;
}

/** The month before the Moscow month of `date`. */
export function previousMonth(date: Date): string {
  const [year, month] = moscowMonth(date).split("-").map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
}
