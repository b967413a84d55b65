// The printable ИОМ of one person as an A4 HTML document (seed 002, section 4), and its e-mail variant.
import { russianDate } from "../dates.ts";
import { esc, page, paragraph, STYLE, table } from "./html.ts";
import { approvalBlock, printCss, signatures, titleHtml } from "./iomPrint.ts";
import type { Sender } from "./letter.ts";
import type { DocumentActivity, RouteDocument } from "./routeDocument.ts";
import { percentText, ruNumber } from "../text/ru.ts";
import { HEADERS, letterText as t, span } from "./texts.ts";

/** «print»: the A4 document with signature lines; «letter»: the route letter's body (greeting, no signatures). */
export type IomVariant = "print" | "letter";

const dash = (text: string) => (text ? esc(text) : "—");
const lines = (items: readonly string[]) => items.map(esc).join("<br>");

function facts(doc: RouteDocument): string {
  // «учитель истории» already says «история»: the subject is added only when the position does not name it
  const stem = doc.subject.toLowerCase().slice(0, Math.min(5, doc.subject.length - 1));
  const position = [doc.position, stem && !doc.position.toLowerCase().includes(stem) ? doc.subject : ""]
    .filter(Boolean)
    .join(", ");
  const rows: [string, string][] = [
    [HEADERS.facts.fio, doc.fio],
    [HEADERS.facts.position, position],
    [HEADERS.facts.org, doc.org],
    [HEADERS.facts.period, span(russianDate(doc.period.from), russianDate(doc.period.to))],
    [HEADERS.totalHours, ruNumber(doc.totalHours)],
  ];
  return `<table style="border-collapse: collapse; margin: 0 0 6pt;">${rows
    .map(
      ([key, value]) =>
        `<tr><td style="${STYLE.factKey}">${esc(key)}</td><td style="${STYLE.factValue}">${dash(value)}</td></tr>`,
    )
    .join("")}</table>`;
}

function diagnostics(doc: RouteDocument): string {
  if (doc.diagnostics.length === 0) return paragraph(esc(t.noDiagnostics));
  return table(
    HEADERS.diagnostics,
    doc.diagnostics.map((d) => [
      d.inRoute ? `<b>${esc(d.group)}</b>` : esc(d.group),
      esc(d.date),
      esc(ruNumber(d.score)),
      esc(d.level),
      d.topics.length > 0 ? lines(d.topics) : "—",
    ]),
    ["26%", "14%", "12%", "14%"],
  );
}

function goals(doc: RouteDocument): string {
  if (doc.goals.length === 0) return paragraph(esc(t.noGoals));
  return `<ol style="margin: 2pt 0; padding-left: 18pt;">${doc.goals
    .map(
      (g) =>
        `<li class="keep" style="margin: 0 0 3pt;"><b>${esc(g.text)}</b><ul style="margin: 1pt 0; padding-left: 14pt;">${g.tasks
          .map((task) => `<li>${esc(task)}</li>`)
          .join("")}</ul></li>`,
    )
    .join("")}</ol>`;
}

function activityCell(a: DocumentActivity): string {
  const kind = a.federal
    ? a.type === "ДПП"
      ? t.federalDpp
      : [a.type, t.federal].filter(Boolean).join(", ")
    : a.type;
  const details = [a.code, kind, a.mentor ? `${t.mentor}: ${a.mentor}` : ""]
    .filter(Boolean)
    .map(esc)
    .join(" · ");
  return `${dash(a.title)}${details ? `<br><span style="${STYLE.small}">${details}</span>` : ""}`;
}

function plan(doc: RouteDocument): string {
  if (doc.activities.length === 0) return paragraph(esc(t.noActivities));
  const note = doc.activities.some((a) => a.federal) ? paragraph(esc(t.federalNote), STYLE.small) : "";
  return (
    table(
      HEADERS.plan,
      doc.activities.map((a, i) => [
        String(i + 1),
        activityCell(a),
        dash(a.group),
        a.hours === null ? "—" : esc(ruNumber(a.hours)),
        dash(span(a.start, a.end)),
        dash(a.report),
        dash(t.controlPoint(a.end)),
        esc(a.state),
      ]),
      ["4%", "30%", "13%", "6%", "12%", "11%", "10%", "14%"],
    ) + note
  );
}

function support(doc: RouteDocument, sender: Sender): string {
  return [
    [t.mentor, doc.mentor || t.mentorNone],
    [t.tutor, t.tutorWho(sender.methodist)],
    [t.supportForms, t.supportFormsText(doc.preschool)],
  ]
    .map(([key, value]) => paragraph(`<b>${esc(key!)}:</b> ${esc(value!)}`))
    .join("");
}

function reflexive(doc: RouteDocument): string {
  const closing = doc.activities.find((a) => a.reflexive);
  if (!closing) return paragraph(esc(t.reflexiveMissing));
  const results = new Map(doc.diagnostics.map((d) => [d.group, d]));
  const rows = doc.goals.map((g) => {
    const first = results.get(g.group);
    return [esc(g.group), first ? esc(`${percentText(first.score)}, ${first.level}`) : "—", "", ""];
  });
  return (
    paragraph(esc(t.reflexiveWhen(span(closing.start, closing.end)))) +
    paragraph(esc(t.reflexiveHow)) +
    (rows.length > 0 ? table(HEADERS.reflexive, rows, ["28%", "24%", "24%", "24%"]) : "")
  );
}

/**
 * The ИОМ as HTML: every value escaped, no scripts; the print variant carries the A4 print rules. `update`: the
 * letter's greeting says the route has changed.
 */
export function iomHtml(
  doc: RouteDocument,
  sender: Sender,
  variant: IomVariant = "print",
  update = false,
): string {
  const section = (title: string, html: string) =>
    `<section><h2 style="${STYLE.h2}">${esc(title)}</h2>${html}</section>`;
  const body = [
    variant === "letter" ? paragraph(esc(t.hello(doc.fio))) + paragraph(esc(t.routeIntro(update))) : "",
    doc.municipality ? paragraph(esc(doc.municipality), STYLE.municipality) : "",
    variant === "print" && doc.approval ? approvalBlock(doc) : "",
    titleHtml(doc),
    facts(doc),
    section(t.sections.diagnostics, diagnostics(doc)),
    section(t.sections.goals, goals(doc)),
    section(t.sections.plan, plan(doc)),
    section(t.sections.support, support(doc, sender)),
    section(t.sections.reflexive, reflexive(doc)),
    variant === "print"
      ? signatures(doc)
      : paragraph(esc(t.askMethodist(sender.methodist))) +
        paragraph(esc(t.signature(sender.municipality)), STYLE.small),
  ].join("\n");
  return page(`ИОМ — ${doc.fio || doc.email}`, body, variant === "print" ? printCss(doc) : "");
}
