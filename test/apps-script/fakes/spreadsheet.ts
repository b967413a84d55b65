// A fake Spreadsheet: sheets by name, its time zone, toasts, the linked form, and the 10-million-cell limit.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
import type { Cell } from "../../../shared/cells.ts";
import type { Platform } from "./platform.ts";
import { FakeSheet } from "./sheet.ts";

export interface UiState {
  menus: { title: string; items: { caption: string; handler: string }[] }[];
  sidebars: { title: string; content: string }[];
  dialogs: { title: string; content: string }[];
  alerts: { title: string; prompt: string }[];
  toasts: { message: string; title: string }[];
}

/** A spreadsheet holds at most 10 million cells. https://support.google.com/drive/answer/37603 */
export const CELL_LIMIT = 10_000_000;

let nextSpreadsheet = 1;

export class FakeSpreadsheet {
  sheets: FakeSheet[] = [];
  formUrl: string | null = null;
  active: { sheet: string; row: number; column: number } | null = null;
  readonly ui: UiState = { menus: [], sidebars: [], dialogs: [], alerts: [], toasts: [] };

  constructor(
    private readonly platform: Platform,
    readonly name = "Реестр ИОМ — Одинцово",
    /** File → Settings → Time zone: the zone date cells are shown in. */
    readonly timeZone = "Europe/Moscow",
    readonly id = `fake-spreadsheet-${nextSpreadsheet++}`,
  ) {}

  private call(method: string) {
    return this.platform.guard("sheets", `Spreadsheet.${method}`);
  }

  /** Test helper (not counted). */
  addSheet(name: string, rows: readonly (readonly Cell[])[] = []): FakeSheet {
    const sheet = new FakeSheet(this.platform, this, name).load(rows);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Test helper (not counted). */
  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`fake: no sheet ${name}`);
    return sheet;
  }

  /** Refuses growth past the spreadsheet's cell limit, with the platform's message. */
  checkCells(added: number): void {
    const total = this.sheets.reduce((sum, sheet) => sum + sheet.grid.cells, 0);
    if (added > 0 && total + added > CELL_LIMIT)
      throw new Error(
        `Exception: This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
  }

  getId() {
    this.call("getId");
    return this.id;
  }
  getName() {
    this.call("getName");
    return this.name;
  }
  getUrl() {
    this.call("getUrl");
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone() {
    this.call("getSpreadsheetTimeZone");
    return this.timeZone;
  }
  getFormUrl() {
    this.call("getFormUrl");
    return this.formUrl;
  }
  getSheets() {
    this.call("getSheets");
    return [...this.sheets];
  }
  getSheetByName(name: string) {
    this.call("getSheetByName");
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  /** A new sheet of 1000 × 26 cells, as Sheets makes one. */
  /** At `index` (0-based) when given, else last. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer) */
  insertSheet(name: string, index?: number): FakeSheet {
    this.call("insertSheet");
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index > this.sheets.length))
      throw new Error("Exception: The sheet index is out of range.");
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    const sheet = new FakeSheet(this.platform, this, name);
    this.checkCells(sheet.grid.cells);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    return sheet;
  }
  deleteSheet(sheet: FakeSheet) {
    this.call("deleteSheet");
    this.sheets = this.sheets.filter((s) => s !== sheet);
  }
  /** Shown only to a person looking at the spreadsheet; a trigger's toast goes nowhere. */
  toast(message: string, title = "", _seconds?: number) {
    const run = this.call("toast");
    if (run.interactive) this.ui.toasts.push({ message, title });
  }
}
