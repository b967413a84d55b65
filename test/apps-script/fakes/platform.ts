// The one place every faked call passes: the running execution, its time limit, its authorisation mode, the scopes.
import { allowedIn, type AuthMode } from "./authModes.ts";
import type { CallLog, Service } from "./callLog.ts";
import type { Manifest } from "./manifest.ts";
import { scopesOf } from "./scopes.ts";
import type { FakeSpreadsheet } from "./spreadsheet.ts";

/**
 * Execution limits: 6 minutes an execution; 30 seconds for simple triggers (onOpen, onInstall).
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 * https://developers.google.com/apps-script/guides/triggers#restrictions
 */
export const LIMITS = { executionMs: 6 * 60_000, simpleTriggerMs: 30_000 } as const;

/** The message of an execution stopped by its time limit (the execution ends there: no catch block runs after it). */
export const TIMEOUT_MESSAGE = "Exceeded maximum execution time";

export type RunKind =
  | "simple trigger" // onOpen(e), onInstall(e)
  | "user" // a menu item, a sidebar's google.script.run call
  | "installable trigger" // the document's open / form-submit triggers, as their owner
  | "clock"; // a time-driven trigger: no document

export interface Execution {
  readonly kind: RunKind;
  readonly authMode: AuthMode;
  /** The effective user (the trigger's owner in a trigger run). */
  readonly user: string;
  /** Session.getActiveUser(): empty in trigger runs (another user, or nobody, caused them). */
  readonly activeUser: string;
  /** The bound document, or null in a clock run. */
  readonly document: FakeSpreadsheet | null;
  /** Whether a person looks at the document (getUi() works). */
  readonly interactive: boolean;
  readonly deadline: number;
  dead: boolean;
}

export class Platform {
  current: Execution | null = null;
  /** Every declared scope some call used, over all executions (for the least-privilege test). */
  readonly usedScopes = new Set<string>();
  /**
   * The scopes each user granted this project, apart from the manifest's current ones: an upgrade that declares one
   * more leaves it ungranted until the user authorises again, while installable triggers keep firing ("Some script
   * executions can start without a user's consent to all required scopes used by the script",
   * https://developers.google.com/apps-script/reference/script/authorization-info; "Users do not need to reinstall
   * the add-on for a new version, but they need to authorize any newly added scopes",
   * https://developers.google.com/workspace/add-ons/how-tos/update-published-add-on).
   */
  readonly grants = new Map<string, Set<string>>();

  constructor(
    readonly log: CallLog,
    public manifest: Manifest,
  ) {}

  /** Charges a call, then refuses it as the platform would: out of time, not in this mode, or no declared scope. */
  guard(service: Service, method: string, cells = 0): Execution {
    const run = this.current;
    if (!run) throw new Error(`fake: ${method} called outside an execution`);
    if (run.dead) throw new Error(TIMEOUT_MESSAGE);
    if (!allowedIn(run.authMode, method))
      throw new Error("Exception: Authorization is required to perform that action.");
    const scopes = scopesOf(method);
    if (!scopes) throw new Error(`fake: no scope entry for ${method}`);
    if (scopes.length > 0) {
      const declared = scopes.filter((scope) => this.manifest.oauthScopes.includes(scope));
      // The platform's wording: "You do not have permission to call X. Required permissions: <scope>".
      if (declared.length === 0)
        throw new Error(
          `Exception: You do not have permission to call ${method}. Required permissions: ${scopes.join(" || ")}`,
        );
      // Simple triggers in LIMITED/NONE need no consent (the mode table above decides); FULL runs act for a user.
      const granted =
        run.authMode === "FULL" ? declared.find((s) => this.granted(run.user).has(s)) : declared[0];
      if (!granted) throw new Error("Exception: Authorization is required to perform that action.");
      this.usedScopes.add(granted);
    }
    this.log.record(service, method, cells);
    if (this.log.now > run.deadline) {
      run.dead = true;
      throw new Error(TIMEOUT_MESSAGE);
    }
    return run;
  }

  /** The scopes `user` granted (none before their first authorisation). */
  granted(user: string): ReadonlySet<string> {
    return this.grants.get(user) ?? new Set();
  }

  /** The manifest's scopes `user` has not granted: non-empty means the platform asks them to authorise. */
  missingScopes(user: string): string[] {
    const granted = this.granted(user);
    return this.manifest.oauthScopes.filter((scope) => !granted.has(scope));
  }

  /** `user` accepts the consent screen: every scope the manifest declares now. */
  grant(user: string): void {
    this.grants.set(user, new Set([...this.granted(user), ...this.manifest.oauthScopes]));
  }

  /** The running execution (for state that is not a call: which document, which user). */
  execution(): Execution {
    if (!this.current) throw new Error("fake: no execution is running");
    return this.current;
  }

  /** Runs `fn` as one execution; a second one cannot start inside it. */
  run<T>(spec: Omit<Execution, "deadline" | "dead">, fn: () => T): T {
    if (this.current) throw new Error("fake: executions do not nest");
    const limit = spec.kind === "simple trigger" ? LIMITS.simpleTriggerMs : LIMITS.executionMs;
    const run: Execution = { ...spec, deadline: this.log.now + limit, dead: false };
    this.current = run;
    try {
      const result = fn();
      if (run.dead) throw new Error(TIMEOUT_MESSAGE);
      return result;
    } catch (error) {
      // A stopped execution ends with the platform's message, whatever the script's catch blocks did after it.
      throw run.dead ? new Error(TIMEOUT_MESSAGE) : error;
    } finally {
      this.current = null;
    }
  }
}
