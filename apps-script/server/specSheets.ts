// Creates the missing sheets of spec §2 with their headers, a frozen header row and dropdowns for every enumeration.
import { sameSheetName } from "../../shared/headers.ts";
import { KPI_DEFINITIONS } from "../../shared/kpi/definitions.ts";
import type { FieldDef } from "../../shared/schema/fields.ts";
import {
  CatalogSheet,
  DiagnosticsSheet,
  OrgsSheet,
  RoutesSheet,
  SETTINGS_TITLE,
  StaffSheet,
  type SheetDef,
} from "../../shared/schema/sheets.ts";
import type { Settings } from "../../shared/settings.ts";
import type { ColumnLook } from "../../shared/tables/journal.ts";
import { plainCells } from "../../shared/text/plainText.ts";
import { settingsRows } from "./config.ts";
import { columnPixels } from "./tableSheet.ts";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheets «Подготовить таблицу» creates when missing (the register comes from its form). */
export const SPEC_SHEETS: readonly SheetDef[] = [
  StaffSheet,
  OrgsSheet,
  DiagnosticsSheet,
  CatalogSheet,
  RoutesSheet,
];

/** Fields written as columns: «Возраст» is only the alternative of «Дата рождения». */
const columnsOf = (def: SheetDef) =>
  Object.entries(def.fields).filter(([key]) => !(def === StaffSheet && key === "age"));

const choicesOf = (field: FieldDef): readonly string[] | undefined =>
  field.kind === "yesNo" ? ["да", "нет"] : field.values;

export const sheetExists = (ss: Spreadsheet, title: string) =>
  ss.getSheets().some((sheet) => sameSheetName(sheet.getName(), title));

/** A new sheet with a bold, frozen header row; `columns` give widths, formats and wrapping of its columns. */
export function newSheet(
  ss: Spreadsheet,
  title: string,
  headers: readonly string[],
  columns: readonly ColumnLook[] = [],
): Sheet {
  const sheet = ss.insertSheet(title);
  sheet
    .getRange(1, 1, 1, headers.length)
    .setValues(plainCells([headers]))
    .setFontWeight("bold");
  sheet.setFrozenRows(1);
  const rows = sheet.getMaxRows() - 1;
  columns.forEach((look, index) => {
    sheet.setColumnWidth(index + 1, columnPixels(look.width));
    if (rows < 1) return;
    if (look.format) sheet.getRange(2, index + 1, rows, 1).setNumberFormat(look.format);
    if (look.wrap) sheet.getRange(1, index + 1, rows + 1, 1).setWrap(true);
  });
  return sheet;
}

/** Creates the sheet of `def` unless a sheet of that name exists; returns whether it did. */
export function createSpecSheet(ss: Spreadsheet, def: SheetDef): boolean {
  if (sheetExists(ss, def.title)) return false;
  const columns = columnsOf(def);
  const sheet = newSheet(
    ss,
    def.title,
    columns.map(([, field]) => field.names[0]!),
  );
  const rows = sheet.getMaxRows() - 1;
  columns.forEach(([, field], index) => {
    const choices = choicesOf(field);
    if (!choices || rows < 1) return;
    const list = field.kind === "enumList";
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList([...choices], true)
      .setAllowInvalid(list)
      .setHelpText(
        list
          ? `Одно или несколько значений через запятую: ${choices.join(", ")}`
          : `Выберите значение из списка`,
      )
      .build();
    sheet.getRange(2, index + 1, rows, 1).setDataValidation(rule);
  });
  return true;
}

/** «Настройки» with every parameter the core reads, filled with the current values and the default KPI targets. */
export function createSettingsSheet(ss: Spreadsheet, settings: Settings): boolean {
  if (sheetExists(ss, SETTINGS_TITLE)) return false;
  const targets = Object.fromEntries(
    KPI_DEFINITIONS.map((kpi) => [kpi.id, settings.targets[kpi.id] ?? kpi.target]),
  );
  const rows = settingsRows({ ...settings, targets });
  const sheet = newSheet(ss, SETTINGS_TITLE, ["Параметр", "Значение"]);
  sheet.getRange(2, 1, rows.length, 2).setValues(plainCells(rows));
  return true;
}
