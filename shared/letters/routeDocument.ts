// One person's ИОМ as the printable document and the route letter show it, read from the «ИОМ» sheet of a book.
import type { Book } from "../book.ts";
import { cellText } from "../cells.ts";
import { russianDate } from "../dates.ts";
import { latestResults, type GroupResult } from "../diagnostics/latest.ts";
import { keptActivity } from "../iom/activities.ts";
import { existingRows, periodsByPerson, routeKey, rowRoute, type ExistingRow } from "../iom/existing.ts";
import { isReflexive, sortActivities } from "../iom/planRoute.ts";
import type { Period } from "../iom/schema.ts";
import type { CompetenceGroup } from "../schema/enums.ts";
import { RoutesSheet, type StaffRow } from "../schema/sheets.ts";
import { approvalBlockOf } from "../settings.ts";
import { normalizeKey } from "../text/normalize.ts";
import { validRows } from "../validation/parseSheet.ts";
import { goalsOf, routeGroups, type DocumentGoal } from "./routeGoals.ts";

export interface DocumentActivity {
  readonly title: string;
  readonly code: string;
  /** The activity type, "" when not given. */
  readonly type: string;
  readonly group: string;
  readonly federal: boolean;
  readonly hours: number | null;
  /** ДД.ММ.ГГГГ, or the cell as written when it is not a date. */
  readonly start: string;
  readonly end: string;
  /** «Контрольная точка» of the sheet: the form of reporting (сертификат, открытое занятие, …). */
  readonly report: string;
  /** «выполнено 12.12.2026», «в процессе», … or "" for a planned one (the printed form leaves it to fill in). */
  readonly state: string;
  readonly mentor: string;
  /** The closing «Рефлексивная диагностика». */
  readonly reflexive: boolean;
}

export interface DocumentDiagnostic {
  readonly group: string;
  readonly date: string;
  readonly score: number;
  readonly level: string;
  readonly topics: readonly string[];
  /** Whether the route works on this group. */
  readonly inRoute: boolean;
}

export interface RouteDocument {
  readonly email: string;
  readonly fio: string;
  readonly org: string;
  readonly position: string;
  readonly subject: string;
  readonly municipality: string;
  readonly period: Period;
  readonly diagnostics: readonly DocumentDiagnostic[];
  readonly goals: readonly DocumentGoal[];
  readonly activities: readonly DocumentActivity[];
  readonly totalHours: number;
  /** «ФИО (e-mail)» of the mentor, "" when the route has none. */
  readonly mentor: string;
  /** The head of the organisation (from «Педагоги»), for «Утверждаю» and the signature line; null when not found. */
  readonly head: { readonly fio: string; readonly position: string } | null;
  /** The organisation is a kindergarten (ДОО): the document speaks of занятия and воспитанники, not уроки. */
  readonly preschool: boolean;
  /** Print the УТВЕРЖДАЮ / СОГЛАСОВАНО block («Гриф «Утверждаю» в ИОМ» in «Настройки»). */
  readonly approval: boolean;
}

const FIELD_INDEX = new Map(Object.keys(RoutesSheet.fields).map((key, index) => [key, index]));
const HEAD = /^(директор|заведующ|руководител|начальник)/iu;
const TEACHER_OF_PRESCHOOL = /^воспитател/iu;

/** A field of a route row as a person reads it: the parsed value, else the cell as written. */
const shown = (row: ExistingRow, field: keyof typeof RoutesSheet.fields) =>
  cellText(row.cells[FIELD_INDEX.get(field)!]);
