// Cell helpers the table models share: plain and bold cells, KPI values as percents coloured by status, «нет данных».
import type { Cell } from "../cells.ts";
import { KPI_DEFINITIONS, type KpiResult } from "../kpi/definitions.ts";
import { NUMBER_FORMATS, STATUS_COLORS, statusOf } from "./kpiTable.ts";
import type { TableCell } from "./sheetModel.ts";

export const NO_DATA = "нет данных";

export const NO_DATA_COLOR = STATUS_COLORS["нет данных"];
export const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
export const plain = (value: Cell): TableCell => ({ value });
export const bold = (value: Cell): TableCell => ({ value, bold: true });
export const kindOf = (id: string) => KPI_DEFINITIONS.find((d) => d.id === id)?.kind ?? "share";

/** A KPI value cell: percent for shares (66.7), the count for K6, coloured by status; «—» without data. */
export function valueCell(result: KpiResult): TableCell {
  const kind = kindOf(result.id);
  const color = STATUS_COLORS[statusOf(result)];
  if (result.value === null) return { value: "—", color };
  const value = kind === "share" ? round(result.value * 100, 1) : result.value;
  return { value, numberFormat: NUMBER_FORMATS[kind], color };
}
