// Reads one sheet's 2-D values into typed rows, reporting missing columns and every bad cell as a finding.
import { isBlank, isDate, type Cell, type Grid } from "../cells.ts";
import { matchHeaders, type ColumnMap } from "../headers.ts";
import { headerRow, type Fields, type SheetDef } from "../schema/sheets.ts";
import { ru } from "../text/ru.ts";
import type { Finding, FindingCode, Severity } from "./finding.ts";
import type { FieldDef } from "../schema/fields.ts";
import { parseCell, type CellContext, type CellResult } from "./parseCell.ts";

export interface ParsedRow<T> {
  /** Row number as the spreadsheet shows it (header = 1). */
  readonly row: number;
  /** Parsed values; a field whose cell was bad is undefined, so use only rows with `errors === 0` as whole. */
  readonly data: T;
  /** The raw cells of the row, for messages that quote them. */
  readonly cells: readonly Cell[];
  errors: number;
}

export interface ParsedSheet<T, F extends Fields = Fields> {
  /** The sheet's name as written in the workbook; the spec's title when the sheet is missing. */
  readonly name: string;
  readonly present: boolean;
  readonly columns: ColumnMap<F>;
  readonly rows: ParsedRow<T>[];
}

export const validRows = <T>(sheet: ParsedSheet<T>): T[] =>
  sheet.rows.filter((row) => row.errors === 0).map((row) => row.data);

/** Collects findings and keeps every row's error count in step. */
export class FindingSink {
  readonly findings: Finding[] = [];

  add(
    sheet: string,
    row: ParsedRow<unknown> | number,
    column: string,
    field: string,
    code: FindingCode,
    message: string,
    severity: Severity = "error",
  ): void {
    const rowNumber = typeof row === "number" ? row : row.row;
    if (severity === "error" && typeof row !== "number") row.errors++;
    this.findings.push({ sheet, row: rowNumber, column, field, severity, code, message });
  }
}

export interface ParseSheetInput<F extends Fields> {
  readonly def: SheetDef<F>;
  /** The sheet's name and values, or undefined when the workbook has no such sheet. */
  readonly found: { readonly name: string; readonly values: Grid } | undefined;
  /** Missing sheet severity; undefined = a missing sheet is normal (no finding). */
  readonly missingSeverity?: Severity;
}

const rowIsBlank = (cells: readonly Cell[]) => cells.every(isBlank);

interface MatchedField {
  readonly key: string;
  readonly field: FieldDef;
  readonly index: number;
  readonly header: string;
  /** The column's results so far, when each distinct value is parsed once (see `remembers`). */
  readonly parsed: Parsed | undefined;
}

/** Results by cell value (null: a blank cell); Dates (each cell its own object) by their instant. */
interface Parsed {
  readonly values: Map<Cell, CellResult | null>;
  readonly dates: Map<number, CellResult | null>;
}

/**
 * A register repeats its values down a column (a person's e-mail on each of their rows, organisations, levels,
 * да/нет, scores, dates), so each distinct value is parsed once. Lists are parsed anew: each row gets its own array.
 */
const remembers = (field: FieldDef): Parsed | undefined =>
  field.kind === "enumList" || field.kind === "topics" ? undefined : { values: new Map(), dates: new Map() };

/** The cell's result, null when it is blank: a value met before in the column is looked up, not checked again. */
function resultOf(
  known: Parsed | undefined,
  field: FieldDef,
  cell: Cell,
  context: CellContext,
): CellResult | null {
  if (!known) return isBlank(cell) ? null : parseCell(field, cell, context);
  const date = isDate(cell);
  const byValue: Map<unknown, CellResult | null> = date ? known.dates : known.values;
  const value = date ? cell.getTime() : cell;
  let result = byValue.get(value);
  if (result === undefined)
    byValue.set(value, (result = isBlank(cell) ? null : parseCell(field, cell, context)));
  return result;
}

export function parseSheet<T, F extends Fields>(
  input: ParseSheetInput<F>,
  context: CellContext,
  sink: FindingSink,
): ParsedSheet<T, F> {
  const { def, found } = input;
  const fieldEntries = Object.entries(def.fields);
  if (!found) {
    if (input.missingSeverity) {
      const headers = headerRow(def);
      sink.add(def.title, 1, "", "", "required", ru.missingSheet(def.title, headers), input.missingSeverity);
    }
    return { name: def.title, present: false, columns: {}, rows: [] };
  }
  const values = found.values;
  const columns = matchHeaders(values[0] ?? [], def.fields);
  const matched: MatchedField[] = [];
  for (const [key, field] of fieldEntries) {
    const column = (columns as Record<string, { index: number; header: string } | undefined>)[key];
    if (column)
      matched.push({ key, field, index: column.index, header: column.header, parsed: remembers(field) });
    else if (field.required)
      sink.add(
        found.name,
        1,
        field.names[0]!,
        key,
        "required",
        ru.missingColumn(found.name, field.names[0]!),
      );
  }
  // Every row object is a copy of one template with all keys in one order, so they share one hidden class and a
  // copy is quick (this loop runs 10⁵ times).
  const template: Record<string, unknown> = {};
  for (const [key, field] of fieldEntries) template[key] = field.kind === "yesNo" ? false : undefined;
  const topicsKeys = fieldEntries.filter(([, field]) => field.kind === "topics").map(([key]) => key);

  const rows: ParsedRow<T>[] = [];
  for (let r = 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    if (rowIsBlank(cells)) continue;
    const data: Record<string, unknown> = { ...template };
    // Index loops: they run per cell, and a for…of allocates an iterator result per step until it is optimised.
    for (let t = 0; t < topicsKeys.length; t++) data[topicsKeys[t]!] = [];
    const parsed: ParsedRow<T> = { row: r + 1, data: data as T, cells, errors: 0 };
    for (let m = 0; m < matched.length; m++) {
      const { key, field, index, header, parsed: known } = matched[m]!;
      const result = resultOf(known, field, cells[index], context);
      if (result === null) {
        if (field.required) sink.add(found.name, parsed, header, key, "required", ru.required(header));
        continue;
      }
      if (result.ok) data[key] = result.value;
      else sink.add(found.name, parsed, header, key, result.code, result.message);
    }
    rows.push(parsed);
  }
  return { name: found.name, present: true, columns, rows };
}
