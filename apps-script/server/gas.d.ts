// Makes the Apps Script service types (SpreadsheetApp, PropertiesService, …) visible to the add-on's server code.
/// <reference types="google-apps-script" />
