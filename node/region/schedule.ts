// The monthly snapshot's clock on the self-hosted server: on the 1st at the set time in Moscow (as Cloud Scheduler
// runs the function), again after a failure, and once at start when the server was down at that moment.
import { SNAPSHOT_TIME_ZONE } from "../../functions/src/config.ts";
import { instantIn, wallClockIn } from "../../shared/timeZone.ts";

export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
}

/** Day 1 of the given month (1–12; 13 is January of the next year) at `time` on the Moscow clock. */
function firstOfMonth(year: number, month: number, time: TimeOfDay): Date {
  const [y, m] = month > 12 ? [year + 1, month - 12] : [year, month];
  const wall = { year: y, month: m, day: 1, hours: time.hour, minutes: time.minute, seconds: 0 };
  return new Date(instantIn(SNAPSHOT_TIME_ZONE, wall));
}

/** This Moscow month's snapshot moment (which may have passed). */
export function scheduledThisMonth(now: Date, time: TimeOfDay): Date {
  const wall = wallClockIn(SNAPSHOT_TIME_ZONE, now.getTime());
  return firstOfMonth(wall.year, wall.month, time);
}

/** The next snapshot moment after `now`. */
export function nextSnapshotAt(now: Date, time: TimeOfDay): Date {
  const current = scheduledThisMonth(now, time);
  if (current > now) return current;
  const wall = wallClockIn(SNAPSHOT_TIME_ZONE, now.getTime());
  return firstOfMonth(wall.year, wall.month + 1, time);
}

export interface ScheduleOptions {
  readonly time: TimeOfDay;
  readonly now: () => Date;
  /** Takes the snapshot due at `scheduleTime` (the month before it). */
  readonly run: (scheduleTime: Date) => Promise<void>;
  /** Whether the snapshot due at `scheduleTime` was never taken (the server was down then). */
  readonly missed: (scheduleTime: Date) => Promise<boolean>;
  readonly onError: (error: unknown) => void;
}

/** Longest single wait: timers over 24.8 days fire at once, and a wall clock may be set while we wait. */
const LONGEST_WAIT = 6 * 60 * 60 * 1000;
const RETRY_AFTER = 15 * 60 * 1000;
const RETRIES = 3;

/** Starts the clock; the returned function stops it. */
export function startSnapshotSchedule(options: ScheduleOptions): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const wait = (ms: number, then: () => void) => {
    if (!stopped) timer = setTimeout(then, Math.max(0, Math.min(ms, LONGEST_WAIT)));
  };
  /** Runs the snapshot due at `scheduleTime`; then waits for the next one (after a failure: retries first). */
  const attempt = (scheduleTime: Date, retriesLeft: number) => {
    options.run(scheduleTime).then(plan, (error: unknown) => {
      options.onError(error);
      if (retriesLeft > 0) wait(RETRY_AFTER, () => attempt(scheduleTime, retriesLeft - 1));
      else plan();
    });
  };
  const plan = () => {
    const due = nextSnapshotAt(options.now(), options.time);
    wait(due.getTime() - options.now().getTime(), () =>
      options.now() >= due ? attempt(due, RETRIES) : plan(),
    );
  };
  const current = scheduledThisMonth(options.now(), options.time);
  const overdue = options.now() >= current ? options.missed(current) : Promise.resolve(false);
  overdue.then(
    (missed) => (missed ? attempt(current, RETRIES) : plan()),
    (error: unknown) => {
      options.onError(error);
      plan();
    },
  );
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
