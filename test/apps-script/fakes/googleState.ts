// The faked Google's state — spreadsheets, users and their grants, triggers, property stores, locks, forms, mail —
// and the project's code loaded over it in one vm; google.ts enters that code as the platform does.
import vm from "node:vm";
import type { Cell } from "../../../shared/cells.ts";
import { CallLog } from "./callLog.ts";
import { ChartType } from "./charts.ts";
import { oneTriggerPerKind, type ScriptEnv } from "./env.ts";
import { fakeFormApp, handMadeForm } from "./formApp.ts";
import type { FakeForm } from "./forms.ts";
import { fakeHtmlService } from "./html.ts";
import { Locks } from "./lock.ts";
import { Mailbox } from "./mail.ts";
import type { Manifest } from "./manifest.ts";
import { Platform } from "./platform.ts";
import { PropertyStores } from "./properties.ts";
import { fakeSession } from "./session.ts";
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

export class GoogleState {
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
  protected toVm!: (text: string) => unknown;

  constructor(
    addon: AddonCode,
    protected readonly options: GoogleOptions = {},
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

  protected entry(name: string): (...args: unknown[]) => unknown {
    const fn = this.context[name] as ((...a: unknown[]) => unknown) | undefined;
    if (typeof fn !== "function") throw new Error(`no top-level function ${name}`);
    return fn;
  }

  /** A form the methodist made and linked by hand (editing off, as Forms leaves it). */
  handMadeForm(ss: FakeSpreadsheet, questions: readonly string[]): FakeForm {
    return handMadeForm(this.platform, this.forms, ss, questions, (id) =>
      this.spreadsheets.find((s) => s.id === id),
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
