// «Журнал»: one row per action run — when, who, what, how it ended, with counts (spec §2.8).
import { sameSheetName } from "../../shared/headers.ts";
import {
  ACTION_TITLES,
  JOURNAL_COLUMNS,
  JOURNAL_HEADERS,
  JOURNAL_TITLE,
  type ActionId,
  type ColumnLook,
} from "../../shared/tables/journal.ts";
import { plainCell } from "../../shared/text/plainText.ts";
import { addonUserEmail } from "./mail.ts";
import { newSheet } from "./specSheets.ts";

/**
 * The person running the action; «автоматически» for trigger runs (an opening, a form answer) without a known user.
 * Reading an address needs userinfo.email: a run that lacks it (a new release not yet authorised) still journals.
 */
export function currentUser(): string {
  let active: string;
  try {
    active = Session.getActiveUser().getEmail();
  } catch {
    return "автоматически";
  }
  if (active) return active;
  const effective = addonUserEmail();
  return effective ? `${effective} (автоматически)` : "автоматически";
}

export function findOrCreateSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  title: string,
  headers: readonly string[],
  columns: readonly ColumnLook[] = [],
): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = ss.getSheets().find((sheet) => sameSheetName(sheet.getName(), title));
  return existing ?? newSheet(ss, title, headers, columns);
}

/** Appends one row; `state` is выполнено / продолжится / ошибка. */
export function journal(
  action: string,
  state: string,
  summary: string,
  ss = SpreadsheetApp.getActive(),
): void {
  const sheet = findOrCreateSheet(ss, JOURNAL_TITLE, JOURNAL_HEADERS, JOURNAL_COLUMNS);
  const row = [currentUser(), ACTION_TITLES[action as ActionId] ?? action, state, summary].map(plainCell);
  sheet.appendRow([new Date(), ...row]);
}
