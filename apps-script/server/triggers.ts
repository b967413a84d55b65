// Installable triggers, looked up before being created: the form-submit check and the hourly clock for resumed work.

/** Add-ons may have one trigger of each kind per user and document, and a clock trigger at most hourly. */
export const CLOCK_HANDLER = "onClock";
export const FORM_SUBMIT_HANDLER = "onFormSubmitHandler";

const triggersOf = (handler: string) =>
  ScriptApp.getProjectTriggers().filter((trigger) => trigger.getHandlerFunction() === handler);

/** The hourly clock that resumes paused jobs and resends kept reports; created once. */
export function ensureClock(): void {
  if (triggersOf(CLOCK_HANDLER).length > 0) return;
  ScriptApp.newTrigger(CLOCK_HANDLER).timeBased().everyHours(1).create();
}

export function dropClock(): void {
  for (const trigger of triggersOf(CLOCK_HANDLER)) ScriptApp.deleteTrigger(trigger);
}

/** The spreadsheet's form-submit trigger; returns whether it had to be created. */
export function ensureFormSubmitTrigger(ss = SpreadsheetApp.getActive()): boolean {
  if (triggersOf(FORM_SUBMIT_HANDLER).length > 0) return false;
  ScriptApp.newTrigger(FORM_SUBMIT_HANDLER).forSpreadsheet(ss).onFormSubmit().create();
  return true;
}
