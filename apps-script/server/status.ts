// The sidebar's status block: where the register is, how many rows, the last check, jobs under way, kept reports.
import { findRegister, type RawSheet } from "../../shared/book.ts";
import type { Cell } from "../../shared/cells.ts";
import { allProgress, availableActions } from "./actions.ts";
import { mayUseEverything } from "./authorization.ts";
import type { CheckResult } from "./check.ts";
import type { ActionId, JobProgress } from "./jobs.ts";
import { resultOf } from "./jobs.ts";
import { hasKeptWork } from "./keptWork.ts";
import { waitingFeedback } from "./feedbackMail.ts";
import { entries } from "./outbox.ts";
import { waitingRouteLetters } from "./routeLetters.ts";
import { effectiveSettings } from "./settingsSheet.ts";
import { defaultMonth } from "./sync.ts";
import { registerScore } from "./workbook.ts";

export interface SidebarStatus {
  readonly spreadsheet: string;
  readonly register: { readonly sheet: string; readonly rows: number; readonly formLinked: boolean } | null;
  readonly formUrl: string | null;
  readonly lastCheck: {
    readonly at: number;
    readonly errors: number;
    readonly warnings: number;
    readonly rows: number;
  } | null;
  readonly jobs: readonly JobProgress[];
  readonly actions: readonly ActionId[];
  readonly results: Partial<Record<ActionId, unknown>>;
  /** The month «Отправить в регион» offers, and reports still waiting to reach the region. */
  readonly syncMonth: string;
  readonly waitingReports: number;
  /** Letters to teachers kept until the quota allows: answers to form entries, and route letters. */
  readonly waitingLetters: number;
  /** Whether paused runs or reports to resend wait (the sidebar resumes them when it opens). */
  readonly keptWork: boolean;
  /** The person must authorise this release before letters and reports can go (the sidebar says how). */
  readonly reauthorization: boolean;
}

/** The register from header rows only (cheap): the form-linked sheet with register headers, else as the core finds it. */
export function locateRegister(ss = SpreadsheetApp.getActive()) {
  const sheets = ss.getSheets().map((sheet) => {
    const width = sheet.getLastColumn();
    const header = width > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[]) : [];
    return { sheet, name: sheet.getName(), header, formLinked: sheet.getFormUrl() !== null };
  });
  const linked = sheets
    .filter((s) => s.formLinked && registerScore(s.header) > 0)
    .sort((a, b) => registerScore(b.header) - registerScore(a.header))[0];
  if (linked) return linked;
  const raw: RawSheet[] = sheets.map((s) => ({ name: s.name, values: [s.header] }));
  const found = findRegister(raw, effectiveSettings(ss));
  return found ? sheets.find((s) => s.name === found.name) : undefined;
}

/**
 * `authorized`: whether this run's user may do everything, when the caller has asked already; otherwise asked here,
 * last, as the status's final field.
 */
export function sidebarStatus(authorized?: boolean): SidebarStatus {
  const ss = SpreadsheetApp.getActive();
  const register = locateRegister(ss);
  const check = resultOf("check") as CheckResult | undefined;
  const actions = availableActions();
  return {
    spreadsheet: ss.getName(),
    register: register
      ? {
          sheet: register.name,
          rows: Math.max(0, register.sheet.getLastRow() - 1),
          formLinked: register.formLinked,
        }
      : null,
    formUrl: ss.getFormUrl(),
    lastCheck: check
      ? { at: check.checkedAt, errors: check.errors, warnings: check.warnings, rows: check.rows }
      : null,
    jobs: allProgress(),
    actions,
    results: Object.fromEntries(actions.map((id) => [id, resultOf(id)])),
    syncMonth: defaultMonth(),
    waitingReports: entries().length,
    waitingLetters: waitingFeedback().length + waitingRouteLetters(),
    keptWork: hasKeptWork(),
    reauthorization: !(authorized ?? mayUseEverything()),
  };
}
