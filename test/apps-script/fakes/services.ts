// Fakes of the non-Sheets services the add-on uses: properties (with quotas), lock, triggers, fetch, HTML, session.
import type { CallLog } from "./callLog.ts";
import type { FakeSpreadsheet } from "./spreadsheet.ts";

const VALUE_LIMIT = 9 * 1024;
const TOTAL_LIMIT = 500 * 1024;
const bytes = (text: string) => Buffer.byteLength(text, "utf8");

export class FakeProperties {
  readonly data = new Map<string, string>();
  constructor(private readonly log: CallLog) {}
  private call(method: string) {
    this.log.record("properties", `Properties.${method}`);
  }
  private check(next: Map<string, string>) {
    for (const [key, value] of next)
      if (bytes(key) + bytes(value) > VALUE_LIMIT) throw new Error(`Exception: Argument too large: value`);
    const total = [...next].reduce((sum, [k, v]) => sum + bytes(k) + bytes(v), 0);
    if (total > TOTAL_LIMIT)
      throw new Error(
        "Exception: You have exceeded the property storage quota. Please remove some properties and try again.",
      );
  }
  getProperty(key: string) {
    this.call("getProperty");
    return this.data.get(key) ?? null;
  }
  getProperties() {
    this.call("getProperties");
    return Object.fromEntries(this.data);
  }
  getKeys() {
    this.call("getKeys");
    return [...this.data.keys()];
  }
  setProperty(key: string, value: string) {
    this.call("setProperty");
    return this.setProperties({ [key]: value }, false, false);
  }
  setProperties(values: Record<string, string>, deleteAllOthers = false, count = true) {
    if (count) this.call("setProperties");
    const next = new Map(deleteAllOthers ? [] : this.data);
    for (const [key, value] of Object.entries(values)) next.set(key, String(value));
    this.check(next);
    this.data.clear();
    for (const [key, value] of next) this.data.set(key, value);
    return this;
  }
  deleteProperty(key: string) {
    this.call("deleteProperty");
    this.data.delete(key);
    return this;
  }
}

/** The document lock; `heldElsewhere` simulates another execution holding it. */
export class FakeLock {
  held = false;
  heldElsewhere = false;
  constructor(private readonly log: CallLog) {}
  tryLock(ms: number) {
    this.log.record("lock", "Lock.tryLock");
    if (this.heldElsewhere) {
      this.log.now += ms;
      return false;
    }
    this.held = true;
    return true;
  }
  waitLock(ms: number) {
    if (!this.tryLock(ms))
      throw new Error("Exception: Lock timeout: another process was holding the lock for too long.");
  }
  hasLock() {
    this.log.record("lock", "Lock.hasLock");
    return this.held;
  }
  releaseLock() {
    this.log.record("lock", "Lock.releaseLock");
    this.held = false;
  }
}

let nextTrigger = 1;
export interface FakeTrigger {
  getHandlerFunction(): string;
  getUniqueId(): string;
  getEventType(): string;
  readonly kind: "CLOCK" | "ON_FORM_SUBMIT";
  readonly everyMs: number;
}

