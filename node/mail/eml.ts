// A letter as an .eml file (RFC 5322 with MIME parts), composed by nodemailer's MailComposer: what MailApp would send.
import MailComposer from "nodemailer/lib/mail-composer";
import type { Letter } from "../../shared/letters/letter.ts";

/** The message `letter` becomes when sent from `from` (in the add-on: the methodist's own account) at `date`. */
export function emlOf(letter: Letter, from: string, date: Date): Promise<Buffer> {
  return new MailComposer({
    from: { name: letter.name, address: from },
    to: letter.to,
    ...(letter.replyTo ? { replyTo: letter.replyTo } : {}),
    subject: letter.subject,
    text: letter.body,
    html: letter.htmlBody,
    date,
  })
    .compile()
    .build();
}
