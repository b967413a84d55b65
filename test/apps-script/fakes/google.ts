// The faked Google: spreadsheets, users, triggers, property stores and locks, and the add-on's code in one vm,
// entered only through the platform's entry points (simple triggers, menus, the sidebar, installable triggers).
import vm from "node:vm";
import type { Cell } from "../../../shared/cells.ts";
import type { AuthMode } from "./authModes.ts";
import { CallLog } from "./callLog.ts";
import { ChartType } from "./charts.ts";
import { fakeFormApp, type FakeForm } from "./forms.ts";
import { fakeHtmlService } from "./html.ts";
import { Locks } from "./lock.ts";
import { Mailbox } from "./mail.ts";
import type { Manifest } from "./manifest.ts";
import { Platform, type Execution, type RunKind } from "./platform.ts";
import { PropertyStores } from "./properties.ts";
import { FakeRange } from "./range.ts";
import { passScriptRun } from "./scriptRun.ts";
import { fakeSession } from "./session.ts";
import type { FakeSheet } from "./sheet.ts";
import { FakeSpreadsheet } from "./spreadsheet.ts";
import { fakeSpreadsheetApp } from "./spreadsheetApp.ts";
import { fakeScriptApp, FakeTrigger, type EventType } from "./triggers.ts";
import { fakeUrlFetchApp, type FetchHandler, type FetchRequest } from "./urlFetch.ts";

export interface AddonCode {
  readonly code: string;
  readonly files: Record<string, string>;
  readonly manifest: Manifest;
}

export class FakeGoogle {
  readonly log = new CallLog();
  readonly platform: Platform;
  readonly spreadsheets: FakeSpreadsheet[] = [];
  readonly triggers: FakeTrigger[] = [];
  readonly properties: PropertyStores;
  readonly locks: Locks;
  readonly forms: FakeForm[] = [];
  readonly mail: Mailbox;
  readonly requests: FetchRequest[] = [];
  fetch: FetchHandler = () => ({ code: 200, body: "{}" });
  /** Users who installed the add-on, and files where someone used it (Editor add-on states). */
  readonly installed = new Set<string>();
  readonly enabled = new Set<string>();
  readonly context: vm.Context;
  private readonly toVm: (text: string) => unknown;

  constructor(addon: AddonCode) {
    this.platform = new Platform(this.log, addon.manifest);
    this.properties = new PropertyStores(this.platform);
    this.locks = new Locks(this.platform);
    this.mail = new Mailbox(this.platform);
    const byId = (id: string) => this.spreadsheets.find((ss) => ss.id === id);
    this.context = vm.createContext({
      SpreadsheetApp: fakeSpreadsheetApp(this.platform, byId),
      PropertiesService: this.properties.service(),
      LockService: this.locks.service(),
      ScriptApp: fakeScriptApp(this.platform, this.triggers),
      UrlFetchApp: fakeUrlFetchApp(this.platform, this.requests, () => this.fetch),
      FormApp: fakeFormApp(this.platform, this.forms, byId),
      HtmlService: fakeHtmlService(this.platform, addon.files),
      MailApp: this.mail.service(),
      Session: fakeSession(this.platform),
      Charts: { ChartType },
    });
    // The simulated clock: Date.now() and new Date() in the add-on are the fakes' time.
    this.context.__now = () => this.log.now;
    vm.runInContext(
      "Date = class extends Date { constructor(...a) { a.length ? super(...a) : super(__now()); } static now() { return __now(); } };",
      this.context,
    );
    vm.runInContext(addon.code, this.context, { filename: "Code.js" });
    this.toVm = vm.runInContext("JSON.parse", this.context) as (text: string) => unknown;
  }

  /** A new spreadsheet of `owner` (test set-up, not counted). */
  spreadsheet(
    sheets: readonly { name: string; rows: readonly (readonly Cell[])[] }[],
    timeZone?: string,
    name?: string,
  ) {
    const ss = new FakeSpreadsheet(this.platform, name, timeZone);
    for (const sheet of sheets) ss.addSheet(sheet.name, sheet.rows);
    this.spreadsheets.push(ss);
    return ss;
  }

  private entry(name: string): (...args: unknown[]) => unknown {
    const fn = this.context[name] as ((...a: unknown[]) => unknown) | undefined;
    if (typeof fn !== "function") throw new Error(`no top-level function ${name}`);
    return fn;
  }

  private run<T>(spec: Omit<Execution, "deadline" | "dead">, name: string, args: unknown[]): T {
    return this.platform.run(spec, () => this.entry(name)(...args) as T);
  }