const day = (row: ExistingRow, field: "start" | "end" | "doneDate") => {
  const value = row.data[field];
  return value ? russianDate(value) : shown(row, field);
};

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * The ИОМ of every person with a route in «ИОМ» (their latest route by period), ordered by e-mail. Diagnostics are
 * the latest per group up to the report date (not after the route's end); names, positions and the head of the
 * organisation come from «Педагоги», else from the route's own rows.
 */
export function routeDocuments(book: Book): RouteDocument[] {
  const rows = existingRows(book.routes);
  const byRoute = groupBy(rows, (row) => {
    const route = rowRoute(row);
    return route && routeKey(route.email, route.period);
  });
  const staff = new Map<string, StaffRow>();
  for (const { data } of book.staff.rows)
    if (data.email && !staff.has(data.email)) staff.set(data.email, data);
  const diagnostics = groupBy(validRows(book.diagnostics), (row) => row.email);
  const heads = new Map<string, RouteDocument["head"]>();
  for (const person of staff.values())
    if (person.org && person.fio && HEAD.test(person.position ?? "") && !heads.has(person.org))
      heads.set(person.org, { fio: person.fio, position: person.position ?? "" });
  const kindergartens = new Set(
    book.orgs.rows.flatMap((row) =>
      row.data.name && row.data.type === "дошкольная" ? [normalizeKey(row.data.name)] : [],
    ),
  );

  const documents: RouteDocument[] = [];
  for (const [email, periods] of [...periodsByPerson(rows)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const period = periods[0]!;
    const routeRows = byRoute.get(routeKey(email, period)) ?? [];
    const person = staff.get(email);
    const first = routeRows[0]!.data;
    const org = person?.org ?? first.org ?? "";
    const upTo = book.reportDate < period.to ? book.reportDate : period.to;
    const latest = latestResults(diagnostics.get(email) ?? [], { from: "0000-01-01", to: upTo });
    documents.push(
      documentOf(routeRows, latest.get(email), {
        email,
        fio: person?.fio ?? first.fio ?? "",
        org,
        position: person?.position ?? "",
        subject: person?.subject ?? "",
        municipality: book.settings.municipalityName ?? "",
        period,
        mentorName: (mentor) => (staff.get(mentor)?.fio ? `${staff.get(mentor)!.fio} (${mentor})` : mentor),
        head: heads.get(org) ?? null,
        preschool: kindergartens.has(normalizeKey(org)) || TEACHER_OF_PRESCHOOL.test(person?.position ?? ""),
        approval: approvalBlockOf(book.settings),
        thresholds: book.settings.thresholds,
      }),
    );
  }
  return documents;
}

interface DocumentContext extends Pick<
  RouteDocument,
  | "email"
  | "fio"
  | "org"
  | "position"
  | "subject"
  | "municipality"
  | "period"
  | "head"
  | "preschool"
  | "approval"
> {
  readonly mentorName: (email: string) => string;
  readonly thresholds: Book["settings"]["thresholds"];
}

function documentOf(
  rows: readonly ExistingRow[],
  results: ReadonlyMap<CompetenceGroup, GroupResult> | undefined,
  ctx: DocumentContext,
): RouteDocument {
  const bySheetRow = new Map(rows.map((row) => [row.sheetRow, row]));
  const planned = sortActivities(rows.map(keptActivity));
  const activities = planned.map((activity): DocumentActivity => {
    const row = bySheetRow.get(activity.sheetRow!)!;
    const done = row.data.doneDate ? ` ${russianDate(row.data.doneDate)}` : "";
    return {
      title: activity.title || shown(row, "title"),
      code: activity.code,
      type: activity.type ?? shown(row, "type"),
      group: activity.group ?? shown(row, "group"),
      federal: activity.federal,
      hours: row.data.hours ?? null,
      start: day(row, "start"),
      end: day(row, "end"),
      report: activity.controlPoint,
      state: activity.state && activity.state !== "запланировано" ? `${activity.state}${done}` : "",
      mentor: activity.mentor ? ctx.mentorName(activity.mentor) : "",
      reflexive: isReflexive(activity),
    };
  });
  const groups = routeGroups(planned);
  const diagnostics = [...(results?.values() ?? [])]
    .sort((a, b) => a.score - b.score)
    .map((r): DocumentDiagnostic => ({
      group: r.group,
      date: russianDate(r.date),
      score: r.score,
      level: r.level,
      topics: r.topics,
      inRoute: groups.includes(r.group),
    }));
  const mentor = planned.find((a) => a.mentor)?.mentor;
  return {
    email: ctx.email,
    fio: ctx.fio,
    org: ctx.org,
    position: ctx.position,
    subject: ctx.subject,
    municipality: ctx.municipality,
    period: ctx.period,
    diagnostics,
    goals: goalsOf(groups, results, ctx.thresholds),
    activities,
    totalHours: Math.round(activities.reduce((sum, a) => sum + (a.hours ?? 0), 0) * 100) / 100,
    mentor: mentor ? ctx.mentorName(mentor) : "",
    head: ctx.head,
    preschool: ctx.preschool,
    approval: ctx.approval,
  };
}
