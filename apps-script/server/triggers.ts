// Installable triggers of this spreadsheet, looked up for this user and this file before one is made.
// https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions: an add-on may have one
// trigger of each kind per user and document, and only for the file it is used in; getProjectTriggers() would list
// the user's triggers of every file, so each file is asked with getUserTriggers(spreadsheet).

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const FORM_SUBMIT_HANDLER = "onFormSubmitHandler";
/** The open trigger that resumes kept work when someone opens the file (see keptWork.ts). */
export const RESUME_HANDLER = "onOpenResume";

const triggersOf = (ss: Spreadsheet, handler: string) =>
  ScriptApp.getUserTriggers(ss).filter((trigger) => trigger.getHandlerFunction() === handler);

/** The spreadsheet's form-submit trigger; returns whether it had to be created. */
export function ensureFormSubmitTrigger(ss: Spreadsheet): boolean {
  if (triggersOf(ss, FORM_SUBMIT_HANDLER).length > 0) return false;
  ScriptApp.newTrigger(FORM_SUBMIT_HANDLER).forSpreadsheet(ss).onFormSubmit().create();
  return true;
}

/** The spreadsheet's open trigger that resumes kept work; created once, while there is work to resume. */
export function ensureResumeTrigger(ss: Spreadsheet): void {
  if (triggersOf(ss, RESUME_HANDLER).length === 0)
    ScriptApp.newTrigger(RESUME_HANDLER).forSpreadsheet(ss).onOpen().create();
}

export function dropResumeTrigger(ss: Spreadsheet): void {
  for (const trigger of triggersOf(ss, RESUME_HANDLER)) ScriptApp.deleteTrigger(trigger);
}
