// A fake SpreadsheetApp: the bound document (none in a clock run), the Ui (only with a person looking), validations.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
import type { Rule } from "./grid.ts";
import type { Platform } from "./platform.ts";
import type { FakeSpreadsheet, UiState } from "./spreadsheet.ts";

class FakeValidationBuilder {
  private rule: { values: string[]; allowInvalid: boolean; helpText: string } = {
    values: [],
    allowInvalid: true,
    helpText: "",
  };
  constructor(private readonly platform: Platform) {}
  private call(method: string) {
    this.platform.guard("sheets", `DataValidationBuilder.${method}`);
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
    private readonly platform: Platform,
    private readonly ui: UiState,
    private readonly title: string,
  ) {}
  addItem(caption: string, handler: string) {
    this.platform.guard("ui", "Menu.addItem");
    this.items.push({ caption, handler });
    return this;
  }
  addSeparator() {
    this.platform.guard("ui", "Menu.addSeparator");
    this.items.push({ caption: "—", handler: "" });
    return this;
  }
  addToUi() {
    this.platform.guard("ui", "Menu.addToUi");
    this.ui.menus.push({ title: this.title, items: this.items });
  }
}

/** The Ui of the document a person is looking at. https://developers.google.com/apps-script/reference/base/ui */
function fakeUi(platform: Platform, ss: FakeSpreadsheet) {
  return {
    createAddonMenu: () => (
      platform.guard("ui", "Ui.createAddonMenu"),
      new FakeMenu(platform, ss.ui, "Маршрут")
    ),
    createMenu: (title: string) => (
      platform.guard("ui", "Ui.createMenu"),
      new FakeMenu(platform, ss.ui, title)
    ),
    showSidebar: (html: { getTitle(): string; getContent(): string }) => {
      platform.guard("ui", "Ui.showSidebar");
      ss.ui.sidebars.push({ title: html.getTitle(), content: html.getContent() });
    },
    /** The dialog with a title, a message and buttons; the person presses OK. …/base/ui#alert(String,String,ButtonSet) */
    alert: (title: string, prompt?: string, _buttons?: string) => {
      platform.guard("ui", "Ui.alert");
      ss.ui.alerts.push({ title, prompt: prompt ?? "" });
      return "OK";
    },
    ButtonSet: { OK: "OK", OK_CANCEL: "OK_CANCEL", YES_NO: "YES_NO", YES_NO_CANCEL: "YES_NO_CANCEL" },
    /** https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String) */
    showModalDialog: (html: { getContent(): string }, title: string) => {
      platform.guard("ui", "Ui.showModalDialog");
      ss.ui.dialogs.push({ title, content: html.getContent() });
    },
  };
}

export function fakeSpreadsheetApp(platform: Platform, byId: (id: string) => FakeSpreadsheet | undefined) {
  return {
    /** The document the add-on runs in; null in a time-driven run, which belongs to no document. */
    getActive: () => platform.guard("sheets", "SpreadsheetApp.getActive").document,
    getActiveSpreadsheet: () => platform.guard("sheets", "SpreadsheetApp.getActiveSpreadsheet").document,
    /** Needs the full spreadsheets scope; the add-on declares only the current document's. */
    openById: (id: string) => {
      platform.guard("sheets", "SpreadsheetApp.openById");
      const ss = byId(id);
      if (!ss)
        throw new Error(
          "Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.",
        );
      return ss;
    },
    /** "Cannot call SpreadsheetApp.getUi() from this context" outside a run a person started in the document. */
    getUi: () => {
      const run = platform.guard("ui", "SpreadsheetApp.getUi");
      if (!run.interactive || !run.document)
        throw new Error("Exception: Cannot call SpreadsheetApp.getUi() from this context.");
      return fakeUi(platform, run.document);
    },
    flush: () => void platform.guard("sheets", "SpreadsheetApp.flush"),
    newDataValidation: () => (
      platform.guard("sheets", "SpreadsheetApp.newDataValidation"),
      new FakeValidationBuilder(platform)
    ),
  };
}
