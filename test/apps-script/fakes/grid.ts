// The cells of one fake sheet: values, backgrounds, notes, validations and font weights, grown as rows are written.
import type { Cell } from "../../../shared/cells.ts";

export const WHITE = "#ffffff";

export interface Rule {
  readonly values: readonly string[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export class Grid {
  values: Cell[][] = [];
  backgrounds: (string | undefined)[][] = [];
  notes: (string | undefined)[][] = [];
  validations = new Map<string, Rule>();
  bold = new Set<string>();
  formats = new Map<string, string>();
  fontColors = new Map<string, string>();

  constructor(
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  value(row: number, column: number): Cell {
    const cell = this.values[row - 1]?.[column - 1];
    return cell === undefined || cell === null ? "" : cell;
  }

  setValue(row: number, column: number, value: Cell): void {
    (this.values[row - 1] ??= [])[column - 1] = value === null || value === undefined ? "" : value;
  }

  background(row: number, column: number): string {
    return this.backgrounds[row - 1]?.[column - 1] ?? WHITE;
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

  /** Last row / column holding a value, as getLastRow / getLastColumn. */
  lastRow(): number {
    for (let r = this.values.length; r > 0; r--)
      if (this.values[r - 1]?.some((v) => v !== "" && v !== undefined)) return r;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.values)
      if (row)
        for (let c = row.length; c > last; c--) if (row[c - 1] !== "" && row[c - 1] !== undefined) last = c;
    return last;
  }
}
