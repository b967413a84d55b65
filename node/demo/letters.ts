// The demo's letters to teachers, written instead of sent: out/mail/*.eml (feedback, routes) and a few out/iom prints.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import filenamify from "filenamify";
import { feedbackFor } from "../../shared/letters/feedback.ts";
import { generatedRouteDocuments } from "../../shared/letters/generatedRoutes.ts";
import { senderOf } from "../../shared/letters/letter.ts";
import { routeLetter } from "../../shared/letters/routeLetter.ts";
import { countText } from "../../shared/text/ru.ts";
import { emlOf } from "../mail/eml.ts";
import { printRoutes } from "../print/printRoutes.ts";
import { readWorkbook } from "../xlsx/readWorkbook.ts";
import type { MunicipalityResult } from "./municipality.ts";

export interface DemoLetters {
  /** Feedback letters on form entries with errors. */
  readonly feedback: number;
  /** Why some entries with errors got no letter (as the add-on journals it). */
  readonly skipped: readonly string[];
  /** Route letters for the routes generated in this run. */
  readonly routes: number;
  readonly printed: number;
}

export interface DemoLettersInput {
  readonly out: string;
  readonly code: string;
  /** The municipality's workbook as the demo wrote it (read again for its sheets). */
  readonly input: string;
  readonly result: MunicipalityResult;
  readonly methodist: string;
  readonly at: Date;
  /** How many printable ИОМ to write under out/iom/<code>. */
  readonly prints?: number;
}

/** A made-up edit link: in the add-on it is the form response's getEditResponseUrl(). */
const editUrl = (code: string, row: number) => `https://forms.example.ru/iom/edit/${code}-${row}`;

export async function writeDemoLetters(input: DemoLettersInput): Promise<DemoLetters> {
  const { book, routes } = input.result;
  const sender = senderOf(book.settings, input.methodist);
  const mail = join(input.out, "mail");
  await mkdir(mail, { recursive: true });
  const save = async (name: string, letter: Parameters<typeof emlOf>[0]) =>
    writeFile(
      join(mail, `${filenamify(name, { replacement: "_" })}.eml`),
      await emlOf(letter, input.methodist, input.at),
    );

  const register = book.register.name;
  const badRows = [
    ...new Set(book.findings.filter((f) => f.sheet === register && f.severity === "error").map((f) => f.row)),
  ].sort((a, b) => a - b);
  let feedback = 0;
  const skipped: string[] = [];
  for (const row of badRows) {
    const decision = feedbackFor(book, row, { editUrl: editUrl(input.code, row), sender });
    if (!decision.due) skipped.push(decision.message);
    else {
      await save(`${input.code}-ответ-строка-${row}`, decision.letter);
      feedback++;
    }
  }

  const generated = new Set(routes.routes.map((route) => route.email));
  const documents = generatedRouteDocuments(await readWorkbook(input.input), routes, {
    reportDate: book.reportDate,
  }).filter((doc) => generated.has(doc.email));
  for (const doc of documents) await save(`${input.code}-ИОМ-${doc.email}`, routeLetter(doc, sender));
  const printed = await printRoutes(
    join(input.out, "iom", input.code),
    documents.slice(0, input.prints ?? 3),
    sender,
  );
  return { feedback, skipped, routes: documents.length, printed: printed.length };
}

/** The demo summary's line about letters. */
export function lettersLine(all: readonly DemoLetters[], out: string): string {
  const sum = (key: "feedback" | "routes" | "printed") => all.reduce((n, l) => n + l[key], 0);
  const skipped = all.reduce((n, l) => n + l.skipped.length, 0);
  return `Письма педагогам (не отправлены, сохранены как .eml в «${join(out, "mail")}»): ${countText(sum("feedback"), "письмо", "письма", "писем")} об ошибках в ответах формы${
    skipped ? ` (ещё ${skipped} — без письма, например без верного адреса)` : ""
  }, ${countText(sum("routes"), "письмо", "письма", "писем")} с новыми ИОМ; печатные ИОМ — ${sum("printed")} в «${join(out, "iom")}».`;
}
