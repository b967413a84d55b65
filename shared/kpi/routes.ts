// Routes of the «ИОМ» sheet grouped per person and period, with the status their activities give them.
import type { IsoDate } from "../dates.ts";
import type { IomStatus } from "../schema/enums.ts";
import type { RouteRow } from "../schema/sheets.ts";
import { overlaps, type DateWindow } from "./input.ts";

/** One route: a person and a period (the route key of spec §4.6), with its activity rows. */
export interface Route {
  readonly email: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly activities: RouteRow[];
}

/** Routes per person (e-mails are lower-cased by the parser) whose period overlaps `year`. */
export function routesByPerson(rows: readonly RouteRow[], year: DateWindow): Map<string, Route[]> {
  const byPerson = new Map<string, Route[]>();
  for (const row of rows) {
    if (!overlaps(row.from, row.to, year)) continue;
    let routes = byPerson.get(row.email);
    if (!routes) byPerson.set(row.email, (routes = []));
    // A person has one or two routes: a linear search beats building a key string per row.
    let route = routes.find((each) => each.from === row.from && each.to === row.to);
    if (!route) routes.push((route = { email: row.email, from: row.from, to: row.to, activities: [] }));
    route.activities.push(row);
  }
  return byPerson;
}

/** The person's current route when several overlap the year: the one that starts (then ends) latest. */
export function currentRoute(routes: readonly Route[]): Route | undefined {
  let current: Route | undefined;
  for (const route of routes)
    if (!current || route.from > current.from || (route.from === current.from && route.to > current.to))
      current = route;
  return current;
}

/** All activities выполнено → реализован, some → реализуется, none → разработан (spec §5). */
export function routeStatus(route: Route): IomStatus {
  let done = 0;
  for (const activity of route.activities) if (activity.state === "выполнено") done++;
  if (done === route.activities.length) return "реализован";
  return done > 0 ? "реализуется" : "разработан";
}

/** When a route became реализован: the latest «Дата выполнения» of its activities (undefined when none is dated). */
export function routeCompletedOn(route: Route): IsoDate | undefined {
  if (routeStatus(route) !== "реализован") return undefined;
  let latest: IsoDate | undefined;
  for (const activity of route.activities)
    if (activity.doneDate && (!latest || activity.doneDate > latest)) latest = activity.doneDate;
  return latest;
}
