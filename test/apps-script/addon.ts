// Builds the add-on and loads Code.js into a bare vm context wired to the in-memory fakes of the Google services.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { buildAddon, type AddonBuild } from "../../apps-script/build.ts";
import type { Cell } from "../../shared/cells.ts";
import { CallLog } from "./fakes/callLog.ts";
import { ChartType } from "./fakes/charts.ts";
import { fakeFormApp, type FakeForm } from "./fakes/forms.ts";
import {
  FakeLock,
  FakeProperties,
  fakeHtmlService,
  fakeScriptApp,
  fakeSession,
  fakeUrlFetchApp,
  type FakeTrigger,
  type FetchHandler,
  type FetchRequest,
} from "./fakes/services.ts";
import type { FakeSheet } from "./fakes/sheet.ts";
import { FakeSpreadsheet, fakeSpreadsheetApp } from "./fakes/spreadsheet.ts";

export interface BuiltAddon {
  readonly build: AddonBuild;
  readonly code: string;
  readonly files: Record<string, string>;
}

let built: Promise<BuiltAddon> | undefined;

/** Builds once per test file into a temporary directory (never the shared dist/). */
export function builtAddon(): Promise<BuiltAddon> {
  built ??= (async () => {
    const build = await buildAddon(await mkdtemp(join(tmpdir(), "marshrut-addon-")));
    const [code, sidebar] = await Promise.all([
      readFile(build.codeFile, "utf8"),
      readFile(build.sidebarFile, "utf8"),
    ]);
    return { build, code, files: { "sidebar.html": sidebar } };
  })();
  return built;
}

export interface AddonEnv {
  readonly ss: FakeSpreadsheet;
  readonly log: CallLog;
  readonly props: FakeProperties;
  readonly lock: FakeLock;
  readonly triggers: FakeTrigger[];
  readonly forms: FakeForm[];
  readonly requests: FetchRequest[];
  readonly context: vm.Context;
  fetch: FetchHandler;
  user: { active: string; effective: string };
  /** Calls a top-level function as google.script.run does: arguments and result go through JSON. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
  /** Calls a top-level function directly (menus, triggers), with the given arguments as they are. */
  invoke(name: string, ...args: unknown[]): unknown;
  /** Appends a response row to the form's sheet and fires the form-submit triggers, as Google does. */
  submit(sheet: FakeSheet, row: Cell[]): number;
  /** Fires every clock trigger once. */
  tick(): void;
}

export function loadAddon(
  addon: BuiltAddon,
  sheets: readonly { name: string; rows: readonly (readonly Cell[])[] }[] = [],
): AddonEnv {
  const log = new CallLog();
  const ss = new FakeSpreadsheet(log);
  for (const sheet of sheets) ss.addSheet(sheet.name, sheet.rows);
  const props = new FakeProperties(log);
  const lock = new FakeLock(log);
  const triggers: FakeTrigger[] = [];
  const forms: FakeForm[] = [];
  const requests: FetchRequest[] = [];
  const env = {
    fetch: (() => ({ code: 200, body: "{}" })) as FetchHandler,
    user: { active: "metodist@odin.ru", effective: "metodist@odin.ru" },
  };
  const context = vm.createContext({
    SpreadsheetApp: fakeSpreadsheetApp(log, ss),
    PropertiesService: {
      getDocumentProperties: () => (
        log.record("properties", "PropertiesService.getDocumentProperties"),
        props
      ),
    },
    LockService: { getDocumentLock: () => (log.record("lock", "LockService.getDocumentLock"), lock) },
    ScriptApp: fakeScriptApp(log, ss, triggers),
    UrlFetchApp: fakeUrlFetchApp(log, requests, () => env.fetch),
    FormApp: fakeFormApp(log, ss, forms),
    HtmlService: fakeHtmlService(log, addon.files),
    Session: fakeSession(log, env.user),
    Charts: { ChartType },
  });
  (vm.runInContext("Date", context) as DateConstructor).now = () => log.now;
  vm.runInContext(addon.code, context, { filename: "Code.js" });
  const toVm = vm.runInContext("JSON.parse", context) as (text: string) => unknown[];

  const invoke = (name: string, ...args: unknown[]) => {
    const fn = context[name] as ((...a: unknown[]) => unknown) | undefined;
    if (typeof fn !== "function") throw new Error(`no top-level function ${name}`);
    return fn(...args);
  };
  return Object.assign(env, {
    ss,
    log,
    props,
    lock,
    triggers,
    forms,
    requests,
    context,
    invoke,
    call: <T>(name: string, ...args: unknown[]) => {
      const result = invoke(name, ...toVm(JSON.stringify(args)));
      return (result === undefined ? undefined : JSON.parse(JSON.stringify(result))) as T;
    },
    submit: (sheet: FakeSheet, row: Cell[]) => {
      sheet.appendRow(row);
      const at = sheet.grid.lastRow();
      const range = sheet.getRange(at, 1, 1, row.length);
      for (const trigger of triggers.filter((t) => t.kind === "ON_FORM_SUBMIT"))
        invoke(trigger.getHandlerFunction(), {
          range,
          values: row.map(String),
          namedValues: {},
          triggerUid: trigger.getUniqueId(),
          authMode: "FULL",
        });
      return at;
    },
    tick: () => {
      for (const trigger of triggers.filter((t) => t.kind === "CLOCK"))
        invoke(trigger.getHandlerFunction(), { triggerUid: trigger.getUniqueId(), authMode: "FULL" });
    },
  });
}