  /** A person opens the file: the simple onOpen(e) (NONE until the add-on is used here), then open triggers. */
  open(ss: FakeSpreadsheet, user: string): void {
    if (this.installed.has(user) || this.enabled.has(ss.id)) {
      const authMode: AuthMode = this.enabled.has(ss.id) ? "LIMITED" : "NONE";
      this.run(
        { kind: "simple trigger", authMode, user, activeUser: user, document: ss, interactive: true },
        "onOpen",
        [{ authMode, source: authMode === "NONE" ? undefined : ss, user }],
      );
    }
    for (const trigger of this.triggersOf(ss, "ON_OPEN"))
      this.fire(trigger, ss, { authMode: "FULL", source: ss, triggerUid: trigger.id });
  }

  /** Installing from the Marketplace with the file open: onInstall(e) in FULL. */
  install(ss: FakeSpreadsheet, user: string): void {
    this.installed.add(user);
    this.enabled.add(ss.id);
    this.run(
      { kind: "simple trigger", authMode: "FULL", user, activeUser: user, document: ss, interactive: true },
      "onInstall",
      [{ authMode: "FULL" }],
    );
  }

  /** A menu item (or any function a person starts in the file): FULL, with the Ui. */
  menu(ss: FakeSpreadsheet, user: string, name: string, ...args: unknown[]): unknown {
    this.enabled.add(ss.id);
    return this.run(
      { kind: "user", authMode: "FULL", user, activeUser: user, document: ss, interactive: true },
      name,
      args,
    );
  }

  /** google.script.run from the file's sidebar: arguments and result pass its rule; a failure is the thrown message. */
  scriptRun<T>(ss: FakeSpreadsheet, user: string, name: string, args: unknown[]): T {
    const sent = this.toVm(JSON.stringify(passScriptRun(args)));
    const result = this.menu(ss, user, name, ...(sent as unknown[]));
    return (result === undefined ? null : passScriptRun(result)) as T;
  }

  /**
   * Google Forms adds the answer as a new row — or, for an edited answer, replaces its row `at` — with values as
   * they are (no formulas), then the file's form-submit triggers run.
   */
  submit(sheet: FakeSheet, row: Cell[], at = sheet.grid.lastRow() + 1): number {
    const form = this.forms.find((f) => f.sheet === sheet);
    if (form && row[0] instanceof Date)
      form.record(at, row[0], form.collectEmail ? String(row[1] ?? "") : "");
    row.forEach((v, c) => sheet.grid.setValue(at, c + 1, v));
    const ss = sheet.parent;
    for (const trigger of this.triggersOf(ss, "ON_FORM_SUBMIT")) {
      const range = new FakeRange(this.platform, sheet, at, 1, 1, row.length);
      this.fire(trigger, ss, {
        authMode: "FULL",
        source: ss,
        range,
        values: row.map(String),
        namedValues: {},
        triggerUid: trigger.id,
      });
    }
    return at;
  }

  /** Every clock trigger runs once: in FULL, as its owner, in no document. */
  tick(): void {
    for (const trigger of this.triggers.filter((t) => t.kind === "CLOCK"))
      this.run(
        {
          kind: "clock",
          authMode: "FULL",
          user: trigger.owner,
          activeUser: "",
          document: null,
          interactive: false,
        },
        trigger.handler,
        [{ authMode: "FULL", triggerUid: trigger.id }],
      );
  }

  /** Runs one installable trigger of a document as its owner (FULL, no Ui). */
  fire(trigger: FakeTrigger, ss: FakeSpreadsheet, event: Record<string, unknown>): void {
    this.run(
      {
        kind: "installable trigger",
        authMode: "FULL",
        user: trigger.owner,
        activeUser: "",
        document: ss,
        interactive: false,
      },
      trigger.handler,
      [event],
    );
  }

  /**
   * A test's probe of the platform: `code` in the add-on's global scope as one execution of `kind` by `user` (a
   * person's run in `ss`, in FULL, by default).
   */
  evaluate(
    ss: FakeSpreadsheet,
    user: string,
    code: string,
    kind: RunKind = "user",
    authMode: AuthMode = "FULL",
  ) {
    const person = kind === "user" || kind === "simple trigger";
    return this.platform.run(
      {
        kind,
        authMode,
        user,
        activeUser: person ? user : "",
        document: kind === "clock" ? null : ss,
        interactive: person,
      },
      () => vm.runInContext(code, this.context) as unknown,
    );
  }

  /** Test set-up: a trigger `owner` made earlier (as the add-on makes it), without running the add-on. */
  addTrigger(ss: FakeSpreadsheet, owner: string, handler: string, kind: EventType): FakeTrigger {
    const trigger = new FakeTrigger(this.platform, handler, kind, owner, ss.id);
    this.triggers.push(trigger);
    return trigger;
  }

  triggersOf(ss: FakeSpreadsheet, kind: EventType): FakeTrigger[] {
    return this.triggers.filter((t) => t.kind === kind && t.documentId === ss.id);
  }
}
