// A fake Sheet: ranges by coordinates or A1, data range, appendRow, frozen rows, columns, charts, form link.
// https://developers.google.com/apps-script/reference/spreadsheet/sheet
import type { Cell } from "../../../shared/cells.ts";
import { storeValue } from "./cellValues.ts";
import type { FakeChart } from "./charts.ts";
import { FakeChartBuilder } from "./charts.ts";
import { Grid } from "./grid.ts";
import { Merges } from "./merges.ts";
import type { Platform } from "./platform.ts";
import { FakeRange } from "./range.ts";
import type { FakeSpreadsheet } from "./spreadsheet.ts";

let nextSheetId = 1000;

function parseA1(a1: string): { row: number; column: number; rows: number; columns: number } {
  const cell = (text: string) => {
    const m = /^([A-Z]+)(\d+)$/u.exec(text.toUpperCase());
    if (!m) throw new Error(`Exception: Range not found`);
    const column = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(m[2]), column };
  };
  const [from, to] = a1.split(":");
  const a = cell(from!);
  const b = to ? cell(to) : a;
  return { row: a.row, column: a.column, rows: b.row - a.row + 1, columns: b.column - a.column + 1 };
}

export class FakeSheet {
  readonly grid: Grid;
  readonly id = nextSheetId++;
  frozenRows = 0;
  formUrl: string | null = null;
  charts: FakeChart[] = [];
  /** Column widths set in pixels, by column: kept by clear(), which clears contents and formats only. */
  readonly columnWidths = new Map<number, number>();
  /** Merged blocks: kept by clear() (see merges.ts). */
  readonly merges = new Merges();

  constructor(
    private readonly platform: Platform,
    readonly parent: FakeSpreadsheet,
    public name: string,
    maxRows = 1000,
    maxColumns = 26,
  ) {
    this.grid = new Grid(maxRows, maxColumns);
  }

  private call(method: string, cells = 0) {
    this.platform.guard("sheets", `Sheet.${method}`, cells);
  }

  /** Test helper (not counted): fills the sheet from rows, growing it to fit. */
  load(rows: readonly (readonly Cell[])[]): this {
    this.grid.maxRows = Math.max(this.grid.maxRows, rows.length + 10);
    this.grid.maxColumns = Math.max(this.grid.maxColumns, ...rows.map((r) => r.length));
    rows.forEach((line, r) => line.forEach((v, c) => this.grid.setValue(r + 1, c + 1, v)));
    return this;
  }

