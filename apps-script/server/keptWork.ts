// Kept work — paused runs, reports waiting for the region — resumed only in runs bound to this spreadsheet: its open
// trigger, its form-submit trigger and the sidebar (docs/platform.md, «Продолжение отложенной работы»).
import { pendingJobs, startAction } from "./actions.ts";
import { mayUseEverything } from "./authorization.ts";
import { resumeFeedback, waitingFeedback } from "./feedbackMail.ts";
import { errorText } from "./errors.ts";
import { BUDGET_MS } from "./jobs.ts";
import { entries } from "./outbox.ts";
import { waitingRouteLetters } from "./routeLetters.ts";
import { retryOutbox } from "./sync.ts";
import { dropResumeTrigger, ensureResumeTrigger } from "./triggers.ts";

/** One kind of work kept in the document's properties until a run can finish it. */
export interface KeptWork {
  /** Whether something of this kind waits (reads document properties only). */
  pending(now: number): boolean;
  /** Does what fits before `deadline`; records its own outcome (progress, «Журнал») and throws only when stopped. */
  resume(deadline: number): void;
}

/** Less than this before the deadline, nothing more is started. */
const MIN_SLICE_MS = 60_000;
const hasTime = (deadline: number) => Date.now() < deadline - MIN_SLICE_MS;

/** Coded errors that mean «another run has the spreadsheet»: the work stays for the next run. */
const isBusy = (error: unknown) => /^(BUSY|LOCKED)\b/u.test(errorText(error));

const pausedRuns: KeptWork = {
  pending: (now) => pendingJobs(now).length > 0,
  resume: (deadline) => {
    for (const job of pendingJobs()) {
      if (!hasTime(deadline)) return;
      try {
        startAction(job.action, job.options, false, deadline);
      } catch (error) {
        // A failed run is in its progress and «Журнал» already; a busy spreadsheet is left for the next run.
        if (isBusy(error)) return;
      }
    }
  },
};

const waitingReports: KeptWork = {
  pending: () => entries().some((entry) => entry.retry),
  resume: () => void retryOutbox(),
};

/** Letters to teachers about their form entries that could not go when the answer came (quota, failure). */
const waitingLetters: KeptWork = {
  pending: () => waitingFeedback().length > 0,
  resume: (deadline) => resumeFeedback(deadline - MIN_SLICE_MS),
};

/** Route letters the day's quota did not allow: the job runs again once the quota allows (a later day). */
const waitingRoutes: KeptWork = {
  pending: () => waitingRouteLetters() > 0,
  resume: (deadline) => {
    if (MailApp.getRemainingDailyQuota() < 1) return;
    try {
      startAction("letters", {}, false, deadline);
    } catch (error) {
      if (isBusy(error)) return;
    }
  },
};

/** Every kind, in the order they are resumed. */
const KINDS: readonly KeptWork[] = [pausedRuns, waitingReports, waitingLetters, waitingRoutes];

export const hasKeptWork = (now = Date.now()): boolean => KINDS.some((kind) => kind.pending(now));

/** Resumes kept work until `deadline` (by default the budget of a run starting now). */
export function resumeKeptWork(deadline = Date.now() + BUDGET_MS): void {
  for (const kind of KINDS) {
    if (!hasTime(deadline)) return;
    if (kind.pending(Date.now())) kind.resume(deadline);
  }
}

/** Keeps the open trigger while work waits and removes it when none does, so each opening resumes what is left. */
export function settleKeptWork(ss = SpreadsheetApp.getActive()): void {
  if (hasKeptWork()) ensureResumeTrigger(ss);
  else dropResumeTrigger(ss);
}

/**
 * Resumes kept work and settles the open trigger when this run's user may do everything; nothing while
 * authorization is due. Returns whether the run may do everything (mayUseEverything: asked once here).
 */
export function resumeKeptWorkIfAuthorized(): boolean {
  if (!mayUseEverything()) return false;
  resumeKeptWork();
  settleKeptWork();
  return true;
}

/** The spreadsheet's open trigger (installable: FULL, as the user who made it); waits while authorization is due. */
export function onOpenResume(): void {
  resumeKeptWorkIfAuthorized();
}
