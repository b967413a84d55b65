// Keeps a report's demand small: subjects and codes over the caps are summed as «прочие», so every total stays.
import {
  byGroupThenSubject,
  demandKey,
  type DemandFigures,
  type DemandRow,
  type ProgrammeRow,
} from "../kpi/demand.ts";
import { normalizeKey } from "../text/normalize.ts";
import { OTHER } from "./bounds.ts";

/** The subjects and the catalogue codes a report names; the rest are summed in one «прочие» row. */
export const DEMAND_CAPS = { subjects: 60, codes: 300 } as const;
export type DemandCaps = { readonly subjects: number; readonly codes: number };

const compare = (a: string, b: string) => a.localeCompare(b, "ru");

/** The `cap` keys with the largest totals (ties: by name); the others map to OTHER. */
export function keep<T>(rows: readonly T[], key: (row: T) => string, total: (row: T) => number, cap: number) {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(key(row), (totals.get(key(row)) ?? 0) + total(row));
  return new Set(
    [...totals]
      .sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))
      .slice(0, Math.max(0, cap))
      .map(([name]) => name),
  );
}

/** Which subject a row counts under when at most `subjects` subjects (those with the most staff at низкий) are named. */
export function subjectCap(rows: readonly DemandRow[], subjects: number): (row: DemandRow) => string {
  const kept = keep(
    rows,
    (row) => normalizeKey(row.subject),
    (row) => row.withDeficit,
    subjects,
  );
  return (row) => (kept.has(normalizeKey(row.subject)) ? row.subject : OTHER);
}

/** At most `subjects` subjects, the others summed per group as «прочие». */
export function capDemand(rows: readonly DemandRow[], subjects: number): DemandRow[] {
  const subjectOf = subjectCap(rows, subjects);
  const merged = new Map<string, DemandRow>();
  for (const row of rows) {
    const subject = subjectOf(row);
    const key = demandKey(row.group, subject);
    const sum = merged.get(key);
    if (!sum) merged.set(key, { ...row, subject });
    else {
      sum.withDeficit += row.withDeficit;
      sum.withIom += row.withIom;
      sum.done += row.done;
    }
  }
  return [...merged.values()].sort(byGroupThenSubject);
}

export const programmePeople = (row: ProgrammeRow) => row.planned + row.inProgress + row.done;

/** Which code a row counts under when at most `codes` codes (those with the most people) are named. */
export function codeCap(rows: readonly ProgrammeRow[], codes: number): (row: ProgrammeRow) => string {
  const kept = keep(rows, (row) => normalizeKey(row.code), programmePeople, codes);
  kept.delete(OTHER);
  return (row) => (kept.has(normalizeKey(row.code)) ? row.code : OTHER);
}

/** At most `codes` codes, the others in one «прочие» row of no one type, last. */
export function capProgrammes(rows: readonly ProgrammeRow[], codes: number): ProgrammeRow[] {
  const codeOf = codeCap(rows, codes);
  const result: ProgrammeRow[] = [];
  let other: ProgrammeRow | undefined;
  for (const row of rows) {
    if (codeOf(row) !== OTHER) {
      result.push({ ...row });
      continue;
    }
    other ??= { code: OTHER, type: null, federal: false, planned: 0, inProgress: 0, done: 0 };
    other.planned += row.planned;
    other.inProgress += row.inProgress;
    other.done += row.done;
  }
  result.sort((a, b) => compare(a.code, b.code));
  return other ? [...result, other] : result;
}

export const capFigures = (figures: DemandFigures, caps: DemandCaps): DemandFigures => ({
  demand: capDemand(figures.demand, caps.subjects),
  programmes: capProgrammes(figures.programmes, caps.codes),
});

/** Bytes of `text` in UTF-8 (Apps Script has no TextEncoder). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The largest caps (from DEMAND_CAPS down, each step to 70 %) at which `build(figures)` serialises to at most
 * `budget` bytes; at caps of 0 a report has one «прочие» row per group and one for the codes.
 */
export function fitDemand<T>(figures: DemandFigures, budget: number, build: (capped: DemandFigures) => T): T {
  let caps: DemandCaps = DEMAND_CAPS;
  for (;;) {
    const report = build(capFigures(figures, caps));
    if (utf8Length(JSON.stringify(report)) <= budget || (caps.subjects === 0 && caps.codes === 0))
      return report;
    caps = { subjects: Math.floor(caps.subjects * 0.7), codes: Math.floor(caps.codes * 0.7) };
  }
}
