// Look-up of one person's ИОМ for the sidebar: by e-mail or part of the name, from «ИОМ» and «Педагоги».
import type { Book } from "../../shared/book.ts";
import { latestResults } from "../../shared/diagnostics/latest.ts";
import type { RouteRow } from "../../shared/schema/sheets.ts";
import { normalizeKey } from "../../shared/text/normalize.ts";
import { validRows } from "../../shared/validation/parseSheet.ts";
import { loadBook } from "./workbook.ts";

export interface PersonMatch {
  readonly email: string;
  readonly fio: string;
  readonly org: string;
}

export interface PersonRoute extends PersonMatch {
  readonly period: { readonly from: string; readonly to: string } | null;
  readonly activities: readonly Pick<
    RouteRow,
    "title" | "type" | "group" | "start" | "end" | "hours" | "state" | "controlPoint" | "mentor"
  >[];
  readonly totalHours: number;
  readonly done: number;
  readonly diagnostics: readonly { readonly group: string; readonly score: number; readonly level: string }[];
}

export interface LookupResult {
  /** Everyone who matched (at most 10), when the query is not one person. */
  readonly matches: readonly PersonMatch[];
  readonly person: PersonRoute | null;
}

function people(book: Book): PersonMatch[] {
  const byEmail = new Map<string, PersonMatch>();
  for (const s of validRows(book.staff)) byEmail.set(s.email, { email: s.email, fio: s.fio, org: s.org });
  for (const r of book.routes.rows) {
    const { email, fio, org } = r.data;
    if (email && !byEmail.has(email)) byEmail.set(email, { email, fio: fio ?? "", org: org ?? "" });
  }
  return [...byEmail.values()];
}

function routeOf(book: Book, match: PersonMatch): PersonRoute {
  const rows = book.routes.rows.map((r) => r.data).filter((r) => r.email === match.email);
  const period = rows[0]?.from && rows[0]?.to ? { from: rows[0].from, to: rows[0].to } : null;
  const activities = rows.map(({ title, type, group, start, end, hours, state, controlPoint, mentor }) => ({
    title,
    type,
    group,
    start,
    end,
    hours,
    state,
    controlPoint,
    mentor,
  }));
  const latest = latestResults(validRows(book.diagnostics)).get(match.email);
  return {
    ...match,
    period,
    activities,
    totalHours: activities.reduce((sum, a) => sum + (a.hours ?? 0), 0),
    done: activities.filter((a) => a.state === "выполнено").length,
    diagnostics: [...(latest?.values() ?? [])].map(({ group, score, level }) => ({ group, score, level })),
  };
}

export function lookupRoute(query: unknown): LookupResult {
  const wanted = normalizeKey(typeof query === "string" ? query : "");
  if (wanted.length < 2) return { matches: [], person: null };
  const book = loadBook();
  const all = people(book);
  const exact = all.filter((p) => p.email === wanted);
  const found =
    exact.length > 0
      ? exact
      : all.filter((p) => normalizeKey(p.fio).includes(wanted) || p.email.includes(wanted));
  return { matches: found.slice(0, 10), person: found.length === 1 ? routeOf(book, found[0]!) : null };
}
