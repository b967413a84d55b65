// A fake MailApp: letters sent on the user's behalf, counted against the user's daily recipient quota.
// https://developers.google.com/apps-script/reference/mail/mail-app
import type { Platform } from "./platform.ts";

/**
 * From https://developers.google.com/apps-script/guides/services/quotas: "Email recipients per day: 100 /
 * day" (consumer accounts; 1,500 in Google Workspace), "Email recipients per message: 50 / msg", "Email body
 * size: 200 KB / msg". "Quotas are set at different levels for users … and reset 24 hours after the first
 * request": a user's window opens with their first letter and renews 24 hours later, not at midnight.
 */
export const MAIL_LIMITS = {
  recipientsPerDay: 100,
  recipientsPerMessage: 50,
  bodyBytes: 200 * 1024,
} as const;

/** A quota window: 24 hours from the first request. https://developers.google.com/apps-script/guides/services/quotas */
const QUOTA_WINDOW_MS = 24 * 3_600_000;

/** The platform's message when the day's quota is spent. */
export const QUOTA_MESSAGE = "Exception: Service invoked too many times for one day: email.";

export interface SentLetter {
  readonly to: string;
  readonly replyTo?: string;
  readonly name?: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  /** The user whose quota it used (the add-on's user, or a trigger's owner). */
  readonly from: string;
  readonly at: number;
}

export class Mailbox {
  readonly sent: SentLetter[] = [];
  /** Recipients a user may still reach today: the quota of the account kind, by default a consumer account. */
  recipientsPerDay: number = MAIL_LIMITS.recipientsPerDay;
  /** The next sendEmail fails with this message (a transient failure), once. */
  failNext: string | null = null;
  /** Each user's current quota window: when its first letter went, and recipients since. */
  private readonly windows = new Map<string, { start: number; used: number }>();

  constructor(private readonly platform: Platform) {}

  /** The user's open window, or undefined when none is open (no letter in the last 24 hours). */
  private window(user: string) {
    const open = this.windows.get(user);
    return open && this.platform.log.now < open.start + QUOTA_WINDOW_MS ? open : undefined;
  }

  private spend(user: string, recipients: number): void {
    const open = this.window(user) ?? { start: this.platform.log.now, used: 0 };
    open.used += recipients;
    this.windows.set(user, open);
  }

  remaining(user: string): number {
    return Math.max(0, this.recipientsPerDay - (this.window(user)?.used ?? 0));
  }

  /** Spends the rest of `user`'s quota now (test set-up: the quota was used elsewhere, starting now). */
  exhaust(user: string): void {
    this.spend(user, this.remaining(user));
  }

  service() {
    return {
      getRemainingDailyQuota: () => {
        const run = this.platform.guard("mail", "MailApp.getRemainingDailyQuota");
        return this.remaining(run.user);
      },
      /** Only the `sendEmail(message)` form: the one the add-on uses (the others are not faked, so not callable). */
      sendEmail: (message: unknown) => {
        const run = this.platform.guard("mail", "MailApp.sendEmail");
        if (typeof message !== "object" || message === null)
          throw new Error("fake: only MailApp.sendEmail(message) is faked");
        const m = message as Record<string, unknown>;
        const to = String(m.to ?? "");
        const recipients = to.split(",").filter((r) => r.trim() !== "");
        if (recipients.length === 0) throw new Error("Exception: Invalid argument: recipient");
        if (recipients.length > MAIL_LIMITS.recipientsPerMessage)
          throw new Error("Exception: Too many recipients for one message.");
        const body = String(m.body ?? "");
        const htmlBody = m.htmlBody === undefined ? undefined : String(m.htmlBody);
        if (Buffer.byteLength(body) + Buffer.byteLength(htmlBody ?? "") > MAIL_LIMITS.bodyBytes)
          throw new Error("Exception: Email body too large.");
        if (this.remaining(run.user) < recipients.length) throw new Error(QUOTA_MESSAGE);
        if (this.failNext) {
          const failure = this.failNext;
          this.failNext = null;
          throw new Error(failure);
        }
        this.spend(run.user, recipients.length);
        this.sent.push({
          to,
          ...(m.replyTo === undefined ? {} : { replyTo: String(m.replyTo) }),
          ...(m.name === undefined ? {} : { name: String(m.name) }),
          subject: String(m.subject ?? ""),
          body,
          ...(htmlBody === undefined ? {} : { htmlBody }),
          from: run.user,
          at: this.platform.log.now,
        });
      },
    };
  }
}
