// The scope table: for every faked method, the OAuth scopes that allow it, from the "Authorization" section of its
// reference page; [] means the method needs none. A method missing here cannot be called (add it with its page).

export const SCOPE = {
  sheetsCurrent: "https://www.googleapis.com/auth/spreadsheets.currentonly",
  sheets: "https://www.googleapis.com/auth/spreadsheets",
  formsCurrent: "https://www.googleapis.com/auth/forms.currentonly",
  forms: "https://www.googleapis.com/auth/forms",
  containerUi: "https://www.googleapis.com/auth/script.container.ui",
  externalRequest: "https://www.googleapis.com/auth/script.external_request",
  scriptApp: "https://www.googleapis.com/auth/script.scriptapp",
  email: "https://www.googleapis.com/auth/userinfo.email",
  sendMail: "https://www.googleapis.com/auth/script.send_mail",
} as const;

type Scopes = readonly string[];

const table = new Map<string, Scopes>();
const add = (scopes: Scopes, className: string, methods: readonly string[]) => {
  for (const method of methods) table.set(`${className}.${method}`, scopes);
};

// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app (getActive…: either scope;
// openById: only the full one — "spreadsheets.currentonly" covers the bound document alone).
const SHEETS: Scopes = [SCOPE.sheetsCurrent, SCOPE.sheets];
add(SHEETS, "SpreadsheetApp", ["getActive", "getActiveSpreadsheet", "flush"]);
add([SCOPE.sheets], "SpreadsheetApp", ["openById", "openByUrl"]);
add([], "SpreadsheetApp", ["getUi", "newDataValidation"]);
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet, …/sheet, …/range, …/embedded-chart
add(SHEETS, "Spreadsheet", [
  "getId",
  "getName",
  "getUrl",
  "getFormUrl",
  "getSheets",
  "getSheetByName",
  "insertSheet",
  "deleteSheet",
  "toast",
  "getSpreadsheetTimeZone",
]);
add(SHEETS, "Sheet", [
  "getName",
  "setName",
  "getSheetId",
  "getParent",
  "getIndex",
  "getFormUrl",
  "getLastRow",
  "getLastColumn",
  "getMaxRows",
  "getMaxColumns",
  "getFrozenRows",
  "setFrozenRows",
  "getRange",
  "getDataRange",
  "appendRow",
  "insertRowsAfter",
  "insertColumnsAfter",
  "clear",
  "clearContents",
  "activate",
  "autoResizeColumns",
  "setColumnWidth",
  "newChart",
  "insertChart",
  "getCharts",
  "updateChart",
  "removeChart",
]);
add(SHEETS, "Range", [
  "getRow",
  "getColumn",
  "getNumRows",
  "getNumColumns",
  "getSheet",
  "getA1Notation",
  "getValues",
  "getValue",
  "getFormulas",
  "setValues",
  "setValue",
  "getBackgrounds",
  "setBackgrounds",
  "setBackground",
  "getNotes",
  "setNotes",
  "setDataValidation",
  "setFontWeight",
  "setFontWeights",
  "setNumberFormat",
  "setNumberFormats",
  "setFontColors",
  "setFontFamily",
  "setWrap",
  "setWraps",
  "setVerticalAlignment",
  "clearContent",
  "merge",
  "mergeAcross",
  "breakApart",
  "activate",
]);
add(SHEETS, "Chart", ["getId", "getRanges", "modify"]);
// Builders only describe; the Range or Sheet call that applies them is what needs the scope.
add([], "DataValidationBuilder", ["requireValueInList", "setAllowInvalid", "setHelpText", "build"]);
add([], "EmbeddedChartBuilder", [
  "setChartType",
  "addRange",
  "clearRanges",
  "setPosition",
  "setOption",
  "setNumHeaders",
  "build",
]);
// https://developers.google.com/apps-script/reference/base/ui: menus need no scope (they are built in
// AuthMode.NONE); showing a sidebar needs script.container.ui.
add([], "Ui", ["createAddonMenu", "createMenu"]);
add([SCOPE.containerUi], "Ui", ["showSidebar", "showModalDialog", "alert"]);
add([], "Menu", ["addItem", "addSeparator", "addToUi"]);
// https://developers.google.com/apps-script/reference/forms/form-app (create: forms only), …/form
add([SCOPE.forms], "FormApp", ["create", "openByUrl"]);
add([], "FormApp", ["createTextValidation"]);
add([SCOPE.formsCurrent, SCOPE.forms], "Form", [
  "addTextItem",
  "addDateItem",
  "addListItem",
  "addMultipleChoiceItem",
  "setDescription",
  "setCollectEmail",
  "getId",
  "getEditUrl",
  "getPublishedUrl",
  "setDestination",
  "getResponses",
  "setAllowResponseEdits",
  "canEditResponse",
  "collectsEmail",
  "setEmailCollectionType",
  "getEmailCollectionType",
  "setPublished",
  "isPublished",
]);
// https://developers.google.com/apps-script/reference/forms/form-response
add([SCOPE.formsCurrent, SCOPE.forms], "FormResponse", [
  "getId",
  "getTimestamp",
  "getRespondentEmail",
  "getEditResponseUrl",
]);
add([SCOPE.formsCurrent, SCOPE.forms], "Item", [
  "setTitle",
  "setHelpText",
  "setRequired",
  "setChoiceValues",
  "setValidation",
]);
// https://developers.google.com/apps-script/reference/properties, …/lock, …/html: no scope.
add([], "PropertiesService", ["getDocumentProperties", "getUserProperties", "getScriptProperties"]);
add([], "Properties", [
  "getProperty",
  "getProperties",
  "getKeys",
  "setProperty",
  "setProperties",
  "deleteProperty",
]);
add([], "LockService", ["getDocumentLock", "getUserLock", "getScriptLock"]);
add([], "Lock", ["tryLock", "waitLock", "hasLock", "releaseLock"]);
add([], "HtmlService", ["createHtmlOutputFromFile", "createHtmlOutput"]);
// https://developers.google.com/apps-script/reference/script/script-app
add([SCOPE.scriptApp], "ScriptApp", ["getProjectTriggers", "getUserTriggers", "deleteTrigger", "newTrigger"]);
add([SCOPE.scriptApp], "TriggerBuilder", ["create"]);
// …/script/script-app#getAuthorizationInfo(AuthMode), …/script/authorization-info: no scope (it tells which are missing).
add([], "ScriptApp", ["getAuthorizationInfo"]);
add([], "AuthorizationInfo", ["getAuthorizationStatus", "getAuthorizationUrl", "getAuthorizedScopes"]);
// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String): no scope.
add([], "Utilities", ["formatDate"]);
add([], "Trigger", ["getHandlerFunction", "getUniqueId", "getEventType", "getTriggerSourceId"]);
// https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app
add([SCOPE.externalRequest], "UrlFetchApp", ["fetch"]);
// https://developers.google.com/apps-script/reference/mail/mail-app: both methods need script.send_mail.
add([SCOPE.sendMail], "MailApp", ["getRemainingDailyQuota", "sendEmail"]);
// https://developers.google.com/apps-script/reference/base/session, …/base/user#getEmail()
add([], "Session", ["getActiveUser", "getEffectiveUser"]);
add([SCOPE.email], "User", ["getEmail"]);

/** The scopes that allow `method` («Range.getValues»), or undefined when the fake does not know it. */
export const scopesOf = (method: string): Scopes | undefined => table.get(method);
