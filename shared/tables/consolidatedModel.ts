// The shapes of the consolidated workbook's table models (spec §6) and the cell helpers its sheets share.
import { russianDate } from "../dates.ts";
import type { TableSheet } from "./sheetModel.ts";

export const CONSOLIDATED_SHEETS = {
  summary: "Сводка",
  municipalities: "Муниципалитеты",
  trend: "Динамика",
  demand: "Потребность в ДПО",
  demandByMunicipality: "Потребность по муниципалитетам",
  programmes: "Программы",
  programmesByMunicipality: "Программы по муниципалитетам",
  quality: "Качество данных",
} as const;

export type { TableCell, TableSection } from "./sheetModel.ts";
export { bold, NO_DATA, NO_DATA_COLOR, plain, valueCell } from "./tableCells.ts";
/** A sheet of the consolidated workbook. */
export type ConsolidatedSheet = TableSheet;

/** What the server knows about the snapshot the tables come from (the CLI has none of it). */
export interface ConsolidatedMeta {
  readonly regionName?: string;
  readonly revision?: number;
  /** ISO instant the snapshot was taken. */
  readonly takenAt?: string;
  /**
   * «Потребность в ДПО» folds a group's subjects with at most this many not covered into one line (default 0:
   * the subjects where everyone with a deficit has an activity in a route).
   */
  readonly demandFoldUpTo?: number;
}

/** The sheet the add-on's «Регион» mode imports a month's snapshot into: «Свод 2026-11». */
export const regionSheetTitle = (month: string) => `Свод ${month}`;

/** «30.11.2026 15:05 (МСК)» for an ISO instant: Moscow is UTC+3 all year. */
export function moscowTime(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant;
  const local = new Date(ms + 3 * 3_600_000).toISOString();
  return `${russianDate(local.slice(0, 10))} ${local.slice(11, 16)} (МСК)`;
}
