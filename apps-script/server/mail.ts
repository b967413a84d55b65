// Sending letters with MailApp within the user's daily quota: a letter that cannot go now is reported, never lost.
import type { Letter } from "../../shared/letters/letter.ts";
import { errorText, platformLimitText } from "./errors.ts";

export type SendOutcome =
  | { readonly sent: true }
  /** `quota`: the day's quota is spent (tomorrow's run sends it); otherwise a failure, in Russian. */
  | { readonly sent: false; readonly quota: boolean; readonly message: string };

export const QUOTA_TEXT = "дневной лимит писем Google исчерпан, письмо уйдёт при следующем открытии таблицы";

/**
 * One run's sender: asks MailApp for the day's remaining quota once
 * (https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()) and counts down,
 * so a long list costs one quota call, not one per letter.
 */
export function mailer() {
  let remaining = MailApp.getRemainingDailyQuota();
  return {
    get remaining() {
      return remaining;
    },
    send(letter: Letter): SendOutcome {
      if (remaining < 1) return { sent: false, quota: true, message: QUOTA_TEXT };
      try {
        MailApp.sendEmail({ ...letter });
        remaining -= 1;
        return { sent: true };
      } catch (error) {
        const text = errorText(error);
        const quota = /too many times for one day: email/iu.test(text);
        if (quota) remaining = 0;
        return { sent: false, quota, message: quota ? QUOTA_TEXT : (platformLimitText(text) ?? text) };
      }
    },
  };
}

export type Mailer = ReturnType<typeof mailer>;

/**
 * The add-on user's address (a trigger's owner in trigger runs): the default reply-to of letters, and the one place
 * the effective user's address is read. null when there is none or it cannot be read (userinfo.email not granted
 * yet: a new release not yet authorised).
 */
export function addonUserEmail(): string | null {
  try {
    return Session.getEffectiveUser().getEmail() || null;
  } catch {
    return null;
  }
}
