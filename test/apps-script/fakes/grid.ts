// The cells of one fake sheet: values (dates as wall clocks), formulas, fills, notes, validations and formats.
import type { Cell } from "../../../shared/cells.ts";
import type { Stored } from "./cellValues.ts";

/** What getBackgrounds() reports for a cell without fill (and for an explicit white). */
export const WHITE = "#ffffff";

export interface Rule {
  readonly values: readonly string[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

const at = (row: number, column: number) => `${row}:${column}`;

export class Grid {
  values: Cell[][] = [];
  formulas = new Map<string, string>();
  /** undefined: no fill (the sheet's banding shows); a colour, "#ffffff" included, is an explicit fill. */
  backgrounds: (string | undefined)[][] = [];
  notes: (string | undefined)[][] = [];
  validations = new Map<string, Rule>();
  bold = new Set<string>();
  formats = new Map<string, string>();
  fontColors = new Map<string, string>();
  fontFamilies = new Map<string, string>();
  /** Cells whose text wraps (setWraps). */
  wraps = new Set<string>();
  alignments = new Map<string, string>();

  constructor(
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  get cells(): number {
    return this.maxRows * this.maxColumns;
  }

  value(row: number, column: number): Cell {
    const cell = this.values[row - 1]?.[column - 1];
    return cell === undefined || cell === null ? "" : cell;
  }

  formula(row: number, column: number): string {
    return this.formulas.get(at(row, column)) ?? "";
  }

  format(row: number, column: number): string | undefined {
    return this.formats.get(at(row, column));
  }

  /** Puts a value as stored (see cellValues.ts); test helpers put raw values with `setValue`. */
  store(row: number, column: number, stored: Stored): void {
    this.setValue(row, column, stored.value);
    if (stored.formula) this.formulas.set(at(row, column), stored.formula);
    else this.formulas.delete(at(row, column));
  }

  setValue(row: number, column: number, value: Cell): void {
    (this.values[row - 1] ??= [])[column - 1] = value === null || value === undefined ? "" : value;
  }

  /** The fill getBackgrounds() reports: "#ffffff" when there is none. */
  background(row: number, column: number): string {
    return this.backgrounds[row - 1]?.[column - 1] ?? WHITE;
  }

  /** The fill as set: undefined when the cell has none. */
  fill(row: number, column: number): string | undefined {
    return this.backgrounds[row - 1]?.[column - 1];
  }

  setBackground(row: number, column: number, colour: string | null): void {
    (this.backgrounds[row - 1] ??= [])[column - 1] = colour === null ? undefined : colour.toLowerCase();
  }

  note(row: number, column: number): string {
    return this.notes[row - 1]?.[column - 1] ?? "";
  }

  setNote(row: number, column: number, note: string | null): void {
    (this.notes[row - 1] ??= [])[column - 1] = note ?? "";
  }

  /** Last row / column holding a value or a formula, as getLastRow / getLastColumn. */
  lastRow(): number {
    for (let r = this.values.length; r > 0; r--)
      if (this.values[r - 1]?.some((v) => v !== "" && v !== undefined))
        return Math.max(r, this.lastFormulaRow());
    return this.lastFormulaRow();
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.values)
      if (row)
        for (let c = row.length; c > last; c--) if (row[c - 1] !== "" && row[c - 1] !== undefined) last = c;
    for (const key of this.formulas.keys()) last = Math.max(last, Number(key.split(":")[1]));
    return last;
  }

  private lastFormulaRow(): number {
    let last = 0;
    for (const key of this.formulas.keys()) last = Math.max(last, Number(key.split(":")[0]));
    return last;
  }
}
