// The faked Google: spreadsheets, users, triggers, property stores and locks, and the add-on's code in one vm,
// entered only through the platform's entry points (simple triggers, menus, the sidebar, installable triggers), as an
// Editor add-on or as a script bound to the spreadsheet (env.ts says how the two differ).
import vm from "node:vm";
import type { Cell } from "../../../shared/cells.ts";
import type { AuthMode } from "./authModes.ts";
import { CallLog } from "./callLog.ts";
import { ChartType } from "./charts.ts";
import { fakeFormApp, handMadeForm, type FakeForm } from "./forms.ts";
import { fakeHtmlService } from "./html.ts";
import { Locks } from "./lock.ts";
import { Mailbox } from "./mail.ts";
import {
  consentScreen,
  openMode,
  oneTriggerPerKind,
  runsOnInstall,
  triggersFire,
  type ScriptEnv,
} from "./env.ts";
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
import { fakeUtilities } from "./utilities.ts";

export interface AddonCode {
  readonly code: string;
  /** The project's HTML files (HtmlService.createHtmlOutputFromFile): none in either build of Маршрут. */
  readonly files: Record<string, string>;
  readonly manifest: Manifest;
}

export interface GoogleOptions {
  /** An Editor add-on (default) or a script bound to the spreadsheet. */
  readonly env?: ScriptEnv;
  /** An add-on run as a test deployment: its installable triggers never fire. */
  readonly testDeployment?: boolean;
  /** The runtime's Intl (a stand-in without time zones shows what the add-on does without them). */
  readonly intl?: typeof Intl;
}

/** A consent request the platform showed before running what a person started. */
export interface AuthPrompt {
  readonly user: string;
  readonly screen: "unverified" | "consent";
  readonly scopes: readonly string[];
  /** The function the person started (a menu item). */
  readonly entry: string;
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
  readonly env: ScriptEnv;
  /** Consent screens shown to people, in order. */
  readonly prompts: AuthPrompt[] = [];
  /** Whether a person shown the consent screen allows access (false: they close it, nothing runs). */
  consent = true;
  /** A bound script's spreadsheet: its code runs there and nowhere else. */
  boundTo: FakeSpreadsheet | null = null;
  context!: vm.Context;
  private toVm!: (text: string) => unknown;

  constructor(
    addon: AddonCode,
    private readonly options: GoogleOptions = {},
  ) {
    this.env = options.env ?? "addon";
    this.platform = new Platform(this.log, addon.manifest);
    this.properties = new PropertyStores(this.platform);
    this.locks = new Locks(this.platform);
    this.mail = new Mailbox(this.platform);
    this.load(addon);
  }

  /** The project's code in a fresh vm over the same Google: spreadsheets, stores, triggers and grants stay. */
  private load(addon: AddonCode): void {
    const byId = (id: string) => this.spreadsheets.find((ss) => ss.id === id);
    this.context = vm.createContext({
      SpreadsheetApp: fakeSpreadsheetApp(this.platform, byId),
      PropertiesService: this.properties.service(),
      LockService: this.locks.service(),
      ScriptApp: fakeScriptApp(this.platform, this.triggers, oneTriggerPerKind(this.env)),
      UrlFetchApp: fakeUrlFetchApp(this.platform, this.requests, () => this.fetch),
      FormApp: fakeFormApp(this.platform, this.forms, byId),
      HtmlService: fakeHtmlService(this.platform, addon.files),
      MailApp: this.mail.service(),
      Session: fakeSession(this.platform),
      Utilities: fakeUtilities(this.platform),
      Charts: { ChartType },
    });
    if (this.options.intl) this.context.Intl = this.options.intl;
    // The simulated clock: Date.now() and new Date() in the add-on are the fakes' time.
    this.context.__now = () => this.log.now;
    vm.runInContext(
      "Date = class extends Date { constructor(...a) { a.length ? super(...a) : super(__now()); } static now() { return __now(); } };",
      this.context,
    );
    vm.runInContext(addon.code, this.context, { filename: "Code.js" });
    this.toVm = vm.runInContext("JSON.parse", this.context) as (text: string) => unknown;
  }

  /**
   * A new release replaces the code and the manifest (the methodist pastes Code.gs and appsscript.json again; a
   * Marketplace add-on gets a new version): spreadsheets, property stores, triggers and each user's grants stay.
   */
  upgrade(addon: AddonCode): void {
    this.platform.manifest = addon.manifest;
    this.load(addon);
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
    if (this.boundTo && spec.document && spec.document !== this.boundTo)
      throw new Error("fake: this script is bound to another spreadsheet; paste it there to use it");
    return this.platform.run(spec, () => this.entry(name)(...args) as T);
  }

