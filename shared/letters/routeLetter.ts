// The route letter (issue 12, part 2): one person's ИОМ by e-mail, and the fingerprint that says whether it changed.
import { russianDate } from "../dates.ts";
import { iomHtml } from "./iomHtml.ts";
import { digest, envelope, type Letter, type Sender } from "./letter.ts";
import type { DocumentActivity, RouteDocument } from "./routeDocument.ts";
import { hoursText, percentText, ruNumber } from "../text/ru.ts";
import { HEADERS, letterText as t, span } from "./texts.ts";

function activityLine(a: DocumentActivity, index: number): string {
  const parts = [
    span(a.start, a.end) || "без дат",
    a.title,
    [a.type, a.group].filter(Boolean).join(", "),
    a.hours === null ? "" : hoursText(a.hours),
    a.report ? `отчётность: ${a.report}` : "",
    a.mentor ? `${t.mentor.toLowerCase()}: ${a.mentor}` : "",
    a.state,
  ];
  return `${index + 1}. ${parts.filter(Boolean).join(" · ")}`;
}

/** The plain-text body: the same content as the HTML, for mail clients that do not show HTML. */
export function routeText(doc: RouteDocument, sender: Sender, update = false): string {
  const closing = doc.activities.find((a) => a.reflexive);
  return [
    t.hello(doc.fio),
    "",
    t.routeIntro(update),
    "",
    `${HEADERS.facts.period}: ${span(russianDate(doc.period.from), russianDate(doc.period.to))}; ${HEADERS.totalHours.toLowerCase()}: ${ruNumber(doc.totalHours)}`,
    "",
    t.sections.diagnostics,
    ...(doc.diagnostics.length > 0
      ? doc.diagnostics.map(
          (d) =>
            `— ${d.group}: ${percentText(d.score)}, ${d.level} (${d.date})${d.topics.length > 0 ? `; дефициты: ${d.topics.join("; ")}` : ""}`,
        )
      : [t.noDiagnostics]),
    "",
    t.sections.goals,
    ...doc.goals.flatMap((g) => [`— ${g.text}`, ...g.tasks.map((task) => `   · ${task}`)]),
    "",
    t.sections.plan,
    ...(doc.activities.length > 0 ? doc.activities.map(activityLine) : [t.noActivities]),
    "",
    t.sections.support,
    `${t.mentor}: ${doc.mentor || t.mentorNone}`,
    `${t.tutor}: ${t.tutorWho(sender.methodist)}`,
    "",
    t.sections.reflexive,
    closing ? t.reflexiveWhen(span(closing.start, closing.end)) : t.reflexiveMissing,
    "",
    t.askMethodist(sender.methodist),
    t.signature(sender.municipality),
  ].join("\n");
}

/** The letter to `doc.email`; `update` when a route sent before has changed. */
export function routeLetter(doc: RouteDocument, sender: Sender, update = false): Letter {
  return {
    ...envelope(doc.email, sender),
    subject: t.routeSubject(doc.period, update),
    body: routeText(doc, sender, update),
    htmlBody: iomHtml(doc, sender, "letter", update),
  };
}

/**
 * A hash of the route as its letter shows it: the add-on keeps the fingerprint last sent per person and sends
 * again only when it differs. Left out: the sender, what only the printed form shows (the head of the
 * organisation, the approval block), the wording for a kindergarten (not a change of the route) and the progress
 * marks (an activity marked «выполнено» does not change the route, and is no reason to write).
 */
export function routeFingerprint(doc: RouteDocument): string {
  const { head: _head, approval: _approval, preschool: _preschool, activities, ...route } = doc;
  return digest(
    JSON.stringify({ ...route, activities: activities.map(({ state: _state, ...plan }) => plan) }),
  );
}
