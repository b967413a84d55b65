// Delivers the region's queued letters (the `mail` table, filled in the snapshot's own transaction) by SMTP with
// nodemailer, as the Trigger Email extension does for Firestore: each letter is claimed by one server at a time,
// marked sent after the SMTP server took it, retried while attempts remain.
import nodemailer from "nodemailer";
import type { Pool } from "pg";
import { MailDoc } from "../../functions/src/documents.ts";
import type { ServerConfig } from "./config.ts";

/** Attempts before a letter is left as failed (the log and the table say why). */
export const MAIL_ATTEMPTS = 5;
/**
 * A letter is tried again this long after its last attempt: after a failure, or when the server that claimed it
 * stopped before it finished.
 */
const RETRY_AFTER = "10 minutes";

export interface Letter {
  readonly month: string;
  readonly revision: number;
  readonly mail: MailDoc;
}

export interface OutgoingLetter {
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly html: string;
  readonly attachments: readonly { filename: string; content: string; encoding: "base64" }[];
}

/** What sends one letter (nodemailer's SMTP transport; tests may give another). */
export type SendMail = (letter: OutgoingLetter) => Promise<unknown>;

/** nodemailer fills in the attachments it is given (type, content) and may add to the list: it gets copies. */
function smtpSender(smtpUrl: string): SendMail {
  const transport = nodemailer.createTransport(smtpUrl);
  return (letter) =>
    transport.sendMail({
      ...letter,
      to: [...letter.to],
      attachments: letter.attachments.map((a) => ({ ...a })),
    });
}

/** The sender's address: MAIL_FROM, else the SMTP login (most servers accept no other), else a local name. */
function senderOf(smtpUrl: string, mailFrom?: string): string {
  if (mailFrom) return mailFrom;
  const login = decodeURIComponent(new URL(smtpUrl).username);
  return login.includes("@") ? login : "marshrut@localhost";
}

export interface Mailer {
  readonly send: SendMail;
  readonly from: string;
}

/** How the region's letters leave by SMTP_URL, from senderOf's address; none without SMTP_URL. */
export function mailerOf(config: Pick<ServerConfig, "smtpUrl" | "mailFrom">): Mailer | undefined {
  if (!config.smtpUrl) return undefined;
  return { send: smtpSender(config.smtpUrl), from: senderOf(config.smtpUrl, config.mailFrom) };
}

/** Claims up to `limit` letters due for sending; a claim by another server is skipped, not waited for. */
async function claim(pool: Pool, limit: number): Promise<Letter[]> {
  const { rows } = await pool.query<{ month: string; revision: number; document: unknown }>(
    `UPDATE mail SET state = 'sending', attempts = attempts + 1, claimed_at = now()
     WHERE (month, revision) IN (
       SELECT month, revision FROM mail
       WHERE state IN ('pending', 'sending') AND (claimed_at IS NULL OR claimed_at < now() - interval '${RETRY_AFTER}')
       ORDER BY month, revision LIMIT $1 FOR UPDATE SKIP LOCKED)
     RETURNING month, revision, document`,
    [limit],
  );
  return rows.map((row) => ({ month: row.month, revision: row.revision, mail: MailDoc.parse(row.document) }));
}

export interface Delivery {
  readonly sent: number;
  readonly failed: number;
}

/** Sends every letter due now; one that fails waits for its next attempt (or is «failed» after MAIL_ATTEMPTS). */
export async function deliverMail(pool: Pool, send: SendMail, from: string): Promise<Delivery> {
  let sent = 0;
  let failed = 0;
  for (let letters = await claim(pool, 10); letters.length > 0; letters = await claim(pool, 10))
    for (const { month, revision, mail } of letters) {
      try {
        await send({
          from,
          to: mail.to,
          subject: mail.message.subject,
          html: mail.message.html,
          // Parsed afresh for this attempt (only filename, content and encoding): nothing else holds them.
          attachments: mail.message.attachments,
        });
        await pool.query(
          "UPDATE mail SET state = 'sent', sent_at = now(), last_error = NULL WHERE month = $1 AND revision = $2",
          [month, revision],
        );
        sent++;
      } catch (error) {
        failed++;
        await pool.query(
          `UPDATE mail SET state = CASE WHEN attempts >= $3 THEN 'failed' ELSE 'pending' END, last_error = $4
           WHERE month = $1 AND revision = $2`,
          [month, revision, MAIL_ATTEMPTS, error instanceof Error ? error.message : String(error)],
        );
      }
    }
  return { sent, failed };
}
