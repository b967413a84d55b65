// A fake ScriptApp: installable triggers owned by a user and a document, with the add-on restrictions (a bound
// script has only the per-user limit), and whether the user granted the manifest's scopes.
// https://developers.google.com/apps-script/reference/script/script-app
// https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
//   "Each add-on can only have one trigger of each type, per user, per document."
//   "Add-ons can only create triggers for the file in which the add-on is used."
//   "Time-driven triggers cannot run more frequently than once per hour."
import type { Platform } from "./platform.ts";
import type { FakeSpreadsheet } from "./spreadsheet.ts";

export type EventType = "ON_OPEN" | "ON_FORM_SUBMIT" | "CLOCK";

/** "Triggers: 20 / user / script". https://developers.google.com/apps-script/guides/services/quotas */
export const TRIGGERS_PER_USER = 20;

let nextTrigger = 1;

export class FakeTrigger {
  readonly id = String(nextTrigger++);
  constructor(
    private readonly platform: Platform,
    readonly handler: string,
    readonly kind: EventType,
    readonly owner: string,
    /** The document it belongs to (a clock trigger made in a document counts for that document). */
    readonly documentId: string,
    readonly everyMs = 0,
  ) {}
  getHandlerFunction() {
    this.platform.guard("script", "Trigger.getHandlerFunction");
    return this.handler;
  }
  getUniqueId() {
    this.platform.guard("script", "Trigger.getUniqueId");
    return this.id;
  }
  getEventType() {
    this.platform.guard("script", "Trigger.getEventType");
    return this.kind;
  }
  getTriggerSourceId() {
    this.platform.guard("script", "Trigger.getTriggerSourceId");
    return this.kind === "CLOCK" ? null : this.documentId;
  }
}

const HOUR = 3_600_000;
/** The spreadsheet (or its id) a trigger is made for; null for a clock. */
type Target = FakeSpreadsheet | string | null;

/**
 * Whether the run's user granted every scope of the manifest. "In almost all cases, scripts should call
 * ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL), since no other authorization mode requires that users
 * grant authorization." https://developers.google.com/apps-script/reference/script/authorization-info
 */
function authorizationInfo(platform: Platform, mode: string) {
  const run = platform.guard("script", "ScriptApp.getAuthorizationInfo");
  const missing = mode === "FULL" ? platform.missingScopes(run.user) : [];
  const granted = [...platform.granted(run.user)];
  const call = (method: string) => platform.guard("script", `AuthorizationInfo.${method}`);
  return {
    getAuthorizationStatus: () => (
      call("getAuthorizationStatus"),
      missing.length > 0 ? "REQUIRED" : "NOT_REQUIRED"
    ),
    /** null when nothing is to be authorised. */
    getAuthorizationUrl: () => (
      call("getAuthorizationUrl"),
      missing.length > 0 ? `https://script.google.com/macros/d/fake-script/authorize` : null
    ),
    getAuthorizedScopes: () => (call("getAuthorizedScopes"), granted),
  };
}

export function fakeScriptApp(platform: Platform, triggers: FakeTrigger[], onePerKind = true) {
  const create = (handler: string, kind: EventType, target: Target, everyMs = 0) => {
    const run = platform.guard("script", "TriggerBuilder.create");
    const document = run.document;
    const other =
      typeof target === "string" ? target !== document?.id : target !== null && target !== document;
    if (!document || other)
      throw new Error("Exception: Add-ons can only create triggers for the document in which they are used.");
    if (kind === "CLOCK" && everyMs < HOUR)
      throw new Error(
        "Exception: Add-ons can't create time-based triggers that run more frequently than once per hour.",
      );
    const mine = triggers.filter((t) => t.owner === run.user);
    if (onePerKind && mine.some((t) => t.kind === kind && t.documentId === document.id))
      throw new Error(
        `Exception: This add-on has created too many ${kind === "CLOCK" ? "time-based" : kind === "ON_OPEN" ? "open" : "form-submit"} triggers in this document for this Google user account.`,
      );
    if (mine.length >= TRIGGERS_PER_USER)
      throw new Error(
        "Exception: This script has too many triggers. Triggers must be deleted from the script before more can be added.",
      );
    const trigger = new FakeTrigger(platform, handler, kind, run.user, document.id, everyMs);
    triggers.push(trigger);
    return trigger;
  };
  const builder = (kind: EventType, target: Target, handler: string, everyMs = 0) => ({
    create: () => create(handler, kind, target, everyMs),
  });
  return {
    EventType: { CLOCK: "CLOCK", ON_OPEN: "ON_OPEN", ON_FORM_SUBMIT: "ON_FORM_SUBMIT" },
    AuthMode: { NONE: "NONE", LIMITED: "LIMITED", FULL: "FULL" },
    AuthorizationStatus: { REQUIRED: "REQUIRED", NOT_REQUIRED: "NOT_REQUIRED" },
    getAuthorizationInfo: (mode: string) => authorizationInfo(platform, mode),
    /** The current user's triggers of this add-on in every document. */
    getProjectTriggers: () => {
      const run = platform.guard("script", "ScriptApp.getProjectTriggers");
      return triggers.filter((t) => t.owner === run.user);
    },
    /** The current user's triggers of this add-on in one document. */
    getUserTriggers: (ss: FakeSpreadsheet) => {
      const run = platform.guard("script", "ScriptApp.getUserTriggers");
      if (!ss || typeof ss.getId !== "function")
        throw new Error(
          "Exception: The parameters (null) don't match the method signature for ScriptApp.getUserTriggers.",
        );
      return triggers.filter((t) => t.owner === run.user && t.documentId === ss.id);
    },
    deleteTrigger: (trigger: FakeTrigger) => {
      const run = platform.guard("script", "ScriptApp.deleteTrigger");
      const index = triggers.findIndex((t) => t.id === trigger.id && t.owner === run.user);
      if (index >= 0) triggers.splice(index, 1);
    },
    newTrigger: (handler: string) => {
      platform.guard("script", "ScriptApp.newTrigger");
      return {
        forSpreadsheet: (target: FakeSpreadsheet | string) => ({
          onOpen: () => builder("ON_OPEN", target, handler),
          onFormSubmit: () => builder("ON_FORM_SUBMIT", target, handler),
        }),
        timeBased: () => ({
          everyHours: (n: number) => builder("CLOCK", null, handler, n * HOUR),
          everyMinutes: (n: number) => builder("CLOCK", null, handler, n * 60_000),
          after: (ms: number) => builder("CLOCK", null, handler, ms),
        }),
      };
    },
  };
}
