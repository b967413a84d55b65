// The catalogue routes are built from (the workbook's «Каталог», else the example) and the choice of candidates (spec §4.2).
import type { Book } from "../book.ts";
import type { ActivityType, CompetenceGroup, Level } from "../schema/enums.ts";
import type { CatalogRow } from "../schema/sheets.ts";
import { normalizeKey } from "../text/normalize.ts";
import { validRows } from "../validation/parseSheet.ts";
import { DEFAULT_CATALOG } from "./defaultCatalog.ts";
import { REFLEXIVE_CODE } from "./texts.ts";

/** How activity codes, titles and completed course names are compared: normalised, quotes dropped. */
export const activityKey = (text: string): string =>
  normalizeKey(text)
    .replace(/[«»"'„“”`]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();

export interface CatalogEntry extends CatalogRow {
  readonly codeKey: string;
  readonly titleKey: string;
  /** Normalised subject; "" = any subject. */
  readonly subjectKey: string;
  /** `forLevels`, empty = низкий and базовый. */
  readonly levels: ReadonlySet<Level>;
}

/** The slots of a route: per deficit one ДПП and one informal activity, per growth zone one, mentoring. */
export type SlotKind = "dpp" | "informal" | "growth" | "mentoring";

export const INFORMAL_TYPES: readonly ActivityType[] = [
  "мероприятие",
  "сообщество",
  "стажировка",
  "самообразование",
];

const GROWTH_CLASS: Partial<Record<ActivityType, number>> = { конкурс: 1, ДПП: 2 };
const growthClass = (type: ActivityType) => (INFORMAL_TYPES.includes(type) ? 0 : (GROWTH_CLASS[type] ?? 3));

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const bySubject = (a: CatalogEntry, b: CatalogEntry) =>
  Number(b.subjectKey !== "") - Number(a.subjectKey !== "");
const byHoursCode = (a: CatalogEntry, b: CatalogEntry) => a.hours - b.hours || compare(a.codeKey, b.codeKey);

/** Preference within each slot (first = best); a subject-specific activity beats an «any subject» one. */
const ORDER: Record<
  SlotKind,
  { accepts: (e: CatalogEntry) => boolean; sort: (a: CatalogEntry, b: CatalogEntry) => number }
> = {
  dpp: {
    accepts: (e) => e.type === "ДПП",
    sort: (a, b) => Number(b.federal) - Number(a.federal) || bySubject(a, b) || byHoursCode(a, b),
  },
  informal: {
    accepts: (e) => INFORMAL_TYPES.includes(e.type),
    sort: (a, b) =>
      bySubject(a, b) || INFORMAL_TYPES.indexOf(a.type) - INFORMAL_TYPES.indexOf(b.type) || byHoursCode(a, b),
  },
  growth: {
    accepts: (e) => e.type !== "наставничество",
    sort: (a, b) =>
      growthClass(a.type) - growthClass(b.type) ||
      bySubject(a, b) ||
      Number(b.federal) - Number(a.federal) ||
      byHoursCode(a, b),
  },
  mentoring: {
    accepts: (e) => e.type === "наставничество",
    sort: (a, b) => bySubject(a, b) || byHoursCode(a, b),
  },
};

const ANY_LEVELS: readonly Level[] = ["низкий", "базовый"];

function entryOf(row: CatalogRow): CatalogEntry {
  return {
    ...row,
    codeKey: activityKey(row.code),
    titleKey: activityKey(row.title),
    subjectKey: row.subject ? activityKey(row.subject) : "",
    levels: new Set(row.forLevels && row.forLevels.length > 0 ? row.forLevels : ANY_LEVELS),
  };
}

export class Catalog {
  readonly byCode = new Map<string, CatalogEntry>();
  /** Slot → group → entries of that group accepted by the slot, best first. */
  private readonly slots = new Map<SlotKind, Map<CompetenceGroup, CatalogEntry[]>>();

  constructor(
    rows: readonly CatalogRow[],
    readonly source: "workbook" | "default",
  ) {
    for (const row of rows) {
      const entry = entryOf(row);
      if (entry.codeKey === activityKey(REFLEXIVE_CODE) || this.byCode.has(entry.codeKey)) continue;
      this.byCode.set(entry.codeKey, entry);
    }
    const entries = [...this.byCode.values()];
    for (const kind of Object.keys(ORDER) as SlotKind[]) {
      const byGroup = new Map<CompetenceGroup, CatalogEntry[]>();
      for (const entry of entries.filter(ORDER[kind].accepts).sort(ORDER[kind].sort))
        for (const group of new Set(entry.groups)) byGroup.set(group, [...(byGroup.get(group) ?? []), entry]);
      this.slots.set(kind, byGroup);
    }
  }

  /** Entry of a code as written in «ИОМ» (compared normalised). */
  entry(code: string): CatalogEntry | undefined {
    return this.byCode.get(activityKey(code));
  }

  /**
   * Candidates for a slot, best first: the group is among the activity's groups, its subject is empty or the
   * person's, its levels include the goal's level, and `skip` (completed, already in the route) says no.
   */
  candidates(
    kind: SlotKind,
    goal: { group: CompetenceGroup; level: Level },
    subjectKey: string,
    skip: (entry: CatalogEntry) => boolean,
  ): CatalogEntry[] {
    return (this.slots.get(kind)?.get(goal.group) ?? []).filter(
      (e) => (e.subjectKey === "" || e.subjectKey === subjectKey) && e.levels.has(goal.level) && !skip(e),
    );
  }
}

/** The workbook's valid catalogue rows, else the example catalogue. */
export function loadCatalog(book: Pick<Book, "catalog">): Catalog {
  const rows = validRows(book.catalog);
  return rows.length > 0 ? new Catalog(rows, "workbook") : new Catalog(DEFAULT_CATALOG, "default");
}
