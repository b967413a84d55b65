// The settings the sidebar shows (the sheet «Настройки» overlaid with saved ones) and their copy on that sheet.
import type { Cell } from "../../shared/cells.ts";
import { sameSheetName } from "../../shared/headers.ts";
import { SETTINGS_TITLE } from "../../shared/schema/sheets.ts";
import {
  approvalBlockOf,
  parseSettings,
  teacherLettersOf,
  type Settings,
  type TeacherLetters,
} from "../../shared/settings.ts";
import { normalizeKey } from "../../shared/text/normalize.ts";
import { plainCell } from "../../shared/text/plainText.ts";
import { FindingSink } from "../../shared/validation/parseSheet.ts";
import { apiKey, savedSettingsRows, settingsRows, type SettingsForm } from "./config.ts";
import { timeZoneOf } from "./sheetCells.ts";
import { createSettingsSheet } from "./specSheets.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SettingsView {
  readonly form: Omit<SettingsForm, "apiKey" | "teacherLetters" | "methodistEmail" | "approvalBlock"> & {
    readonly teacherLetters: TeacherLetters;
    readonly methodistEmail: string;
    readonly approvalBlock: boolean;
  };
  readonly hasKey: boolean;
  /** Sheet names, for choosing the register. */
  readonly sheets: readonly string[];
}

const settingsSheet = (ss: Spreadsheet) =>
  ss.getSheets().find((s) => sameSheetName(s.getName(), SETTINGS_TITLE));

/** What the core will use: «Настройки» rows, then the saved settings (later rows win). */
export function effectiveSettings(ss = SpreadsheetApp.getActive()): Settings {
  const sheet = settingsSheet(ss);
  const values = sheet ? (sheet.getDataRange().getValues() as Cell[][]) : [];
  return parseSettings(
    { name: SETTINGS_TITLE, values: [...values, ...savedSettingsRows()] },
    new FindingSink(),
    timeZoneOf(ss),
  );
}

export function settingsView(ss = SpreadsheetApp.getActive()): SettingsView {
  const s = effectiveSettings(ss);
  return {
    form: {
      municipalityCode: s.municipalityCode ?? "",
      municipalityName: s.municipalityName ?? "",
      reportDate: s.reportDate ?? "",
      periodFrom: s.periodFrom ?? "",
      periodTo: s.periodTo ?? "",
      weeklyHours: s.weeklyHours,
      thresholds: s.thresholds,
      endpoint: s.endpoint ?? "",
      registerSheet: s.registerSheet ?? "",
      teacherLetters: teacherLettersOf(s),
      methodistEmail: s.methodistEmail ?? "",
      approvalBlock: approvalBlockOf(s),
    },
    hasKey: apiKey() !== "",
    sheets: ss.getSheets().map((sheet) => sheet.getName()),
  };
}

/** Copies saved settings onto «Настройки» (so an .xlsx export computes the same), keeping every other row. */
export function mirrorSettings(settings: Settings, ss = SpreadsheetApp.getActive()): void {
  const sheet = settingsSheet(ss);
  if (!sheet) {
    createSettingsSheet(ss, settings);
    return;
  }
  const values: Cell[][] = (sheet.getDataRange().getValues() as Cell[][]).map((row) => [
    row[0] ?? "",
    row[1] ?? "",
  ]);
  for (const [key, value] of settingsRows(settings)) {
    const row = values.find(
      (cells) => typeof cells[0] === "string" && normalizeKey(cells[0]) === normalizeKey(String(key)),
    );
    if (row) row[1] = value;
    else values.push([key, value]);
  }
  sheet.getRange(1, 1, values.length, 2).setValues(values.map((row) => row.map(plainCell)) as unknown[][]);
}
