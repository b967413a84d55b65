// What the sidebar calls through google.script.run; every entry point turns errors into one Russian sentence.
import { allProgress, startAction } from "./actions.ts";
import { saveSettings as storeSettings } from "./config.ts";
import { AddonError, exposed } from "./errors.ts";
import { ActionId, resultOf, type JobOptions } from "./jobs.ts";
import { journal } from "./journal.ts";
import { resumeKeptWorkIfAuthorized, settleKeptWork } from "./keptWork.ts";
import { lookupRoute } from "./lookup.ts";
import { showRoutePrint } from "./printDialog.ts";
import { mirrorSettings, settingsView } from "./settingsSheet.ts";
import { sidebarStatus } from "./status.ts";
import { JOURNAL_STATES } from "../../shared/tables/journal.ts";

export const getStatus = exposed(() => sidebarStatus());

/** Runs or resumes an action; the sidebar calls again while the answer says «waiting». */
export const runAction = exposed((action: ActionId, options?: JobOptions) => {
  const progress = startAction(action, options ?? {}, true);
  settleKeptWork();
  return progress;
});

/**
 * The sidebar's resumption of kept work when it opens (paused runs, reports waiting for the region); nothing while
 * the person has not authorised this release (the status then says how to).
 */
export const resumeWork = exposed(() => sidebarStatus(resumeKeptWorkIfAuthorized()));

export const getProgress = exposed(allProgress);

export const getResult = exposed((action: ActionId) => {
  const id = ActionId.safeParse(action);
  if (!id.success) throw new AddonError("UNKNOWN_ACTION");
  return resultOf(id.data) ?? null;
});

export const lookupPerson = exposed(lookupRoute);

/** «Печать ИОМ» of the «Педагог» tab: the printable ИОМ in a dialog. */
export const printRoute = exposed(showRoutePrint);

export const getSettings = exposed(() => settingsView());

export const saveSettings = exposed((form: unknown) => {
  const settings = storeSettings(form);
  mirrorSettings(settings);
  journal(
    "settings",
    JOURNAL_STATES.done,
    `Сохранены настройки${settings.municipalityCode ? ` муниципалитета ${settings.municipalityCode}` : ""}.`,
  );
  return settingsView();
});

/** Selects a cell the sidebar links to. */
export const goToCell = exposed((sheetName: string, a1: string) => {
  const sheet = SpreadsheetApp.getActive().getSheetByName(String(sheetName));
  if (!sheet) throw new AddonError("NO_SHEET");
  sheet.getRange(String(a1)).activate();
  return true;
});