  /** A person opens the file: the simple onOpen(e) (see env.ts for its mode), then the file's open triggers. */
  open(ss: FakeSpreadsheet, user: string): void {
    const authMode: AuthMode | null = openMode(this.env, this.installed.has(user), this.enabled.has(ss.id));
    if (authMode) {
      this.run(
        { kind: "simple trigger", authMode, user, activeUser: user, document: ss, interactive: true },
        "onOpen",
        [{ authMode, source: authMode === "NONE" ? undefined : ss, user }],
      );
    }
    for (const trigger of this.triggersOf(ss, "ON_OPEN"))
      this.fire(trigger, ss, { authMode: "FULL", source: ss, triggerUid: trigger.id });
  }

  /** Installing from the Marketplace with the file open: the consent screen, then onInstall(e) in FULL. */
  install(ss: FakeSpreadsheet, user: string): void {
    if (!runsOnInstall(this.env))
      throw new Error("fake: a bound script is pasted, never installed: no onInstall");
    this.prompts.push({
      user,
      screen: consentScreen(this.env),
      scopes: this.platform.missingScopes(user),
      entry: "onInstall",
    });
    this.platform.grant(user);
    this.installed.add(user);
    this.enabled.add(ss.id);
    this.run(
      { kind: "simple trigger", authMode: "FULL", user, activeUser: user, document: ss, interactive: true },
      "onInstall",
      [{ authMode: "FULL" }],
    );
  }

  /**
   * A menu item (or any function a person starts in the file): FULL, with the Ui. When the manifest declares a scope
   * the person has not granted, the platform first shows the consent screen (for a bound script, «Приложение не
   * проверено» before it); closed, nothing runs.
   */
  menu(ss: FakeSpreadsheet, user: string, name: string, ...args: unknown[]): unknown {
    const missing = this.platform.missingScopes(user);
    if (missing.length > 0) {
      this.prompts.push({ user, screen: consentScreen(this.env), scopes: missing, entry: name });
      if (!this.consent) return undefined;
      this.platform.grant(user);
    }
    this.enabled.add(ss.id);
    return this.run(
      { kind: "user", authMode: "FULL", user, activeUser: user, document: ss, interactive: true },
      name,
      args,
    );
  }

  /**
   * google.script.run from the file's sidebar: arguments and result pass its rule; a failure is the thrown message.
   * An open sidebar asks for no consent: its calls run with what the person granted.
   */
  scriptRun<T>(ss: FakeSpreadsheet, user: string, name: string, args: unknown[]): T {
    const sent = this.toVm(JSON.stringify(passScriptRun(args))) as unknown[];
    this.enabled.add(ss.id);
    const result = this.run(
      { kind: "user", authMode: "FULL", user, activeUser: user, document: ss, interactive: true },
      name,
      sent,
    );
    return (result === undefined ? null : passScriptRun(result)) as T;
  }

  /**
   * Google Forms adds the answer as a new row — or, for an edited answer, replaces its row `at` — with values as
   * they are (no formulas), then the file's form-submit triggers run. The response keeps its time to the millisecond
   * (`row[0]` plus `ms`); the sheet's «Отметка времени» shows it to the second.
   */
  submit(sheet: FakeSheet, row: Cell[], at = sheet.grid.lastRow() + 1, ms = 437): number {
    const form = this.forms.find((f) => f.sheet === sheet);
    if (form && !form.published) throw new Error("fake: the form is not published and accepts no responses");
    const stamp = row[0];
    if (stamp instanceof Date) {
      const exact = new Date(stamp.getTime() + ms);
      if (form) form.record(at, exact, form.collectEmail ? String(row[1] ?? "") : "");
      row = [new Date(Math.floor(exact.getTime() / 1000) * 1000), ...row.slice(1)];
    }
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

  /** A form the methodist made and linked by hand (editing off, as Forms leaves it). */
  handMadeForm(ss: FakeSpreadsheet, questions: readonly string[]): FakeForm {
    return handMadeForm(this.platform, this.forms, ss, questions, (id) =>
      this.spreadsheets.find((s) => s.id === id),
    );
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

  /** Runs one installable trigger of a document as its owner (FULL, no Ui); a test deployment fires none. */
  fire(trigger: FakeTrigger, ss: FakeSpreadsheet, event: Record<string, unknown>): void {
    if (!triggersFire(this.env, this.options.testDeployment ?? false)) return;
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
