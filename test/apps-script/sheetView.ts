// Reading fake sheets in tests: a column by its header, a cell by header and row.
import type { Cell } from "../../shared/cells.ts";
import type { FakeSheet } from "./fakes/sheet.ts";

export function columnIndex(sheet: FakeSheet, header: string): number {
  const index = sheet.dump()[0]?.indexOf(header) ?? -1;
  if (index < 0) throw new Error(`no column ${header} on ${sheet.name}`);
  return index;
}

/** The cells under `header`, rows 2.. (as shown in the sheet). */
export function column(sheet: FakeSheet, header: string): Cell[] {
  const index = columnIndex(sheet, header);
  return sheet
    .dump()
    .slice(1)
    .map((row) => row[index] ?? "");
}

/** [value, background, note] of the cell under `header` on sheet row `row`. */
export function cell(sheet: FakeSheet, header: string, row: number): [Cell, string, string] {
  const c = columnIndex(sheet, header) + 1;
  return [sheet.grid.value(row, c), sheet.grid.background(row, c), sheet.grid.note(row, c)];
}

/** The sheet's values without the columns named in `drop` (to compare respondent cells before and after). */
export function withoutColumns(rows: Cell[][], drop: readonly string[]): Cell[][] {
  const keep = (rows[0] ?? [])
    .map((header, i) => (drop.includes(String(header)) ? -1 : i))
    .filter((i) => i >= 0);
  return rows.map((row) => keep.map((i) => row[i] ?? ""));
}

/**
 * Everything a person sees on the sheet: each cell's value, fill, font colour, weight and number format; the merged
 * blocks and the frozen rows.
 */
export function look(sheet: FakeSheet) {
  const { grid } = sheet;
  const at = (r: number, c: number) => `${r + 1}:${c + 1}`;
  const cells = sheet
    .dump()
    .map((line, r) =>
      line.map((value, c) => [
        value,
        grid.background(r + 1, c + 1),
        grid.fontColors.get(at(r, c)) ?? "",
        grid.bold.has(at(r, c)),
        grid.formats.get(at(r, c)) ?? "",
      ]),
    );
  return { cells, merges: sheet.merges.blocks, frozen: sheet.frozenRows };
}

/** 1-based row of the first line whose first cells are `start`, at or after `from`. */
export function rowOf(sheet: FakeSheet, start: readonly unknown[], from = 1): number {
  const index = sheet
    .dump()
    .findIndex((line, i) => i + 1 >= from && start.every((value, c) => line[c] === value));
  if (index < 0) throw new Error(`no row ${start.join(" | ")}`);
  return index + 1;
}
