// `monthlySnapshot` (on the 1st at 06:00, Moscow): freezes the month that has just ended.
import { onSchedule, type ScheduledEvent } from "firebase-functions/v2/scheduler";
import { previousMonth } from "./calendar.ts";
import { SNAPSHOT_SCHEDULE, SNAPSHOT_TIME_ZONE, TRIGGER_OPTIONS } from "./config.ts";
import { services, type Services } from "./services.ts";
import { takeSnapshot, type SnapshotOutcome } from "./snapshot.ts";

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
