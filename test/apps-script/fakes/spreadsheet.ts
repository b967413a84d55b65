// A fake Spreadsheet and SpreadsheetApp: sheets by name, toasts, the linked form, data validation builders, the Ui.
import type { Cell } from "../../../shared/cells.ts";
import type { CallLog } from "./callLog.ts";
import type { Rule } from "./grid.ts";
import { FakeSheet } from "./sheet.ts";

export interface UiState {
  menus: { title: string; items: { caption: string; handler: string }[] }[];
  sidebars: { title: string; content: string }[];
  toasts: { message: string; title: string }[];
}

export class FakeSpreadsheet {
  sheets: FakeSheet[] = [];
  formUrl: string | null = null;
  active: { sheet: string; row: number; column: number } | null = null;
  readonly ui: UiState = { menus: [], sidebars: [], toasts: [] };

  constructor(
    private readonly log: CallLog,
    readonly name = "Реестр ИОМ — Одинцово",
    readonly id = "fake-spreadsheet-id",
  ) {}

  private call(method: string) {
    this.log.record("sheets", `Spreadsheet.${method}`);
  }

  /** Test helper (not counted). */
  addSheet(name: string, rows: readonly (readonly Cell[])[] = []): FakeSheet {
    const sheet = new FakeSheet(this.log, this, name).load(rows);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Test helper (not counted). */
  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`fake: no sheet ${name}`);
    return sheet;
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
  insertSheet(name: string): FakeSheet {
    this.call("insertSheet");
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(
        `Exception: A sheet with the name "${name}" already exists. Please enter another name.`,
      );
    const sheet = new FakeSheet(this.log, this, name);
    this.sheets.push(sheet);
    return sheet;
  }
  deleteSheet(sheet: FakeSheet) {
    this.call("deleteSheet");
    this.sheets = this.sheets.filter((s) => s !== sheet);
  }
  toast(message: string, title = "", _seconds?: number) {
    this.call("toast");
    this.ui.toasts.push({ message, title });
  }
}

class FakeValidationBuilder {
  private rule: { values: string[]; allowInvalid: boolean; helpText: string } = {
    values: [],
    allowInvalid: true,
    helpText: "",
  };
  constructor(private readonly log: CallLog) {}
  private call(method: string) {
    this.log.record("sheets", `DataValidationBuilder.${method}`);
    return this;
  }
  requireValueInList(values: string[], _showDropdown?: boolean) {
    this.rule.values = [...values];
    return this.call("requireValueInList");
  }
  setAllowInvalid(allow: boolean) {
    this.rule.allowInvalid = allow;
    return this.call("setAllowInvalid");
  }
  setHelpText(text: string) {
    this.rule.helpText = text;
    return this.call("setHelpText");
  }
  build(): Rule {
    this.call("build");
    return { ...this.rule };
  }
}

class FakeMenu {
  readonly items: { caption: string; handler: string }[] = [];
  constructor(
    private readonly log: CallLog,
    private readonly ui: UiState,
    private readonly title: string,
  ) {}
  addItem(caption: string, handler: string) {
    this.log.record("ui", "Menu.addItem");
    this.items.push({ caption, handler });
    return this;
  }
  addSeparator() {
    this.log.record("ui", "Menu.addSeparator");
    this.items.push({ caption: "—", handler: "" });
    return this;
  }
  addToUi() {
    this.log.record("ui", "Menu.addToUi");
    this.ui.menus.push({ title: this.title, items: this.items });
  }
}

export function fakeSpreadsheetApp(log: CallLog, ss: FakeSpreadsheet) {
  const ui = {
    createAddonMenu: () => (log.record("ui", "Ui.createAddonMenu"), new FakeMenu(log, ss.ui, "Маршрут")),
    createMenu: (title: string) => (log.record("ui", "Ui.createMenu"), new FakeMenu(log, ss.ui, title)),
    showSidebar: (html: { getTitle(): string; getContent(): string }) => {
      log.record("ui", "Ui.showSidebar");
      ss.ui.sidebars.push({ title: html.getTitle(), content: html.getContent() });
    },
  };
  return {
    getActive: () => (log.record("sheets", "SpreadsheetApp.getActive"), ss),
    getActiveSpreadsheet: () => (log.record("sheets", "SpreadsheetApp.getActiveSpreadsheet"), ss),
    getUi: () => (log.record("ui", "SpreadsheetApp.getUi"), ui),
    flush: () => log.record("sheets", "SpreadsheetApp.flush"),
    newDataValidation: () => (
      log.record("sheets", "SpreadsheetApp.newDataValidation"),
      new FakeValidationBuilder(log)
    ),
  };
}
