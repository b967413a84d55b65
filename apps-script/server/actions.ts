// The actions of the menu and the sidebar: their planners and how each run is recorded.
import { planCheck } from "./check.ts";
import { AddonError } from "./errors.ts";
import {
  ACTION_IDS,
  ActionId,
  isPending,
  JobOptions,
  progressOf,
  runJob,
  shownProgress,
  type JobProgress,
  type Planner,
  type RunHooks,
} from "./jobs.ts";
import { journal } from "./journal.ts";
import { planKpis } from "./kpis.ts";
import { planPrepare } from "./prepare.ts";
import { planLetters } from "./routeLetters.ts";
import { planRoutes } from "./routes.ts";
import { planSync } from "./sync.ts";
import { JOURNAL_STATES } from "../../shared/tables/journal.ts";

/** Actions whose core module exists; the menu and the sidebar offer only these. */
const PLANNERS: Partial<Record<ActionId, Planner>> = {
  prepare: planPrepare,
  check: planCheck,
  routes: planRoutes,
  kpis: planKpis,
  sync: planSync,
  letters: planLetters,
};

export const availableActions = (): ActionId[] => ACTION_IDS.filter((id) => PLANNERS[id] !== undefined);

const hooks = (interactive: boolean): RunHooks => ({
  paused: (p) =>
    journal(
      p.action,
      JOURNAL_STATES.continues,
      `Выполнено шагов: ${p.step} из ${p.steps}. Продолжение — с шага «${p.label}».`,
    ),
  finished: (p, outcome) => {
    journal(p.action, JOURNAL_STATES.done, outcome.summary);
    if (interactive) SpreadsheetApp.getActive().toast(outcome.summary, "Маршрут", 10);
  },
  failed: (p, message) => journal(p.action, JOURNAL_STATES.failed, message),
});

/**
 * Runs (or resumes) an action until it is done or its time is up; `interactive` when a person waits for it (toast),
 * `deadline` when the execution has less than the usual budget left.
 */
export function startAction(
  action: unknown,
  options: unknown = {},
  interactive = true,
  deadline?: number,
): JobProgress {
  const id = ActionId.safeParse(action);
  const planner = id.success ? PLANNERS[id.data] : undefined;
  const parsed = JobOptions.safeParse(options ?? {});
  if (!id.success || !planner || !parsed.success) throw new AddonError("UNKNOWN_ACTION");
  return runJob(id.data, planner, parsed.data, hooks(interactive), deadline);
}

export const allProgress = (now = Date.now()): JobProgress[] =>
  ACTION_IDS.map(progressOf)
    .filter((p): p is JobProgress => p !== undefined)
    .map((p) => shownProgress(p, now));

/** Paused runs, and runs whose execution Google stopped. */
export const pendingJobs = (now = Date.now()): JobProgress[] =>
  ACTION_IDS.map(progressOf).filter((p): p is JobProgress => isPending(p, now));
