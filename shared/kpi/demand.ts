// Demand for courses in a municipality (issue 13): staff at «низкий» per group × subject and how far routes cover
// them; per catalogue code, people with it planned, in progress and done. Counts only.
import * as z from "zod/mini";
import { activityKey, type Catalog } from "../iom/catalog.ts";
import { REFLEXIVE_CODE } from "../iom/texts.ts";
import { OTHER, plainText } from "../report/bounds.ts";
import { catalogueText, sharedSubjects, subjectToSend } from "../report/shareableTexts.ts";
import { ACTIVITY_TYPES, COMPETENCE_GROUPS, type ActivityState } from "../schema/enums.ts";
import { normalizeKey } from "../text/normalize.ts";
import type { KpiContext } from "./context.ts";
import { overlaps } from "./input.ts";
import { hasActivityFor, hasDoneActivityFor } from "./iom.ts";

/**
 * The subject of staff whose «Предмет» is empty (managers, kindergartens). Subjects, codes and titles are sent
 * as plain text (report/bounds.ts): never a leading «=», «+», «-» or «@» a spreadsheet would take for a formula;
 * and only those that cannot point at a person (report/shareableTexts.ts), the others as «прочие».
 */
export const NO_SUBJECT = "без предмета";

const Count = z.int().check(z.gte(0));
/** Catalogue titles are cut to this length in a report. */
export const TITLE_LENGTH = 100;

/** Staff whose latest level in `group` is низкий; of them with an activity for it in a route; of them with it done. */
export const DemandRow = z.object({
  group: z.enum(COMPETENCE_GROUPS),
  subject: z.string().check(z.minLength(1), z.maxLength(100)),
  withDeficit: Count,
  withIom: Count,
  done: Count,
});
export type DemandRow = z.infer<typeof DemandRow>;

/**
 * People with the catalogue activity `code` in a route, by its most advanced state; its title as «Каталог» gives it
 * (never a title typed into «ИОМ»: a hand-added activity may name a person), type and register flag.
 */
export const ProgrammeRow = z.object({
  code: z.string().check(z.minLength(1), z.maxLength(60)),
  title: z.optional(z.string().check(z.maxLength(TITLE_LENGTH))),
  type: z.nullable(z.enum(ACTIVITY_TYPES)),
  federal: z.boolean(),
  planned: Count,
  inProgress: Count,
  done: Count,
});
export type ProgrammeRow = z.infer<typeof ProgrammeRow>;

/** The key demand rows are summed by: group and subject, compared normalised. */
export const demandKey = (group: string, subject: string) => `${group}\u0000${normalizeKey(subject)}`;

export const byGroupThenSubject = (a: DemandRow, b: DemandRow) =>
  COMPETENCE_GROUPS.indexOf(a.group) - COMPETENCE_GROUPS.indexOf(b.group) ||
  a.subject.localeCompare(b.subject, "ru");

export interface DemandFigures {
  readonly demand: DemandRow[];
  readonly programmes: ProgrammeRow[];
}

/**
 * Per group × subject (the person's «Предмет», compared normalised), in group order then by subject; a subject fewer
 * than MIN_SUBJECT_PEOPLE of the staff share is «прочие».
 */
function demandRows({ people, latest, ioms }: KpiContext): DemandRow[] {
  const rows = new Map<string, DemandRow>();
  const subjects = people.map((person) => plainText(person.staff.subject ?? "", 100));
  const shared = sharedSubjects(subjects);
  // Subjects repeat across thousands of people: each written form is judged once.
  const sent = new Map<string, string>();
  people.forEach((person, index) => {
    const results = latest.get(person.email);
    if (!results) return;
    const written = subjects[index]!;
    let subject = sent.get(written);
    if (subject === undefined)
      sent.set(written, (subject = written ? subjectToSend(written, shared) : NO_SUBJECT));
    const iom = ioms.get(person.email);
    for (const result of results.values()) {
      if (result.level !== "низкий") continue;
      const key = demandKey(result.group, subject);
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { group: result.group, subject, withDeficit: 0, withIom: 0, done: 0 }));
      row.withDeficit++;
      if (!iom || !hasActivityFor(iom, result.group)) continue;
      row.withIom++;
      if (hasDoneActivityFor(iom, result.group)) row.done++;
    }
  });
  return [...rows.values()].sort(byGroupThenSubject);
}

const STATE_RANK: Partial<Record<ActivityState, number>> = {
  запланировано: 1,
  "в процессе": 2,
  выполнено: 3,
};
const REFLEXIVE_KEY = activityKey(REFLEXIVE_CODE);

/**
 * Per catalogue code of the «ИОМ» activities in routes overlapping the academic year: each person once, by the
 * most advanced state (no state = запланировано; не выполнено is not counted). Code, title, type and register flag
 * from «Каталог»; a code not in it (typed by hand, it may name anything) is counted in one «прочие» row, each person
 * once there too. Rows without a code and the closing reflexive diagnostics are not catalogue items.
 */
function programmeRows({ input }: KpiContext, catalog: Catalog): ProgrammeRow[] {
  const byCode = new Map<string, { row: ProgrammeRow; people: Map<string, number> }>();
  // Codes repeat on thousands of rows: each written form is looked up once (its row's key, or the reflexive one).
  const keys = new Map<string, string>();
  const keyOf = (written: string) => {
    const key = activityKey(written);
    if (key === REFLEXIVE_KEY) return key;
    const entry = catalog.entry(written);
    return entry && catalogueText(plainText(entry.code, 60)) ? key : OTHER;
  };
  for (const activity of input.routes) {
    const written = plainText(activity.code ?? "");
    if (!written || !overlaps(activity.from, activity.to, input.year)) continue;
    const rank = STATE_RANK[activity.state ?? "запланировано"];
    let key = keys.get(written);
    if (key === undefined) keys.set(written, (key = keyOf(written)));
    if (rank === undefined || key === REFLEXIVE_KEY) continue;
    let item = byCode.get(key);
    if (!item) {
      const entry = key === OTHER ? undefined : catalog.entry(written)!;
      const title = entry && catalogueText(plainText(entry.title, TITLE_LENGTH));
      const row: ProgrammeRow = {
        code: entry ? plainText(entry.code, 60) : OTHER,
        ...(title === undefined ? {} : { title }),
        type: entry?.type ?? null,
        federal: entry?.federal ?? false,
        planned: 0,
        inProgress: 0,
        done: 0,
      };
      byCode.set(key, (item = { row, people: new Map() }));
    }
    item.people.set(activity.email, Math.max(rank, item.people.get(activity.email) ?? 0));
  }
  const rows = [...byCode.values()].map(({ row, people }) => {
    for (const rank of people.values())
      if (rank === 3) row.done++;
      else if (rank === 2) row.inProgress++;
      else row.planned++;
    return row;
  });
  const last = (row: ProgrammeRow) => Number(row.code === OTHER);
  return rows.sort((a, b) => last(a) - last(b) || a.code.localeCompare(b.code, "ru"));
}

export function demandFigures(context: KpiContext, catalog: Catalog): DemandFigures {
  return { demand: demandRows(context), programmes: programmeRows(context, catalog) };
}