/** ScriptApp's triggers with the add-on limits: one per kind per document, clocks at most hourly. */
export function fakeScriptApp(log: CallLog, ss: FakeSpreadsheet, triggers: FakeTrigger[]) {
  const make = (handler: string, kind: FakeTrigger["kind"], everyMs = 0) => {
    log.record("script", "TriggerBuilder.create");
    if (triggers.some((t) => t.kind === kind))
      throw new Error(
        `Exception: This add-on has created too many ${kind === "CLOCK" ? "time-based" : "form-submit"} triggers in this document for this Google user account.`,
      );
    const id = String(nextTrigger++);
    const trigger: FakeTrigger = {
      kind,
      everyMs,
      getHandlerFunction: () => handler,
      getUniqueId: () => id,
      getEventType: () => kind,
    };
    triggers.push(trigger);
    return trigger;
  };
  const hourly = (ms: number) => {
    if (ms < 3_600_000)
      throw new Error(
        "Exception: Add-ons can't create time-based triggers that run more often than once an hour.",
      );
  };
  return {
    EventType: { CLOCK: "CLOCK", ON_FORM_SUBMIT: "ON_FORM_SUBMIT" },
    AuthMode: { NONE: "NONE", LIMITED: "LIMITED", FULL: "FULL" },
    getProjectTriggers: () => (log.record("script", "ScriptApp.getProjectTriggers"), [...triggers]),
    deleteTrigger: (trigger: FakeTrigger) => {
      log.record("script", "ScriptApp.deleteTrigger");
      const index = triggers.findIndex((t) => t.getUniqueId() === trigger.getUniqueId());
      if (index >= 0) triggers.splice(index, 1);
    },
    newTrigger: (handler: string) => {
      log.record("script", "ScriptApp.newTrigger");
      return {
        forSpreadsheet: (target: FakeSpreadsheet | string) => {
          if (target !== ss && target !== ss.id) throw new Error("fake: trigger for another spreadsheet");
          return { onFormSubmit: () => ({ create: () => make(handler, "ON_FORM_SUBMIT") }) };
        },
        timeBased: () => ({
          everyHours: (n: number) => ({
            create: () => (hourly(n * 3_600_000), make(handler, "CLOCK", n * 3_600_000)),
          }),
          everyMinutes: (n: number) => ({
            create: () => (hourly(n * 60_000), make(handler, "CLOCK", n * 60_000)),
          }),
          after: (ms: number) => ({ create: () => (hourly(ms), make(handler, "CLOCK", ms)) }),
        }),
      };
    },
  };
}

export interface FetchRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  contentType: string;
  payload: string;
}
export type FetchHandler = (request: FetchRequest) => { code: number; body: string };

export function fakeUrlFetchApp(log: CallLog, requests: FetchRequest[], handler: () => FetchHandler) {
  return {
    fetch: (
      url: string,
      params: {
        method?: string;
        headers?: Record<string, string>;
        contentType?: string;
        payload?: string;
        muteHttpExceptions?: boolean;
      } = {},
    ) => {
      log.record("fetch", "UrlFetchApp.fetch");
      const request: FetchRequest = {
        url,
        method: (params.method ?? "get").toLowerCase(),
        headers: { ...params.headers },
        contentType: params.contentType ?? "",
        payload: String(params.payload ?? ""),
      };
      requests.push(request);
      const { code, body } = handler()(request);
      if (code >= 400 && !params.muteHttpExceptions)
        throw new Error(
          `Exception: Request failed for ${url} returned code ${code}. Truncated server response: ${body.slice(0, 100)}`,
        );
      return { getResponseCode: () => code, getContentText: () => body, getHeaders: () => ({}) };
    },
  };
}

export function fakeHtmlService(log: CallLog, files: Record<string, string>) {
  const output = (content: string) => {
    let title = "";
    let text = content;
    const html = {
      setTitle: (t: string) => ((title = t), html),
      getTitle: () => title,
      append: (more: string) => ((text += more), html),
      getContent: () => text,
      setWidth: () => html,
    };
    return html;
  };
  return {
    createHtmlOutputFromFile: (name: string) => {
      log.record("html", "HtmlService.createHtmlOutputFromFile");
      const content = files[`${name}.html`];
      if (content === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
      return output(content);
    },
    createHtmlOutput: (content = "") => (log.record("html", "HtmlService.createHtmlOutput"), output(content)),
  };
}

export function fakeSession(log: CallLog, user: { active: string; effective: string }) {
  return {
    getActiveUser: () => (log.record("session", "Session.getActiveUser"), { getEmail: () => user.active }),
    getEffectiveUser: () => (
      log.record("session", "Session.getEffectiveUser"),
      { getEmail: () => user.effective }
    ),
  };
}
