// Each person's ИОМ for the academic year (spec §5): status, end date, when it appeared and when it was implemented.
import { dayOf, type IsoDate } from "../dates.ts";
import { COMPETENCE_GROUPS, type CompetenceGroup, type IomStatus } from "../schema/enums.ts";
import type { RegisterRow } from "../schema/sheets.ts";
import { inWindow, type KpiInput } from "./input.ts";
import { currentRoute, routeCompletedOn, routesByPerson, routeStatus, type Route } from "./routes.ts";

export interface PersonIom {
  readonly email: string;
  /** Status of the latest register submission, else derived from the route's activities. */
  readonly status: IomStatus;
  /** The route's «Период по», else the latest submission's «Дата окончания». */
  readonly end: IsoDate | undefined;
  /**
   * First appearance of this year's ИОМ: the earliest «Период с» of the person's routes overlapping the year or
   * the earliest submission time. Before 1 Sep it is a route carried over from the previous year; after the
   * report date it is a route planned ahead (routes carry no creation date) — neither is «developed» this year.
   */
  readonly appearedOn: IsoDate;
  /** The day the status became реализован (undefined when it is not реализован or the day is unknown). */
  readonly implementedOn: IsoDate | undefined;
  /** Competence groups of the activities of the person's routes overlapping the year, one bit per group. */
  readonly groupBits: number;
  /** Groups of those activities that are выполнено (a subset of groupBits). */
  readonly doneBits: number;
}

const GROUP_BIT = new Map(COMPETENCE_GROUPS.map((group, index) => [group, 1 << index]));

/** Whether a route of the person's ИОМ has an activity for `group` (coverage). */
export const hasActivityFor = (iom: PersonIom, group: CompetenceGroup) =>
  (iom.groupBits & GROUP_BIT.get(group)!) !== 0;

/** Whether an activity for `group` in a route of the person's ИОМ is выполнено (demand for courses). */
export const hasDoneActivityFor = (iom: PersonIom, group: CompetenceGroup) =>
  (iom.doneBits & GROUP_BIT.get(group)!) !== 0;

type Submission = RegisterRow & { readonly status: IomStatus };

/** Submissions with a status, sent in the academic year up to the report date, per person in time order. */
function submissionsByPerson(input: KpiInput): Map<string, Submission[]> {
  const byPerson = new Map<string, Submission[]>();
  for (const row of input.register) {
    if (!row.status || !inWindow(dayOf(row.submittedAt), input.window)) continue;
    const list = byPerson.get(row.email);
    if (list) list.push(row as Submission);
    else byPerson.set(row.email, [row as Submission]);
  }
  // A stable sort: of two submissions with the same time the lower row in the sheet is the later one.
  for (const list of byPerson.values())
    list.sort((a, b) => (a.submittedAt < b.submittedAt ? -1 : a.submittedAt > b.submittedAt ? 1 : 0));
  return byPerson;
}

/** The day of the submission that started the final run of «реализован» submissions. */
function implementedBySubmissions(submissions: readonly Submission[]): IsoDate | undefined {
  let since: IsoDate | undefined;
  for (const submission of submissions)
    if (submission.status !== "реализован") since = undefined;
    else since ??= dayOf(submission.submittedAt);
  return since;
}

function personIom(email: string, routes: readonly Route[], submissions: readonly Submission[]): PersonIom {
  const latest = submissions[submissions.length - 1];
  const route = currentRoute(routes);
  const status: IomStatus = latest?.status ?? (route ? routeStatus(route) : "разработан");
  let appearedOn = submissions[0] ? dayOf(submissions[0].submittedAt) : undefined;
  let groupBits = 0;
  let doneBits = 0;
  for (const each of routes) {
    if (!appearedOn || each.from < appearedOn) appearedOn = each.from;
    for (const activity of each.activities) {
      if (!activity.group) continue;
      const bit = GROUP_BIT.get(activity.group) ?? 0;
      groupBits |= bit;
      if (activity.state === "выполнено") doneBits |= bit;
    }
  }
  let implementedOn: IsoDate | undefined;
  if (status === "реализован")
    implementedOn = latest ? implementedBySubmissions(submissions) : route && routeCompletedOn(route);
  return {
    email,
    status,
    end: route?.to ?? latest?.end,
    appearedOn: appearedOn!,
    implementedOn,
    groupBits,
    doneBits,
  };
}

/**
 * People who have an ИОМ (spec §5): a route overlapping the academic year, or a register submission with a
 * status sent in the academic year up to the report date. Keyed by e-mail, which the parser lower-cases, so people
 * match across sheets in any case; not limited to «Педагоги».
 */
export function personIoms(input: KpiInput): Map<string, PersonIom> {
  const routes = routesByPerson(input.routes, input.year);
  const submissions = submissionsByPerson(input);
  const ioms = new Map<string, PersonIom>();
  for (const [email, own] of routes) ioms.set(email, personIom(email, own, submissions.get(email) ?? []));
  for (const [email, sent] of submissions)
    if (!routes.has(email)) ioms.set(email, personIom(email, [], sent));
  return ioms;
}
