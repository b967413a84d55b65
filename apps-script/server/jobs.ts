// Long actions as steps with a checkpoint in document properties: a run stops before the time limit and is resumed.
import * as z from "zod/mini";
import { AddonError, russianMessage } from "./errors.ts";
import { getJson, putJson } from "./store.ts";

export const ACTION_IDS = ["prepare", "check", "routes", "kpis", "sync", "letters"] as const;
export const ActionId = z.enum(ACTION_IDS);
export type ActionId = z.infer<typeof ActionId>;

export const JobOptions = z.object({
  regenerate: z.optional(z.boolean()),
  month: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}$/u))),
  /** «Отправить ИОМ педагогам» to this one person (a resend from the «Педагог» tab). */
  email: z.optional(z.string().check(z.maxLength(320))),
});
export type JobOptions = z.infer<typeof JobOptions>;

export const JobProgress = z.object({
  action: ActionId,
  status: z.enum(["running", "waiting", "done", "failed"]),
  options: JobOptions,
  /** The step running now (or the next one to run when waiting); `steps` when done. */
  step: z.int().check(z.gte(0)),
  steps: z.int().check(z.gte(0)),
  label: z.string(),
  /** How many executions the job took so far. */
  runs: z.int().check(z.gte(0)),
  startedAt: z.number(),
  updatedAt: z.number(),
  /** When the current run claimed the job: that execution is stopped by Google 6 minutes after it started. */
  claimedAt: z.optional(z.number()),
  /** Russian one-line result (done) or error (failed). */
  summary: z.string(),
});
export type JobProgress = z.infer<typeof JobProgress>;

export interface Step {
  /** What the step does, in Russian, for the progress line: «Отметки на листе «ОО»». */
  readonly label: string;
  run(): void;
}

export interface Outcome {
  /** One Russian line with counts: the toast, the journal's «Итог», the sidebar's status line. */
  readonly summary: string;
  /** What the sidebar shows afterwards (kept in document properties). */
  readonly result: unknown;
}

/** An action's work, rebuilt from the spreadsheet on every run; each step must be safe to run twice. */
export interface Plan {
  readonly steps: readonly Step[];
  finish(): Outcome;
}

export type Planner = (options: JobOptions) => Plan;

/** Stop starting steps after 4.5 minutes: Apps Script stops an execution at 6. */
export const BUDGET_MS = 270_000;
/**
 * "Script runtime: 6 min / execution" (https://developers.google.com/apps-script/guides/services/quotas): a job
 * still «running» this long after its run claimed it was stopped with its execution, and may be resumed at once.
 */
export const EXECUTION_MS = 360_000;

export const progressOf = (action: ActionId): JobProgress | undefined => {
  const parsed = JobProgress.safeParse(getJson(`job.${action}`));
  return parsed.success ? parsed.data : undefined;
};

const save = (progress: JobProgress): JobProgress => {
  putJson(`job.${progress.action}`, progress);
  return progress;
};

export const isAlive = (p: JobProgress, now: number) =>
  p.status === "running" && now - (p.claimedAt ?? p.updatedAt) < EXECUTION_MS;
export const isPending = (p: JobProgress | undefined, now: number): p is JobProgress =>
  !!p && (p.status === "waiting" || (p.status === "running" && !isAlive(p, now)));

/** Claims the job under the document lock: resumes a waiting one, else starts afresh; BUSY while another runs. */
function claim(action: ActionId, options: JobOptions, now: number): JobProgress {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) throw new AddonError("LOCKED");
  try {
    if (
      ACTION_IDS.some((id) => {
        const p = progressOf(id);
        return p !== undefined && isAlive(p, now);
      })
    )
      throw new AddonError("BUSY");
    const previous = progressOf(action);
    if (isPending(previous, now))
      return save({
        ...previous,
        status: "running",
        runs: previous.runs + 1,
        updatedAt: now,
        claimedAt: now,
      });
    return save({
      action,
      status: "running",
      options,
      step: 0,
      steps: 0,
      label: "",
      runs: 1,
      startedAt: now,
      updatedAt: now,
      claimedAt: now,
      summary: "",
    });
  } finally {
    lock.releaseLock();
  }
}

export interface RunHooks {
  /** Called when the run stops before the end (to schedule the continuation). */
  paused(progress: JobProgress): void;
  finished(progress: JobProgress, outcome: Outcome): void;
  failed(progress: JobProgress, message: string): void;
}

/** Runs the job's remaining steps until done or until `deadline` (no step starts after it); returns where it got to. */
export function runJob(
  action: ActionId,
  planner: Planner,
  options: JobOptions,
  hooks: RunHooks,
  deadline = Date.now() + BUDGET_MS,
): JobProgress {
  const started = Date.now();
  let progress = claim(action, options, started);
  try {
    const plan = planner(progress.options);
    const first = Math.min(progress.step, plan.steps.length);
    for (let i = first; i < plan.steps.length; i++) {
      const step = plan.steps[i]!;
      if (i > first && Date.now() > deadline) {
        progress = save({
          ...progress,
          status: "waiting",
          step: i,
          steps: plan.steps.length,
          label: step.label,
          updatedAt: Date.now(),
        });
        hooks.paused(progress);
        return progress;
      }
      progress = save({
        ...progress,
        step: i,
        steps: plan.steps.length,
        label: step.label,
        updatedAt: Date.now(),
      });
      step.run();
    }
    const outcome = plan.finish();
    putJson(`result.${action}`, outcome.result);
    progress = save({
      ...progress,
      status: "done",
      step: plan.steps.length,
      steps: plan.steps.length,
      label: "",
      summary: outcome.summary,
      updatedAt: Date.now(),
    });
    hooks.finished(progress, outcome);
    return progress;
  } catch (error) {
    const message = russianMessage(error);
    progress = save({ ...progress, status: "failed", summary: message, updatedAt: Date.now() });
    hooks.failed(progress, message);
    throw error;
  }
}

export const resultOf = (action: ActionId): unknown => getJson(`result.${action}`);

/** The job as the sidebar shows it: a run stopped by Google's time limit is waiting to be resumed. */
export const shownProgress = (p: JobProgress, now: number): JobProgress =>
  p.status === "running" && !isAlive(p, now) ? { ...p, status: "waiting" } : p;
