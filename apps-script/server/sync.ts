// «Отправить в регион»: the month's aggregates-only report (the KPIs and the demand for courses), checked with the
// server's schema, kept and sent.
import { lastDayOfMonth, monthOf } from "../../shared/dates.ts";
import { computeMunicipalFigures } from "../../shared/kpi/compute.ts";
import { buildMunicipalReport, MONTH } from "../../shared/report/municipalReport.ts";
import { outgoingReport } from "../../shared/report/outgoingReport.ts";
import { apiKey } from "./config.ts";
import { AddonError } from "./errors.ts";
import type { JobOptions, Plan } from "./jobs.ts";
import { journal } from "./journal.ts";
import { entries, flush, keep, type Answer } from "./outbox.ts";
import { nextReportMoment } from "./reportMoment.ts";
import { effectiveSettings } from "./settingsSheet.ts";
import { sheetToday } from "./sheetCells.ts";
import { loadBook, readWorkbook } from "./workbook.ts";
import { JOURNAL_STATES } from "../../shared/tables/journal.ts";
import { monthName } from "../../shared/tables/kpiTable.ts";

export interface SyncView {
  readonly month: string;
  readonly answers: readonly Answer[];
  /** Reports still waiting (resent when the spreadsheet is next opened or sent from, or after a fix by hand). */
  readonly waiting: readonly {
    readonly month: string;
    readonly attempts: number;
    readonly lastError: string | null;
    readonly retry: boolean;
  }[];
}

/** The month a report covers when none is chosen: the month of the report date (settings, else today). */
export const defaultMonth = (): string => monthOf(effectiveSettings().reportDate ?? sheetToday());

/** Figures of month M are computed on its last day, or today while M is still running. */
export function reportDateOf(month: string, now = sheetToday()): string {
  const last = lastDayOfMonth(month);
  return last < now ? last : now;
}

function destination() {
  const settings = effectiveSettings();
  const key = apiKey();
  if (!settings.municipalityCode || !settings.municipalityName) throw new AddonError("NO_MUNICIPALITY");
  if (!settings.endpoint) throw new AddonError("NO_ENDPOINT");
  if (!key) throw new AddonError("NO_KEY");
  return { settings, endpoint: settings.endpoint, key };
}

export function planSync(options: JobOptions): Plan {
  const month = options.month ?? defaultMonth();
  if (!MONTH.test(month) || `${month}-01` > sheetToday()) throw new AddonError("BAD_MONTH");
  const { settings, endpoint, key } = destination();
  const { kpis, demand } = computeMunicipalFigures(
    loadBook(readWorkbook(), { reportDate: reportDateOf(month) }),
  );
  const report = buildMunicipalReport(
    settings.municipalityCode!,
    settings.municipalityName!,
    month,
    kpis,
    demand,
    nextReportMoment(),
  );
  const checked = outgoingReport(report);
  if (!checked.ok) throw new AddonError("REPORT_INVALID", checked.message);
  let answers: Answer[] = [];
  return {
    steps: [
      {
        label: `Отчёт за ${monthName(month)}: сохранение до отправки`,
        run: () => keep(checked.report, Date.now()),
      },
      { label: "Отправка в регион", run: () => void (answers = flush(endpoint, key, false, Date.now)) },
    ],
    finish: () => {
      const view = syncView(month, answers);
      const mine = answers.find((a) => a.month === month);
      const summary = mine
        ? `Отчёт за ${monthName(month)}: ${mine.message}`
        : `Отчёт за ${monthName(month)} сохранён и ждёт отправки.`;
      return {
        summary: view.waiting.length ? `${summary} Ждут отправки: ${view.waiting.length}.` : summary,
        result: view,
      };
    },
  };
}

export function syncView(month: string, answers: readonly Answer[]): SyncView {
  return {
    month,
    answers,
    waiting: entries().map(({ month: m, attempts, lastError, retry }) => ({
      month: m,
      attempts,
      lastError,
      retry,
    })),
  };
}

/** Resends reports that failed for reasons retrying may fix (kept work); returns whether some still wait. */
export function retryOutbox(): boolean {
  if (!entries().some((entry) => entry.retry)) return false;
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) return true;
  try {
    const { endpoint, key } = destination();
    for (const answer of flush(endpoint, key, true, Date.now))
      journal(
        "sync",
        answer.ok ? JOURNAL_STATES.done : JOURNAL_STATES.failed,
        `Повторная отправка отчёта за ${monthName(answer.month)}: ${answer.message}`,
      );
  } catch (error) {
    // Settings are incomplete: the reports stay kept until the methodist fixes them and sends again.
    if (!(error instanceof Error && error.name === "AddonError")) throw error;
  } finally {
    lock.releaseLock();
  }
  return entries().some((entry) => entry.retry);
}
