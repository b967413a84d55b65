// The parts only the printed ИОМ has: the УТВЕРЖДАЮ / СОГЛАСОВАНО block, the year in the title, the signature
// lines, and the page rules (A4 margins, our own footer with page numbers instead of the browser's headers).
import { academicYear, russianDate } from "../dates.ts";
import { NBSP } from "../text/ru.ts";
import { esc, paragraph, STYLE } from "./html.ts";
import type { RouteDocument } from "./routeDocument.ts";
import { letterText as t } from "./texts.ts";

/** «2026/2027» for each academic year (1 Sep – 31 Aug) the route's period touches. */
export function routeYears(period: RouteDocument["period"]): string[] {
  const first = Number(academicYear(period.from).from.slice(0, 4));
  const last = Number(academicYear(period.to).from.slice(0, 4));
  return Array.from({ length: Math.max(1, last - first + 1) }, (_, i) => `${first + i}/${first + i + 1}`);
}

/** «Ю. А. Петрова» of «Петрова Юлия Александровна», as a grif names the one who signs; the name as is otherwise. */
export function signedName(fio: string): string {
  const [surname, name, patronymic] = fio.trim().split(/\s+/u);
  if (!surname || !name) return fio.trim();
  return [name, patronymic]
    .filter((word): word is string => Boolean(word))
    .map((word) => `${word.charAt(0)}.`)
    .concat(surname)
    .join(NBSP);
}

/** «______________ / Ю. А. Петрова /»: the slashes stay with the name on its line. */
const signLine = (name: string) => `______________ /${NBSP}${name ? esc(name) : "______________"}${NBSP}/`;

/** Two grifs above the title: agreed by the methodist (left), approved by the head of the organisation (right). */
export function approvalBlock(doc: RouteDocument): string {
  const year = doc.period.from.slice(0, 4);
  const column = (title: string, who: string, name: string, align: string) =>
    `<td style="width: 50%; vertical-align: top; padding: 0; text-align: ${align};"><div style="display: inline-block; text-align: left;">${[
      `<b>${esc(title)}</b>`,
      esc(who),
      signLine(name),
      esc(t.dateLine(year)),
    ].join("<br>")}</div></td>`;
  return `<table class="keep approval" style="width: 100%; border-collapse: collapse; margin: 0 0 10pt; font-size: 10pt; line-height: 1.5;"><tr>${column(
    t.agree,
    t.agreeWho,
    "",
    "left",
  )}${column(t.approve, t.approveWho(doc.head, doc.org), doc.head ? signedName(doc.head.fio) : "", "right")}</tr></table>`;
}

/** The title with the academic year(s) of the route. */
export const titleHtml = (doc: RouteDocument) =>
  `<h1 style="${STYLE.h1}">${esc(t.title)}<br><span style="font-size: 12pt;">${esc(t.titleYears(routeYears(doc.period)))}</span></h1>`;

/** The mentor's name without the e-mail the plan shows after it («Иванова Мария Петровна (ivanova@…)»). */
const nameOnly = (mentor: string) => mentor.replace(/\s*\([^()]*@[^()]*\)$/u, "");

/** «С маршрутом ознакомлены»: role, a line to sign on, «/ М. П. Иванова /» on one line. */
export function signatures(doc: RouteDocument): string {
  const line = (role: string, fio: string) =>
    `<tr><td style="${STYLE.signCell}">${esc(role)}</td><td style="${STYLE.signLine}"></td><td style="${STYLE.signCell} white-space: nowrap;">/${NBSP}${
      fio ? esc(signedName(fio)) : "______________________"
    }${NBSP}/</td></tr>`;
  return `<div class="keep signatures" style="margin-top: 16pt;">${paragraph(`<b>${esc(t.acquainted)}</b>`)}<table style="width: 100%; border-collapse: collapse;">${line(
    t.signTeacher,
    doc.fio,
  )}${line(t.signMentor, nameOnly(doc.mentor))}${line(t.signHead, doc.head?.fio ?? "")}</table>${paragraph(esc(t.signDate), `${STYLE.p} margin-top: 12pt;`)}</div>`;
}

/** A text as a CSS string: quotes and backslashes escaped, no line breaks, no «<» to end the style element. */
const cssString = (text: string) =>
  `"${text
    .replace(/[\\"]/gu, "\\$&")
    .replace(/[\r\n\f]+/gu, " ")
    .replace(/</gu, "\\3c ")}"`;

const FOOTER_FONT =
  "font-family: 'PT Serif', 'Times New Roman', Georgia, serif; font-size: 8pt; color: #555;";

/**
 * A4 with margins, our own footer in the bottom margin (whose ИОМ, page N of M) and an empty box in the top one:
 * a browser that draws page margin boxes (Chromium 131+, Safari 18.2+) then prints none of its own headers and
 * footers (the address, the date), so nobody has to switch them off in the print dialog. Tables' headers repeat
 * on each page, rows and the signature block are never split.
 */
export function printCss(doc: RouteDocument): string {
  const footer = `ИОМ${NBSP}— ${doc.fio || doc.email}, ${russianDate(doc.period.from)}–${russianDate(doc.period.to)}`;
  return `@page { size: A4; margin: 12mm 12mm 14mm;
  @top-center { content: ""; }
  @bottom-left { content: ${cssString(footer)}; ${FOOTER_FONT} }
  @bottom-right { content: ${cssString(`${t.pageOf} `)} counter(page) ${cssString(` ${t.pageOutOf} `)} counter(pages); ${FOOTER_FONT} }
}
thead { display: table-header-group; }
tr, .keep { break-inside: avoid; page-break-inside: avoid; }
h2 { break-after: avoid; page-break-after: avoid; }`;
}
