// The authorisation-mode table of Editor add-ons: what each mode may call. From the table "Authorization modes" of
// https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
//   NONE    (onOpen when the add-on is installed but not used in this file): add menu items; Logger, Utilities.
//   LIMITED (onOpen in a file where the add-on is enabled): the bound document, properties, menu items, services
//            that do not access user data — no user data, no UrlFetch, no other UI.
//   FULL    (onInstall, menus, sidebars, installable triggers): everything the granted scopes allow.

export type AuthMode = "NONE" | "LIMITED" | "FULL";

type Level = "menu" | "document" | "full";

const ALLOWED: Record<Level, readonly AuthMode[]> = {
  menu: ["NONE", "LIMITED", "FULL"],
  document: ["LIMITED", "FULL"],
  full: ["FULL"],
};

/** Classes whose every method sits at one level. */
const BY_CLASS: Record<string, Level> = {
  SpreadsheetApp: "document",
  Spreadsheet: "document",
  Sheet: "document",
  Range: "document",
  Chart: "document",
  DataValidationBuilder: "document",
  EmbeddedChartBuilder: "document",
  PropertiesService: "document",
  Properties: "document",
  LockService: "document",
  Lock: "document",
  HtmlService: "document",
  Menu: "menu",
  Ui: "full",
  FormApp: "full",
  Form: "full",
  Item: "full",
  FormResponse: "full",
  MailApp: "full",
  ScriptApp: "full",
  AuthorizationInfo: "full",
  // Logger and Utilities work in every mode (the table's NONE row).
  Utilities: "menu",
  TriggerBuilder: "full",
  Trigger: "full",
  UrlFetchApp: "full",
  Session: "full",
  User: "full",
};

/** Methods at another level than their class. */
const BY_METHOD: Record<string, Level> = {
  "SpreadsheetApp.getUi": "menu",
  "Ui.createAddonMenu": "menu",
  "Ui.createMenu": "menu",
  // A toast is user interface beyond menu items: LIMITED may only add menu items.
  "Spreadsheet.toast": "full",
};

/** Whether `mode` allows `method`; throws for a method the table does not know (add it with its class). */
export function allowedIn(mode: AuthMode, method: string): boolean {
  const level = BY_METHOD[method] ?? BY_CLASS[method.split(".")[0]!];
  if (!level) throw new Error(`fake: no authorisation-mode entry for ${method}`);
  return ALLOWED[level].includes(mode);
}
