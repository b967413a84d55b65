// Building the activities of a route (catalogue, «подобрать мероприятие», reflexive diagnostics, kept rows) and their «ИОМ» rows.
import type { IsoDate } from "../dates.ts";
import type { ActivityType, CompetenceGroup } from "../schema/enums.ts";
import type { RouteRow } from "../schema/sheets.ts";
import type { CatalogEntry } from "./catalog.ts";
import type { ExistingRow } from "./existing.ts";
import type { Person } from "./people.ts";
import type { Slot } from "./schedule.ts";
import type { Period, PlannedActivity } from "./schema.ts";
import {
  controlPointOf,
  iomText,
  PLACEHOLDER_TITLE,
  REFLEXIVE,
  REFLEXIVE_CODE,
  REFLEXIVE_HOURS,
} from "./texts.ts";

export function catalogActivity(
  entry: CatalogEntry,
  group: CompetenceGroup,
  slot: Slot,
  mentor: string | null,
): PlannedActivity {
  return {
    code: entry.code,
    title: entry.title,
    type: entry.type,
    group,
    hours: entry.hours,
    start: slot.start,
    end: slot.end,
    controlPoint: controlPointOf(entry.type),
    federal: entry.federal,
    mentor: entry.type === "наставничество" ? mentor : null,
    state: "запланировано",
    source: "catalog",
    sheetRow: null,
  };
}

/** «подобрать мероприятие» for a goal the catalogue has nothing for: no hours, dated at the window start. */
export function placeholderActivity(
  group: CompetenceGroup,
  type: ActivityType | null,
  day: IsoDate,
  mentor: string | null,
): PlannedActivity {
  return {
    code: "",
    title: PLACEHOLDER_TITLE,
    type,
    group,
    hours: 0,
    start: day,
    end: day,
    controlPoint: controlPointOf(type),
    federal: false,
    mentor: type === "наставничество" ? mentor : null,
    state: "запланировано",
    source: "placeholder",
    sheetRow: null,
  };
}

export function reflexiveActivity(groups: readonly CompetenceGroup[], slot: Slot): PlannedActivity {
  return {
    code: REFLEXIVE_CODE,
    title: iomText.reflexiveTitle(groups),
    // A diagnostic event of all the route's groups; the main (first) goal's group stands in the «Группа» column.
    type: REFLEXIVE.type,
    group: groups[0] ?? null,
    hours: REFLEXIVE_HOURS,
    start: slot.start,
    end: slot.end,
    controlPoint: REFLEXIVE.controlPoint,
    federal: false,
    mentor: null,
    state: "запланировано",
    source: "reflexive",
    sheetRow: null,
  };
}

/** A kept row of the existing route, as the route lists it. */
export function keptActivity(row: ExistingRow): PlannedActivity {
  const d = row.data;
  return {
    code: d.code ?? "",
    title: d.title ?? "",
    type: d.type ?? null,
    group: d.group ?? null,
    hours: d.hours ?? 0,
    start: d.start ?? null,
    end: d.end ?? null,
    controlPoint: d.controlPoint ?? "",
    federal: d.federal ?? false,
    mentor: d.mentor ?? null,
    state: d.state ?? null,
    source: "existing",
    sheetRow: row.sheetRow,
  };
}

/** The «ИОМ» row of a generated activity (spec §2.7); kept rows are never rewritten. */
export function routeRowOf(person: Person, period: Period, activity: PlannedActivity): RouteRow {
  return {
    email: person.email,
    fio: person.fio,
    org: person.org,
    from: period.from,
    to: period.to,
    group: activity.group ?? undefined,
    code: activity.code === "" ? undefined : activity.code,
    title: activity.title,
    type: activity.type ?? undefined,
    federal: activity.federal,
    hours: activity.hours,
    start: activity.start ?? undefined,
    end: activity.end ?? undefined,
    controlPoint: activity.controlPoint,
    mentor: activity.mentor ?? undefined,
    state: "запланировано",
  };
}
