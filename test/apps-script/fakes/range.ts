// A fake Range: reads and writes the sheet's grid, checks sizes exactly as Apps Script does, and counts its calls.
import type { Cell } from "../../../shared/cells.ts";
import type { CallLog } from "./callLog.ts";
import type { Rule } from "./grid.ts";
import type { FakeSheet } from "./sheet.ts";

export class FakeRange {
  constructor(
    private readonly log: CallLog,
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private call(method: string, cells = 0) {
    this.log.record("sheets", `Range.${method}`, cells);
  }

  private get size() {
    return this.numRows * this.numColumns;
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

  private checkSize(data: unknown, method: string): asserts data is unknown[][] {
    if (!Array.isArray(data) || data.some((row) => !Array.isArray(row)))
      throw new Error(`Exception: The parameters (${method}) don't match the method signature.`);
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
    return this.each((r, c) => this.sheet.grid.value(r, c));
  }
  getValue(): Cell {
    this.call("getValue", 1);
    return this.sheet.grid.value(this.row, this.column);
  }
  setValues(data: Cell[][]): this {
    this.checkSize(data, "String[][]");
    this.call("setValues", this.size);
    data.forEach((line, r) =>
      line.forEach((v, c) => this.sheet.grid.setValue(this.row + r, this.column + c, v)),
    );
    return this;
  }
  setValue(value: Cell): this {
    this.call("setValue", 1);
    for (let r = 0; r < this.numRows; r++)
      for (let c = 0; c < this.numColumns; c++)
        this.sheet.grid.setValue(this.row + r, this.column + c, value);
    return this;
  }
  getBackgrounds(): string[][] {
    this.call("getBackgrounds", this.size);
    return this.each((r, c) => this.sheet.grid.background(r, c));
  }
  setBackgrounds(colours: (string | null)[][]): this {
    this.checkSize(colours, "String[][]");
    this.call("setBackgrounds", this.size);
    colours.forEach((line, r) =>
      line.forEach((v, c) => this.sheet.grid.setBackground(this.row + r, this.column + c, v)),
    );
    return this;
  }
  setBackground(colour: string | null): this {
    this.call("setBackground", this.size);
    this.each((r, c) => this.sheet.grid.setBackground(r, c, colour));
    return this;
  }
  getNotes(): string[][] {
    this.call("getNotes", this.size);
    return this.each((r, c) => this.sheet.grid.note(r, c));
  }
  setNotes(notes: (string | null)[][]): this {
    this.checkSize(notes, "String[][]");
    this.call("setNotes", this.size);
    notes.forEach((line, r) =>
      line.forEach((v, c) => this.sheet.grid.setNote(this.row + r, this.column + c, v)),
    );
    return this;
  }
  setDataValidation(rule: Rule | null): this {
    this.call("setDataValidation", this.size);
    this.each((r, c) =>
      rule
        ? this.sheet.grid.validations.set(`${r}:${c}`, rule)
        : this.sheet.grid.validations.delete(`${r}:${c}`),
    );
    return this;
  }
  setFontWeight(weight: string): this {
    this.call("setFontWeight", this.size);
    this.each((r, c) =>
      weight === "bold" ? this.sheet.grid.bold.add(`${r}:${c}`) : this.sheet.grid.bold.delete(`${r}:${c}`),
    );
    return this;
  }
  setFontWeights(weights: string[][]): this {
    this.checkSize(weights, "String[][]");
    this.call("setFontWeights", this.size);
    weights.forEach((line, r) =>
      line.forEach((w, c) =>
        w === "bold"
          ? this.sheet.grid.bold.add(`${this.row + r}:${this.column + c}`)
          : this.sheet.grid.bold.delete(`${this.row + r}:${this.column + c}`),
      ),
    );
    return this;
  }
  setNumberFormat(format: string): this {
    this.call("setNumberFormat", this.size);
    this.each((r, c) => this.sheet.grid.formats.set(`${r}:${c}`, format));
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    this.checkSize(formats, "String[][]");
    this.call("setNumberFormats", this.size);
    formats.forEach((line, r) =>
      line.forEach((f, c) => this.sheet.grid.formats.set(`${this.row + r}:${this.column + c}`, f)),
    );
    return this;
  }
  setFontColors(colours: (string | null)[][]): this {
    this.checkSize(colours, "Object[][]");
    this.call("setFontColors", this.size);
    colours.forEach((line, r) =>
      line.forEach((f, c) =>
        f
          ? this.sheet.grid.fontColors.set(`${this.row + r}:${this.column + c}`, f)
          : this.sheet.grid.fontColors.delete(`${this.row + r}:${this.column + c}`),
      ),
    );
    return this;
  }
  clearContent(): this {
    this.call("clearContent", this.size);
    this.each((r, c) => this.sheet.grid.setValue(r, c, ""));
    return this;
  }
  activate(): this {
    this.call("activate");
    this.sheet.parent.active = { sheet: this.sheet.name, row: this.row, column: this.column };
    return this;
  }
}