  /** Test helper (not counted): the values as the sheet shows them (dates as local Dates of their wall clock). */
  dump(): Cell[][] {
    const rows = this.grid.lastRow();
    const columns = this.grid.lastColumn();
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => this.grid.value(r + 1, c + 1)),
    );
  }

  getName() {
    this.call("getName");
    return this.name;
  }
  setName(name: string) {
    this.call("setName");
    if (this.parent.sheets.some((s) => s !== this && s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    this.name = name;
    return this;
  }
  getSheetId() {
    this.call("getSheetId");
    return this.id;
  }
  getParent() {
    this.call("getParent");
    return this.parent;
  }
  /** The sheet's position, starting at 1. https://developers.google.com/apps-script/reference/spreadsheet/sheet#getIndex() */
  getIndex() {
    this.call("getIndex");
    return this.parent.sheets.indexOf(this) + 1;
  }
  getFormUrl() {
    this.call("getFormUrl");
    return this.formUrl;
  }
  getLastRow() {
    this.call("getLastRow");
    return this.grid.lastRow();
  }
  getLastColumn() {
    this.call("getLastColumn");
    return this.grid.lastColumn();
  }
  getMaxRows() {
    this.call("getMaxRows");
    return this.grid.maxRows;
  }
  getMaxColumns() {
    this.call("getMaxColumns");
    return this.grid.maxColumns;
  }
  getFrozenRows() {
    this.call("getFrozenRows");
    return this.frozenRows;
  }
  setFrozenRows(rows: number) {
    this.call("setFrozenRows");
    this.frozenRows = rows;
  }

  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    this.call("getRange");
    const r =
      typeof rowOrA1 === "string"
        ? parseA1(rowOrA1)
        : { row: rowOrA1, column: column!, rows: numRows, columns: numColumns };
    if (![r.row, r.column, r.rows, r.columns].every(Number.isInteger) || r.rows < 1 || r.columns < 1)
      throw new Error("Exception: The number of rows in the range must be at least 1.");
    if (
      r.row < 1 ||
      r.column < 1 ||
      r.row + r.rows - 1 > this.grid.maxRows ||
      r.column + r.columns - 1 > this.grid.maxColumns
    )
      throw new Error("Exception: The coordinates of the range are outside the dimensions of the sheet.");
    return new FakeRange(this.platform, this, r.row, r.column, r.rows, r.columns);
  }

  getDataRange(): FakeRange {
    this.call("getDataRange");
    return new FakeRange(
      this.platform,
      this,
      1,
      1,
      Math.max(1, this.grid.lastRow()),
      Math.max(1, this.grid.lastColumn()),
    );
  }

  /** appendRow stores values as setValues does (a text starting with «=» becomes a formula). */
  appendRow(row: Cell[]): this {
    this.call("appendRow", row.length);
    const at = this.grid.lastRow() + 1;
    const stored = row.map((v, c) => storeValue(v, this.parent.timeZone, this.grid.format(at, c + 1)));
    this.grow(Math.max(at, this.grid.maxRows), Math.max(row.length, this.grid.maxColumns));
    stored.forEach((s, c) => this.grid.store(at, c + 1, s));
    return this;
  }

  insertRowsAfter(after: number, count: number): this {
    this.call("insertRowsAfter");
    if (after !== this.grid.maxRows) throw new Error("fake: only appending rows is modelled");
    this.grow(this.grid.maxRows + count, this.grid.maxColumns);
    return this;
  }

  insertColumnsAfter(after: number, count: number): this {
    this.call("insertColumnsAfter");
    if (after !== this.grid.maxColumns) throw new Error("fake: only appending columns is modelled");
    this.grow(this.grid.maxRows, this.grid.maxColumns + count);
    return this;
  }

  /** Resizes the grid within the spreadsheet's cell limit. */
  private grow(rows: number, columns: number): void {
    this.parent.checkCells(rows * columns - this.grid.cells);
    this.grid.maxRows = rows;
    this.grid.maxColumns = columns;
  }

  clear(): this {
    this.call("clear");
    const keepMax = [this.grid.maxRows, this.grid.maxColumns] as const;
    (this as { grid: Grid }).grid = new Grid(...keepMax);
    return this;
  }

  clearContents(): this {
    this.call("clearContents");
    this.grid.values = [];
    this.grid.formulas.clear();
    return this;
  }

  activate(): this {
    this.call("activate");
    this.parent.active = { sheet: this.name, row: 1, column: 1 };
    return this;
  }
  autoResizeColumns(_from: number, _count: number): this {
    this.call("autoResizeColumns");
    return this;
  }
  /** Pixels; https://developers.google.com/apps-script/reference/spreadsheet/sheet#setColumnWidth(Integer,Integer) */
  setColumnWidth(column: number, width: number): this {
    this.call("setColumnWidth");
    this.columnWidths.set(column, width);
    return this;
  }

  newChart(): FakeChartBuilder {
    this.call("newChart");
    return new FakeChartBuilder(this.platform);
  }
  insertChart(chart: FakeChart): void {
    this.call("insertChart");
    this.charts.push(chart);
  }
  getCharts(): FakeChart[] {
    this.call("getCharts");
    return [...this.charts];
  }
  updateChart(chart: FakeChart): void {
    this.call("updateChart");
    const index = this.charts.findIndex((c) => c.id === chart.id);
    if (index < 0) throw new Error("Exception: Chart not found");
    this.charts[index] = chart;
  }
  removeChart(chart: FakeChart): void {
    this.call("removeChart");
    this.charts = this.charts.filter((c) => c.id !== chart.id);
  }
}
