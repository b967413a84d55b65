// The «Регион» mode: regional staff import a month's consolidated snapshot into «Свод ГГГГ-ММ», «Потребность в ДПО
// ГГГГ-ММ» and «Программы ГГГГ-ММ» (sidebar entry points).
import type { RegionReport } from "../../shared/report/aggregate.ts";
import { monthName } from "../../shared/tables/kpiTable.ts";
import { JOURNAL_STATES } from "../../shared/tables/journal.ts";
import {
  regionKey,
  regionSettings,
  saveRegionSettings as storeRegionSettings,
  type RegionSettings,
} from "./config.ts";
import { AddonError, russianMessage } from "./errors.ts";
import { journal } from "./journal.ts";
import { fetchConsolidated, isRegionError } from "./regionFetch.ts";
import { regionSheets, writeRegionSheets } from "./regionSheet.ts";

/** The journal's «Действие» of an import (journal() shows an unknown action id as it is). */

export interface RegionImport {
  readonly month: string;
  /** «Свод ГГГГ-ММ», the first of `sheets`. */
  readonly sheet: string;
  readonly sheets: readonly string[];
  readonly revision: number | null;
  readonly latestRevision: number | null;
  readonly takenAt: string | null;
  readonly reported: number;
  readonly total: number;
  /** Names of municipalities without a report for the month («нет данных»). */
  readonly missing: readonly string[];
  /** One Russian line: the toast, the journal, the sidebar. */
  readonly summary: string;
}

/** Russian sentences at the edge: the «Регион» mode's own errors are already worded, the rest as elsewhere. */
const regionMessage = (error: unknown) => (isRegionError(error) ? error.message : russianMessage(error));

function regionExposed<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (error) {
      throw new Error(regionMessage(error), { cause: error });
    }
  };
}

function summaryOf(
  month: string,
  sheets: readonly string[],
  report: RegionReport,
  revision: number | undefined,
) {
  const total = report.municipalities.length + report.missing.length;
  const missing = report.missing.map((m) => m.name || m.code);
  return (
    `Свод за ${monthName(month)}${revision === undefined ? "" : ` (редакция ${revision})`} загружен на листы ${sheets.map((s) => `«${s}»`).join(", ")}: ` +
    `отчитались ${report.municipalities.length} из ${total}` +
    (missing.length ? `; нет данных: ${missing.join(", ")}.` : ".")
  );
}

function runImport(month: string): RegionImport {
  const answer = fetchConsolidated(regionSettings().url, regionKey(), month);
  const ss = SpreadsheetApp.getActive();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) throw new AddonError("LOCKED");
  let titles: string[];
  try {
    const sheets = regionSheets(answer.report, {
      ...(answer.regionName ? { regionName: answer.regionName } : {}),
      ...(answer.revision === undefined ? {} : { revision: answer.revision }),
      ...(answer.takenAt ? { takenAt: answer.takenAt } : {}),
    });
    titles = writeRegionSheets(ss, sheets);
  } finally {
    lock.releaseLock();
  }
  const { report } = answer;
  const summary = summaryOf(month, titles, report, answer.revision);
  journal("region", JOURNAL_STATES.done, summary, ss);
  ss.toast(summary, "Маршрут", 10);
  return {
    month,
    sheet: titles[0]!,
    sheets: titles,
    revision: answer.revision ?? null,
    latestRevision: answer.latestRevision ?? null,
    takenAt: answer.takenAt ?? null,
    reported: report.municipalities.length,
    total: report.municipalities.length + report.missing.length,
    missing: report.missing.map((m) => m.name || m.code),
    summary,
  };
}

/** Imports the month's snapshot (latest revision) into its three sheets; a failure is journalled and worded. */
export const importRegion = regionExposed((month: string): RegionImport => {
  const wanted = String(month ?? "").trim();
  try {
    return runImport(wanted);
  } catch (error) {
    journal("region", JOURNAL_STATES.failed, `Свод за ${wanted || "—"}: ${regionMessage(error)}`);
    throw error;
  }
});

export const getRegionSettings = regionExposed((): RegionSettings => regionSettings());

export const saveRegionSettings = regionExposed((form: unknown): RegionSettings => {
  const saved = storeRegionSettings(form);
  journal("settings", JOURNAL_STATES.done, "Сохранены настройки свода региона.");
  return saved;
});
