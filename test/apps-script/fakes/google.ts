// The faked Google, entered only through the platform's entry points (simple triggers, menus with their consent
// screen, the sidebar, installable triggers, clocks), as an Editor add-on or as a script bound to the spreadsheet
// (env.ts says how the two differ). Its state and the loaded code are googleState.ts.
import vm from "node:vm";
import type { Cell } from "../../../shared/cells.ts";
import type { AuthMode } from "./authModes.ts";
import { consentScreen, openMode, runsOnInstall, triggersFire } from "./env.ts";
import { GoogleState } from "./googleState.ts";
import type { Execution, RunKind } from "./platform.ts";
import { FakeRange } from "./range.ts";
import { passScriptRun } from "./scriptRun.ts";
import type { FakeSheet } from "./sheet.ts";
import type { FakeSpreadsheet } from "./spreadsheet.ts";
import type { FakeTrigger } from "./triggers.ts";

export type { AddonCode, AuthPrompt, GoogleOptions } from "./googleState.ts";

export class FakeGoogle extends GoogleState {
  private run<T>(spec: Omit<Execution, "deadline" | "dead">, name: string, args: unknown[]): T {
    if (this.boundTo && spec.document && spec.document !== this.boundTo)
      throw new Error("fake: this script is bound to another spreadsheet; paste it there to use it");
    return this.platform.run(spec, () => this.entry(name)(...args) as T);
  }

  /** A run a person starts in the file (a menu item, the sidebar): FULL, as them, with the Ui; the file is enabled. */
  private personRun<T>(ss: FakeSpreadsheet, user: string, name: string, args: unknown[]): T {
    this.enabled.add(ss.id);
    return this.run(
      { kind: "user", authMode: "FULL", user, activeUser: user, document: ss, interactive: true },
      name,
      args,
    );
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
    return this.personRun(ss, user, name, args);
  }

  /**
   * google.script.run from the file's sidebar: arguments and result pass its rule; a failure is the thrown message.
   * An open sidebar asks for no consent: its calls run with what the person granted.
   */
  scriptRun<T>(ss: FakeSpreadsheet, user: string, name: string, args: unknown[]): T {
    const sent = this.toVm(JSON.stringify(passScriptRun(args))) as unknown[];
    const result = this.personRun<unknown>(ss, user, name, sent);
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
}
