// `monthlySnapshot` (on the 1st at 06:00, Moscow): freezes the month that has just ended.
import { onSchedule, type ScheduledEvent } from "firebase-functions/v2/scheduler";
import { SNAPSHOT_SCHEDULE, SNAPSHOT_TIME_ZONE, TRIGGER_OPTIONS } from "./config.ts";
import { services, type Services } from "./services.ts";
import { takeSnapshot, type SnapshotOutcome } from "./snapshot.ts";

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

/** The scheduler's time (a re-run from the console keeps the original schedule time), else now. */
export async function handleMonthlySnapshot(
  event: Pick<ScheduledEvent, "scheduleTime">,
  deps: Services = services(),
): Promise<SnapshotOutcome> {
  const scheduled = new Date(event.scheduleTime);
  const at = Number.isNaN(scheduled.getTime()) ? deps.now() : scheduled;
  return takeSnapshot(deps, previousMonth(at), "schedule");
}

export const monthlySnapshot = onSchedule(
  { ...TRIGGER_OPTIONS, schedule: SNAPSHOT_SCHEDULE, timeZone: SNAPSHOT_TIME_ZONE, retryCount: 3 },
  async (event) => {
    await handleMonthlySnapshot(event);
  },
);
