// «Журнал»: one row per action run — when, who, what, how it ended, with counts (spec §2.8).
import {
  ACTION_TITLES,
  JOURNAL_COLUMNS,
  JOURNAL_HEADERS,
  JOURNAL_TITLE,
  type ActionId,
} from "../../shared/tables/journal.ts";
import { plainCell } from "../../shared/text/plainText.ts";
import { addonUserEmail } from "./mail.ts";
import { findSheet } from "./ownSheet.ts";
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

/** Appends one row; `state` is выполнено / продолжится / ошибка. */
export function journal(
  action: string,
  state: string,
  summary: string,
  ss = SpreadsheetApp.getActive(),
): void {
  const sheet = findSheet(ss, JOURNAL_TITLE) ?? newSheet(ss, JOURNAL_TITLE, JOURNAL_HEADERS, JOURNAL_COLUMNS);
  const row = [currentUser(), ACTION_TITLES[action as ActionId] ?? action, state, summary].map(plainCell);
  sheet.appendRow([new Date(), ...row]);
}
