// The actions of the menu and the sidebar: their planners, how each run is recorded, and resuming paused runs.
import { planCheck } from "./check.ts";
import { AddonError } from "./errors.ts";
import {
  ACTION_IDS,
  ActionId,
  isPending,
  JobOptions,
  progressOf,
  runJob,
  type JobProgress,
  type Planner,
  type RunHooks,
} from "./jobs.ts";
import { journal } from "./journal.ts";
import { planKpis } from "./kpis.ts";
import { entries } from "./outbox.ts";
import { planPrepare } from "./prepare.ts";
import { planRoutes } from "./routes.ts";
import { planSync, retryOutbox } from "./sync.ts";
import { dropClock, ensureClock } from "./triggers.ts";
import { JOURNAL_STATES } from "../../shared/tables/journal.ts";

/** Actions whose core module exists; the menu and the sidebar offer only these. */
const PLANNERS: Partial<Record<ActionId, Planner>> = {
  prepare: planPrepare,
  check: planCheck,
  routes: planRoutes,
  kpis: planKpis,
  sync: planSync,
};

export const availableActions = (): ActionId[] => ACTION_IDS.filter((id) => PLANNERS[id] !== undefined);

const hooks = (interactive: boolean): RunHooks => ({
  paused: (p) => {
    journal(
      p.action,
      JOURNAL_STATES.continues,
      `Выполнено шагов: ${p.step} из ${p.steps}. Продолжение — с шага «${p.label}».`,
    );
    ensureClock();
  },
  finished: (p, outcome) => {
    journal(p.action, JOURNAL_STATES.done, outcome.summary);
    if (interactive) SpreadsheetApp.getActive().toast(outcome.summary, "Маршрут", 10);
    if (!hasWork()) dropClock();
  },
  failed: (p, message) => journal(p.action, JOURNAL_STATES.failed, message),
});

/** Runs (or resumes) an action until it is done or its time is up. */
export function startAction(action: unknown, options: unknown = {}, interactive = true): JobProgress {
  const id = ActionId.safeParse(action);
  const planner = id.success ? PLANNERS[id.data] : undefined;
  const parsed = JobOptions.safeParse(options ?? {});
  if (!id.success || !planner || !parsed.success) throw new AddonError("UNKNOWN_ACTION");
  return runJob(id.data, planner, parsed.data, hooks(interactive));
}

export const allProgress = (): JobProgress[] =>
  ACTION_IDS.map(progressOf).filter((p): p is JobProgress => p !== undefined);

export const pendingJobs = (now = Date.now()): JobProgress[] =>
  allProgress().filter((p) => isPending(p, now));

/** Whether the clock still has something to do: a paused run or a report to resend. */
const hasWork = () => pendingJobs().length > 0 || entries().some((entry) => entry.retry);

/** The hourly clock: resumes paused jobs, resends kept reports, and removes itself when nothing is left to do. */
export function onClock(): void {
  for (const progress of pendingJobs()) {
    try {
      startAction(progress.action, progress.options, false);
    } catch {
      // A failed run is recorded in its progress and the journal; a busy one stays pending for the next hour.
    }
  }
  retryOutbox();
  if (!hasWork()) dropClock();
}
