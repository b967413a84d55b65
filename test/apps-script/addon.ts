// Builds the add-on (for a region's functions URL) and runs it on the strict fakes of Google: one spreadsheet and
// one user per AddonEnv, entered as the platform enters add-ons (menus, the sidebar, simple and installable triggers),
// as an Editor add-on or as the bound script a methodist pasted.
import "./scriptZone.ts";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildAddon, type AddonBuild } from "../../apps-script/build.ts";
import type { Cell } from "../../shared/cells.ts";
import type { AuthMode } from "./fakes/authModes.ts";
import type { CallLog } from "./fakes/callLog.ts";
import type { FakeForm } from "./fakes/forms.ts";
import type { ScriptEnv } from "./fakes/env.ts";
import { FakeGoogle, type AuthPrompt } from "./fakes/google.ts";
import type { FakeLock } from "./fakes/lock.ts";
import type { Mailbox } from "./fakes/mail.ts";
import { parseManifest, type Manifest } from "./fakes/manifest.ts";
import type { RunKind } from "./fakes/platform.ts";
import type { FakeProperties } from "./fakes/properties.ts";
import type { FakeSheet } from "./fakes/sheet.ts";
import type { FakeSpreadsheet } from "./fakes/spreadsheet.ts";
import type { FakeTrigger } from "./fakes/triggers.ts";
import type { FetchHandler, FetchRequest } from "./fakes/urlFetch.ts";
import { FUNCTIONS_URL } from "./settings.ts";

export const METHODIST = "metodist@odin.ru";

export interface BuiltAddon {
  readonly build: AddonBuild;
  readonly code: string;
  /** The project's HTML files: none (the sidebar and every dialog are inlined in the code). */
  readonly files: Record<string, string>;
  /** The sidebar page as HtmlService serves it (for the browser tests). */
  readonly sidebar: string;
  readonly manifest: Manifest;
}

let built: Promise<BuiltAddon> | undefined;

/** Builds once per test file into a temporary directory (never the shared dist/). */
export function builtAddon(): Promise<BuiltAddon> {
  built ??= (async () => {
    const build = await buildAddon(await mkdtemp(join(tmpdir(), "marshrut-addon-")), {
      functionsUrl: FUNCTIONS_URL,
    });
    const [code, manifest] = await Promise.all([
      readFile(build.codeFile, "utf8"),
      readFile(join(build.outDir, "appsscript.json"), "utf8"),
    ]);
    return { build, code, files: {}, sidebar: build.sidebar, manifest: parseManifest(manifest) };
  })();
  return built;
}

export interface AddonEnv {
  readonly google: FakeGoogle;
  readonly ss: FakeSpreadsheet;
  readonly user: string;
  readonly log: CallLog;
  /** The spreadsheet's document properties and document lock. */
  readonly props: FakeProperties;
  readonly lock: FakeLock;
  /** Every installable trigger of every user and document. */
  readonly triggers: FakeTrigger[];
  readonly forms: FakeForm[];
  /** Letters MailApp sent, and the users' daily quotas. */
  readonly mail: Mailbox;
  readonly requests: FetchRequest[];
  fetch: FetchHandler;
  /** A sidebar call through google.script.run: its rule on arguments and result; failures throw the message. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
  /** A function the person starts from the menu (FULL, with the Ui). */
  invoke(name: string, ...args: unknown[]): unknown;
  /** The person opens the file (simple onOpen, then the file's open triggers). */
  open(): void;
  /** The person installs the add-on from the Marketplace with the file open (onInstall). */
  install(): void;
  /**
   * A respondent submits the form (or edits the answer in row `at`); the file's form-submit triggers run. Forms keeps
   * the time with `ms` more milliseconds than the sheet's «Отметка времени» shows.
   */
  submit(sheet: FakeSheet, row: Cell[], at?: number, ms?: number): number;
  /** Every clock trigger runs once. */
  tick(): void;
  /** A probe: `code` run in the add-on's global scope as one execution (a person's FULL run here by default). */
  evaluate(code: string, kind?: RunKind, authMode?: AuthMode): unknown;
  /** The same Google and add-on, in another file or as another user. */
  as(ss: FakeSpreadsheet, user?: string): AddonEnv;
  /** A new release over this one: new code and manifest; files, stores, triggers and grants stay. */
  upgrade(addon: BuiltAddon): void;
  /** Consent screens shown to people so far. */
  readonly prompts: AuthPrompt[];
}

export interface LoadOptions {
  /** The spreadsheet's time zone (File → Settings); Moscow by default. */
  readonly timeZone?: string;
  /** The spreadsheet's name. */
  readonly name?: string;
  readonly user?: string;
  /** Manifest fields to replace (scopes, allowlist), as if another appsscript.json were deployed. */
  readonly manifest?: Partial<Manifest>;
  /** An Editor add-on (default) or the script pasted into the spreadsheet (bound to it). */
  readonly env?: ScriptEnv;
  /** Whether the user already granted the manifest's scopes (and, as an add-on, installed it); true by default. */
  readonly authorized?: boolean;
  /** The runtime's Intl, replaced (e.g. one without time zones). */
  readonly intl?: typeof Intl;
  /** An add-on run as a test deployment (its installable triggers never fire). */
  readonly testDeployment?: boolean;
}

function envOf(google: FakeGoogle, ss: FakeSpreadsheet, user: string): AddonEnv {
  return {
    google,
    ss,
    user,
    log: google.log,
    props: google.properties.document(ss.id),
    lock: google.locks.document(ss.id),
    triggers: google.triggers,
    forms: google.forms,
    mail: google.mail,
    requests: google.requests,
    get fetch() {
      return google.fetch;
    },
    set fetch(handler: FetchHandler) {
      google.fetch = handler;
    },
    call: <T>(name: string, ...args: unknown[]) => google.scriptRun<T>(ss, user, name, args),
    invoke: (name: string, ...args: unknown[]) => google.menu(ss, user, name, ...args),
    open: () => google.open(ss, user),
    install: () => google.install(ss, user),
    submit: (sheet, row, at, ms) => google.submit(sheet, row, at, ms),
    tick: () => google.tick(),
    evaluate: (code, kind, authMode) => google.evaluate(ss, user, code, kind, authMode),
    as: (other, otherUser = user) => envOf(google, other, otherUser),
    upgrade: (addon) => google.upgrade(addon),
    prompts: google.prompts,
  };
}

/**
 * The add-on installed and enabled by the methodist in a spreadsheet of `sheets` — or, with `env: "bound"`, the
 * script pasted into it — and authorised by the methodist unless `authorized: false`.
 */
export function loadAddon(
  addon: BuiltAddon,
  sheets: readonly { name: string; rows: readonly (readonly Cell[])[] }[] = [],
  options: LoadOptions = {},
): AddonEnv {
  const google = new FakeGoogle(
    { ...addon, manifest: { ...addon.manifest, ...options.manifest } },
    {
      ...(options.env ? { env: options.env } : {}),
      ...(options.intl ? { intl: options.intl } : {}),
      ...(options.testDeployment ? { testDeployment: true } : {}),
    },
  );
  const user = options.user ?? METHODIST;
  const ss = google.spreadsheet(sheets, options.timeZone, options.name);
  if (google.env === "bound") google.boundTo = ss;
  if (options.authorized ?? true) {
    google.platform.grant(user);
    if (google.env === "addon") google.installed.add(user);
    google.enabled.add(ss.id);
  }
  return envOf(google, ss, user);
}
