// A fake Range: reads and writes the sheet's grid as Sheets stores values, checks sizes as Apps Script does.
// https://developers.google.com/apps-script/reference/spreadsheet/range
import type { Cell } from "../../../shared/cells.ts";
import { readValue, storeValue } from "./cellValues.ts";
import type { Rule } from "./grid.ts";
import type { Platform } from "./platform.ts";
import type { FakeSheet } from "./sheet.ts";

export class FakeRange {
  constructor(
    private readonly platform: Platform,
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private call(method: string, cells = 0) {
    this.platform.guard("sheets", `Range.${method}`, cells);
  }

  private get size() {
    return this.numRows * this.numColumns;
  }

  private get grid() {
    return this.sheet.grid;
  }

  private get zone() {
    return this.sheet.parent.timeZone;
  }

  private each<T>(read: (row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(read(this.row + r, this.column + c));
      out.push(line);
    }
    return out;
  }

  private checkSize(data: unknown, signature: string): asserts data is unknown[][] {
    if (!Array.isArray(data) || data.some((row) => !Array.isArray(row)))
      throw new Error(`Exception: The parameters (${signature}) don't match the method signature.`);
    if (data.length !== this.numRows)
      throw new Error(
        `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`,
      );
    for (const row of data as unknown[][])
      if (row.length !== this.numColumns)
        throw new Error(
          `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.numColumns}.`,
        );
  }

  /** Writes values the way Sheets stores them; every cell is checked before any is written (one call, one result). */
  private write(data: unknown[][]): void {
    const stored = data.map((line, r) =>
      line.map((v, c) => storeValue(v, this.zone, this.grid.format(this.row + r, this.column + c))),
    );
    stored.forEach((line, r) => line.forEach((s, c) => this.grid.store(this.row + r, this.column + c, s)));
  }

  getRow() {
    this.call("getRow");
    return this.row;
  }
  getColumn() {
    this.call("getColumn");
    return this.column;
  }
  getNumRows() {
    this.call("getNumRows");
    return this.numRows;
  }
  getNumColumns() {
    this.call("getNumColumns");
    return this.numColumns;
  }
  getSheet() {
    this.call("getSheet");
    return this.sheet;
  }
  getA1Notation() {
    this.call("getA1Notation");
    return `R${this.row}C${this.column}`;
  }

  getValues(): Cell[][] {
    this.call("getValues", this.size);
    return this.each((r, c) => readValue(this.grid.value(r, c), this.zone));
  }
  getValue(): Cell {
    this.call("getValue", 1);
    return readValue(this.grid.value(this.row, this.column), this.zone);
  }
  getFormulas(): string[][] {
    this.call("getFormulas", this.size);
    return this.each((r, c) => this.grid.formula(r, c));
  }
  setValues(data: Cell[][]): this {
    this.checkSize(data, "Object[][]");
    this.call("setValues", this.size);
    this.write(data);
    return this;
  }
  setValue(value: Cell): this {
    this.call("setValue", 1);
    this.write(Array.from({ length: this.numRows }, () => Array<Cell>(this.numColumns).fill(value)));
    return this;
  }
  getBackgrounds(): string[][] {
    this.call("getBackgrounds", this.size);
    return this.each((r, c) => this.grid.background(r, c));
  }
  setBackgrounds(colours: (string | null)[][]): this {
    this.checkSize(colours, "String[][]");
    this.call("setBackgrounds", this.size);
    colours.forEach((line, r) =>
      line.forEach((v, c) => this.grid.setBackground(this.row + r, this.column + c, v)),
    );
    return this;
  }
  setBackground(colour: string | null): this {
    this.call("setBackground", this.size);
    this.each((r, c) => this.grid.setBackground(r, c, colour));
    return this;
  }
  getNotes(): string[][] {
    this.call("getNotes", this.size);
    return this.each((r, c) => this.grid.note(r, c));
  }
  setNotes(notes: (string | null)[][]): this {
    this.checkSize(notes, "String[][]");
    this.call("setNotes", this.size);
    notes.forEach((line, r) => line.forEach((v, c) => this.grid.setNote(this.row + r, this.column + c, v)));
    return this;
  }
  setDataValidation(rule: Rule | null): this {
    this.call("setDataValidation", this.size);
    this.each((r, c) =>
      rule ? this.grid.validations.set(`${r}:${c}`, rule) : this.grid.validations.delete(`${r}:${c}`),
    );
    return this;
  }
  setFontWeight(weight: string): this {
    this.call("setFontWeight", this.size);
    this.each((r, c) =>
      weight === "bold" ? this.grid.bold.add(`${r}:${c}`) : this.grid.bold.delete(`${r}:${c}`),
    );
    return this;
  }
  setFontWeights(weights: string[][]): this {
    this.checkSize(weights, "String[][]");
    this.call("setFontWeights", this.size);
    weights.forEach((line, r) =>
      line.forEach((w, c) => {
        const key = `${this.row + r}:${this.column + c}`;
        if (w === "bold") this.grid.bold.add(key);
        else this.grid.bold.delete(key);
      }),
    );
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#setFontFamily(String) */
  setFontFamily(family: string | null): this {
    this.call("setFontFamily", this.size);
    this.each((r, c) =>
      family ? this.grid.fontFamilies.set(`${r}:${c}`, family) : this.grid.fontFamilies.delete(`${r}:${c}`),
    );
    return this;
  }
  /** A grid the size of the range: https://developers.google.com/apps-script/reference/spreadsheet/range#setWraps(Object) */
  setWraps(wraps: boolean[][]): this {
    this.checkSize(wraps, "Boolean[][]");
    this.call("setWraps", this.size);
    wraps.forEach((line, r) =>
      line.forEach((w, c) => {
        const key = `${this.row + r}:${this.column + c}`;
        if (w) this.grid.wraps.add(key);
        else this.grid.wraps.delete(key);
      }),
    );
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#setWrap(Boolean) */
  setWrap(wrap: boolean): this {
    this.call("setWrap", this.size);
    this.each((r, c) => (wrap ? this.grid.wraps.add(`${r}:${c}`) : this.grid.wraps.delete(`${r}:${c}`)));
    return this;
  }
  /** "top", "middle", "bottom" or null: https://developers.google.com/apps-script/reference/spreadsheet/range#setVerticalAlignment(String) */
  setVerticalAlignment(alignment: "top" | "middle" | "bottom" | null): this {
    this.call("setVerticalAlignment", this.size);
    if (alignment !== null && !["top", "middle", "bottom"].includes(alignment))
      throw new Error(`Exception: Invalid argument: ${String(alignment)}`);
    this.each((r, c) =>
      alignment ? this.grid.alignments.set(`${r}:${c}`, alignment) : this.grid.alignments.delete(`${r}:${c}`),
    );
    return this;
  }
  setNumberFormat(format: string): this {
    this.call("setNumberFormat", this.size);
    this.each((r, c) => this.grid.formats.set(`${r}:${c}`, format));
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    this.checkSize(formats, "String[][]");
    this.call("setNumberFormats", this.size);
    formats.forEach((line, r) =>
      line.forEach((f, c) => this.grid.formats.set(`${this.row + r}:${this.column + c}`, f)),
    );
    return this;
  }
  setFontColors(colours: (string | null)[][]): this {
    this.checkSize(colours, "Object[][]");
    this.call("setFontColors", this.size);
    colours.forEach((line, r) =>
      line.forEach((f, c) => {
        const key = `${this.row + r}:${this.column + c}`;
        if (f) this.grid.fontColors.set(key, f);
        else this.grid.fontColors.delete(key);
      }),
    );
    return this;
  }
  clearContent(): this {
    this.call("clearContent", this.size);
    this.each((r, c) => this.grid.store(r, c, { value: "" }));
    return this;
  }
  /** The range as a block of cells (for merges). */
  private get block() {
    return { row: this.row, column: this.column, rows: this.numRows, columns: this.numColumns };
  }
  merge(): this {
    this.call("merge", this.size);
    this.sheet.merges.merge(this.block, [this.block], this.grid);
    return this;
  }
  mergeAcross(): this {
    this.call("mergeAcross", this.size);
    const rows = Array.from({ length: this.numRows }, (_, r) => ({
      ...this.block,
      row: this.row + r,
      rows: 1,
    }));
    this.sheet.merges.merge(this.block, rows, this.grid);
    return this;
  }
  breakApart(): this {
    this.call("breakApart", this.size);
    this.sheet.merges.breakApart(this.block);
    return this;
  }
  activate(): this {
    this.call("activate");
    this.sheet.parent.active = { sheet: this.sheet.name, row: this.row, column: this.column };
    return this;
  }
}
