// A sheet that is a plain table — header in row 1, one row per record («ИОМ», «Сводка ИОМ», «Журнал», the register
// with «Проверка», the input sheets) — as a table model: dates with an explicit format, widths from the content.
import { isDate, type Cell } from "../cells.ts";
import { dateFormatOf } from "./cellText.ts";
import type { TableCell, TableSheet } from "./sheetModel.ts";

/** A plain sheet's caps: the widest a column grows before its text wraps. */
export const PLAIN_CAP = 40;

export interface PlainSheetOptions {
  /** Caps per column (column units); PLAIN_CAP for the rest. */
  readonly widths?: readonly number[];
  /** Leading columns repeated on every printed page when the table is split (default 1). */
  readonly keyColumns?: number;
}

/** A value as a cell of the model: a date gets its explicit format (ДД.ММ.ГГГГ, with the time when it has one). */
export const plainTableCell = (value: Cell): TableCell =>
  isDate(value) ? { value, numberFormat: dateFormatOf(value) } : { value };

export function plainSheet(
  title: string,
  rows: readonly (readonly Cell[])[],
  options: PlainSheetOptions = {},
): TableSheet {
  const [header = [], ...body] = rows;
  const columns = Math.max(0, ...rows.map((row) => row.length));
  return {
    title,
    caption: [],
    sections:
      rows.length === 0
        ? []
        : [
            {
              headers: Array.from({ length: Math.max(header.length, columns) }, (_, i) =>
                String(header[i] ?? ""),
              ),
              rows: body.map((row) => row.map(plainTableCell)),
            },
          ],
    widths: Array.from({ length: columns }, (_, i) => options.widths?.[i] ?? PLAIN_CAP),
    ...(options.keyColumns === undefined ? {} : { keyColumns: options.keyColumns }),
  };
}
