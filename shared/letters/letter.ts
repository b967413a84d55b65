// A letter as the add-on hands it to MailApp, who sends it, and the digest behind idempotency keys and fingerprints.
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import type { Settings } from "../settings.ts";

/**
 * The advanced-parameters object of `MailApp.sendEmail(message)`, exactly the fields we set
 * (https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)): the add-on passes it as is.
 */
export interface Letter {
  readonly to: string;
  /** The methodist: a teacher's reply goes to them. Absent when no address is known. */
  readonly replyTo?: string;
  /** The sender's display name. */
  readonly name: string;
  readonly subject: string;
  /** Plain text, for mail clients without HTML. */
  readonly body: string;
  readonly htmlBody: string;
}

/** Who writes to teachers: the methodist to ask (reply-to), and the municipality for the sender's name. */
export interface Sender {
  readonly methodist: string | null;
  readonly municipality: string | null;
}

/** The sender from settings; `fallback` is the add-on user's address when «Почта методиста» is not set. */
export const senderOf = (
  settings: Pick<Settings, "methodistEmail" | "municipalityName">,
  fallback: string | null = null,
): Sender => ({
  methodist: settings.methodistEmail || fallback || null,
  municipality: settings.municipalityName || null,
});

export const senderName = (sender: Sender) =>
  sender.municipality ? `Маршрут — ${sender.municipality}` : "Маршрут";

/** The letter's envelope: to, reply-to (when known) and the sender's name. */
export const envelope = (to: string, sender: Sender) => ({
  to,
  ...(sender.methodist ? { replyTo: sender.methodist } : {}),
  name: senderName(sender),
});

/**
 * Hex SHA-256 of a text. The bytes are the text's UTF-16 code units: Apps Script has no TextEncoder, and a key or
 * a fingerprint only has to be stable, not UTF-8.
 */
export function digest(text: string): string {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 * i] = unit & 0xff;
    bytes[2 * i + 1] = unit >> 8;
  }
  return bytesToHex(sha256(bytes));
}
