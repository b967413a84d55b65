// A fake MailApp: letters sent on the user's behalf, counted against the user's daily recipient quota.
// https://developers.google.com/apps-script/reference/mail/mail-app
import type { Platform } from "./platform.ts";

/**
 * From https://developers.google.com/apps-script/guides/services/quotas: "Email recipients per day: 100 /
 * day" (consumer accounts; 1,500 in Google Workspace), "Email recipients per message: 50 / msg", "Email body
 * size: 200 KB / msg". Quotas are per user and reset 24 hours after the first request (modelled per calendar day).
 */
export const MAIL_LIMITS = {
  recipientsPerDay: 100,
  recipientsPerMessage: 50,
  bodyBytes: 200 * 1024,
} as const;

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
  private readonly used = new Map<string, number>();

  constructor(private readonly platform: Platform) {}

  private today(user: string): string {
    return `${user}|${Math.floor(this.platform.log.now / 86_400_000)}`;
  }

  remaining(user: string): number {
    return Math.max(0, this.recipientsPerDay - (this.used.get(this.today(user)) ?? 0));
  }

  /** Spends the rest of today's quota of `user` (test set-up: the quota was used elsewhere). */
  exhaust(user: string): void {
    this.used.set(this.today(user), this.recipientsPerDay);
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
        const key = this.today(run.user);
        this.used.set(key, (this.used.get(key) ?? 0) + recipients.length);
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
