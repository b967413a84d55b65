// Routes of the «ИОМ» sheet grouped per person and period, with the status their activities give them.
import type { IsoDate } from "../dates.ts";
import type { IomStatus } from "../schema/enums.ts";
import type { RouteRow } from "../schema/sheets.ts";
import { overlaps, type DateWindow } from "./input.ts";
import { emailKey } from "./people.ts";

/** One route: a person and a period (the route key of spec §4.6), with its activity rows. */
export interface Route {
  readonly email: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly activities: RouteRow[];
}

/** Routes per person (lower-case e-mail) whose period overlaps `year`. */
export function routesByPerson(rows: readonly RouteRow[], year: DateWindow): Map<string, Route[]> {
  const byKey = new Map<string, Route>();
  for (const row of rows) {
    if (!overlaps(row.from, row.to, year)) continue;
    const email = emailKey(row.email);
    const key = `${email}\u0000${row.from}\u0000${row.to}`;
    let route = byKey.get(key);
    if (!route) byKey.set(key, (route = { email, from: row.from, to: row.to, activities: [] }));
    route.activities.push(row);
  }
  const byPerson = new Map<string, Route[]>();
  for (const route of byKey.values()) {
    const list = byPerson.get(route.email);
    if (list) list.push(route);
    else byPerson.set(route.email, [route]);
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
  const done = route.activities.filter((activity) => activity.state === "выполнено").length;
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
