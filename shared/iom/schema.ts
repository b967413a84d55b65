// Shapes of route generation (spec §4, §7): zod schemas, the `iom --json` document, and types derived with z.infer.
import * as z from "zod/mini";
import { isDate, type Cell } from "../cells.ts";
import { ISO_DATE } from "../dates.ts";
import { ACTIVITY_STATES, ACTIVITY_TYPES, COMPETENCE_GROUPS, LEVELS } from "../schema/enums.ts";
import { RoutesSheet } from "../schema/sheets.ts";

const IsoDate = z.string().check(z.regex(ISO_DATE));
const Email = z.string().check(z.minLength(3));
const Group = z.enum(COMPETENCE_GROUPS);

export const Period = z.object({ from: IsoDate, to: IsoDate });
export type Period = z.infer<typeof Period>;

/** A goal of the route: a deficit (низкий) or a growth zone (базовый) that entered it. */
export const Deficit = z.object({ group: Group, score: z.number(), level: z.enum(LEVELS) });
export type Deficit = z.infer<typeof Deficit>;

/** One activity as `iom --json` prints it. A «подобрать мероприятие» placeholder has no type yet. */
export const JsonActivity = z.object({
  code: z.string(),
  title: z.string(),
  type: z.nullable(z.enum(ACTIVITY_TYPES)),
  group: z.nullable(Group),
  hours: z.number().check(z.gte(0)),
  /** Null only for a kept hand-added row without dates. */
  start: z.nullable(IsoDate),
  end: z.nullable(IsoDate),
  controlPoint: z.string(),
});

export const JsonRoute = z.object({
  email: Email,
  org: z.string(),
  period: Period,
  deficits: z.array(Deficit),
  activities: z.array(JsonActivity),
  totalHours: z.number().check(z.gte(0)),
  mentor: z.nullable(Email),
  warnings: z.array(z.string()),
});

export const ActivCandidate = z.object({ email: Email, group: Group });
export type ActivCandidate = z.infer<typeof ActivCandidate>;

/** Exactly the `iom --json` document of spec §7 (parsing strips every other key). */
export const IomJson = z.object({
  routes: z.array(JsonRoute),
  withoutDiagnostics: z.array(Email),
  activCandidates: z.array(ActivCandidate),
});
export type IomJson = z.infer<typeof IomJson>;

/** Where an activity of a route comes from. */
export const ActivitySource = z.enum(["catalog", "placeholder", "reflexive", "existing"]);
export type ActivitySource = z.infer<typeof ActivitySource>;

export const PlannedActivity = z.extend(JsonActivity, {
  federal: z.boolean(),
  mentor: z.nullable(Email),
  state: z.nullable(z.enum(ACTIVITY_STATES)),
  source: ActivitySource,
  /** Row of the existing «ИОМ» sheet for kept activities, else null. */
  sheetRow: z.nullable(z.int()),
});
export type PlannedActivity = z.infer<typeof PlannedActivity>;

export const Route = z.extend(JsonRoute, {
  fio: z.string(),
  /** «Преодоление дефицита: <группа> (<балл>%)», «Зона роста: …». */
  goals: z.array(z.string()),
  activities: z.array(PlannedActivity),
  /** True when the route replaced not-started generated rows of an existing route with the same key. */
  regenerated: z.boolean(),
});
export type Route = z.infer<typeof Route>;

/** A «пара» of seed 001, 3.4.3: a mentor at высокий in the group and a young teacher who needs it. */
export const MentorPair = z.object({
  mentor: Email,
  mentee: Email,
  group: z.nullable(Group),
  sameOrg: z.boolean(),
});
export type MentorPair = z.infer<typeof MentorPair>;

export const AlreadyHasRoute = z.object({ email: Email, period: Period });
export type AlreadyHasRoute = z.infer<typeof AlreadyHasRoute>;

export const OUTCOMES = ["route", "alreadyHasRoute", "withoutDiagnostics", "noGoals"] as const;
export const Outcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof Outcome>;

/** Every person of «Педагоги» and what generation did for them (the «Сводка ИОМ» sheet). */
export const PersonSummary = z.object({
  email: Email,
  fio: z.string(),
  org: z.string(),
  outcome: Outcome,
  /** Groups at высокий: candidate for the methodical актив of these groups. */
  activGroups: z.array(Group),
  /** Why a person without a route has none when it is not obvious (управленческие of a non-manager). */
  notes: z.array(z.string()),
});
export type PersonSummary = z.infer<typeof PersonSummary>;

const CellValue = z.custom<Cell>(
  (value) =>
    value === null ||
    value === undefined ||
    ["string", "number", "boolean"].includes(typeof value) ||
    isDate(value),
);

/**
 * A row of the merged «ИОМ» sheet: a kept existing row (its cells as found, in RoutesSheet field order)
 * or a generated one (parsed values: ISO dates, booleans; see shared/tables/routesTable.ts for the cells).
 */
export const SheetRow = z.discriminatedUnion("origin", [
  z.object({ origin: z.literal("kept"), sheetRow: z.int(), cells: z.array(CellValue) }),
  z.object({ origin: z.literal("generated"), data: RoutesSheet.schema }),
]);
export type SheetRow = z.infer<typeof SheetRow>;

export const RoutesResult = z.object({
  reportDate: IsoDate,
  /** The period of new routes (settings or default); a regenerated route keeps its own period. */
  period: Period,
  catalogSource: z.enum(["workbook", "default"]),
  routes: z.array(Route),
  withoutDiagnostics: z.array(Email),
  activCandidates: z.array(ActivCandidate),
  alreadyHaveRoute: z.array(AlreadyHasRoute),
  mentorPairs: z.array(MentorPair),
  people: z.array(PersonSummary),
  /** The whole «ИОМ» sheet after generation: kept rows in their order, generated rows after their route's. */
  rows: z.array(SheetRow),
  /** Rows of the existing «ИОМ» sheet that regeneration replaces (to delete when editing in place). */
  removedSheetRows: z.array(z.int()),
  /** Notes about the whole run (example catalogue used, settings ignored), in Russian. */
  warnings: z.array(z.string()),
});
export type RoutesResult = z.infer<typeof RoutesResult>;

/** The `iom --json` document of a result: validated, and stripped of every key spec §7 does not list. */
export const iomJson = (result: Pick<RoutesResult, "routes" | "withoutDiagnostics" | "activCandidates">) =>
  IomJson.safeParse({
    routes: result.routes,
    withoutDiagnostics: result.withoutDiagnostics,
    activCandidates: result.activCandidates,
  });
