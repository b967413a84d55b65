// The shapes of the consolidated workbook's table models (spec §6) and the cell helpers its sheets share.
import type { Cell } from "../cells.ts";
import { russianDate } from "../dates.ts";
import { KPI_DEFINITIONS, type KpiResult } from "../kpi/definitions.ts";
import { NUMBER_FORMATS, STATUS_COLORS, statusOf, type StatusColor } from "./kpiTable.ts";

export const CONSOLIDATED_SHEETS = {
  summary: "Сводка",
  municipalities: "Муниципалитеты",
  trend: "Динамика",
  deficits: "Дефициты",
  quality: "Качество данных",
} as const;

export interface TableCell {
  readonly value: Cell;
  readonly numberFormat?: string;
  readonly color?: StatusColor;
  readonly bold?: boolean;
}

export interface TableSection {
  readonly heading?: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
}

export interface ConsolidatedSheet {
  readonly title: string;
  /** Lines above the tables: month, revision, who reported. */
  readonly caption: readonly string[];
  readonly sections: readonly TableSection[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
}

/** What the server knows about the snapshot the tables come from (the CLI has none of it). */
export interface ConsolidatedMeta {
  readonly regionName?: string;
  readonly revision?: number;
  /** ISO instant the snapshot was taken. */
  readonly takenAt?: string;
}

export const NO_DATA = "нет данных";

/** The sheet the add-on's «Регион» mode imports a month's snapshot into: «Свод 2026-11». */
export const regionSheetTitle = (month: string) => `Свод ${month}`;
export const NO_DATA_COLOR = STATUS_COLORS["нет данных"];
export const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
export const plain = (value: Cell): TableCell => ({ value });
export const bold = (value: Cell): TableCell => ({ value, bold: true });
export const kindOf = (id: string) => KPI_DEFINITIONS.find((d) => d.id === id)?.kind ?? "share";

/** «30.11.2026 15:05 (МСК)» for an ISO instant: Moscow is UTC+3 all year. */
export function moscowTime(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant;
  const local = new Date(ms + 3 * 3_600_000).toISOString();
  return `${russianDate(local.slice(0, 10))} ${local.slice(11, 16)} (МСК)`;
}

/** A KPI value cell: percent for shares (66.7), the count for K6, coloured by status; «—» without data. */
export function valueCell(result: KpiResult): TableCell {
  const kind = kindOf(result.id);
  const color = STATUS_COLORS[statusOf(result)];
  if (result.value === null) return { value: "—", color };
  const value = kind === "share" ? round(result.value * 100, 1) : result.value;
  return { value, numberFormat: NUMBER_FORMATS[kind], color };
}
