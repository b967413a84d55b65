// Whether this run's user granted every scope the current code declares. After an upgrade that adds one, triggers
// keep firing but each call to the new service fails; so every trigger asks first, as Google's Form Notifications
// add-on does: ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL), "since no other authorization mode requires
// that users grant authorization" (https://developers.google.com/apps-script/reference/script/authorization-info).
import { JOURNAL_STATES } from "../../shared/tables/journal.ts";
import { journal } from "./journal.ts";
import { REAUTHORIZE_TEXT } from "./accessTexts.ts";
import { addonUserEmail } from "./mail.ts";
import { getText, putText, removeText } from "./store.ts";

/** Document property: set by the first run that found authorization missing, removed once it is granted again. */
const MARK = "auth.required";

/** «Журнал»'s action column for these lines. */
const ACCESS = "Разрешение доступа";

/** Google's answer for this run's user (a trigger's owner in trigger runs). */
function authorizationRequired(): boolean {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  return info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED;
}

/** Whether a run found authorization missing and no run has found it granted since (reads one property: any mode). */
export const reauthorizationNoted = (): boolean => getText(MARK) !== null;

/** This run's user (a trigger's owner), or "" when the address cannot be read (userinfo.email not granted yet). */
const effectiveUser = (): string => addonUserEmail() ?? "";

/**
 * Asks Google first. Missing: the mark is set with the user it is about, and «Журнал» gets one line (once, however
 * many runs find it); the caller does only what needs no new permission. Granted again by that user (or by anyone,
 * when the mark names nobody): the mark goes, with one line. Returns whether the run may do everything.
 */
export function mayUseEverything(): boolean {
  const required = authorizationRequired();
  const mark = getText(MARK);
  if (required && mark === null) {
    putText(MARK, effectiveUser());
    journal(ACCESS, JOURNAL_STATES.continues, REAUTHORIZE_TEXT);
  } else if (!required && mark !== null && (mark === "" || mark === effectiveUser())) {
    removeText(MARK);
    journal(ACCESS, JOURNAL_STATES.done, "Доступ разрешён заново: отложенные письма и отчёты отправляются.");
  }
  return !required;
}
