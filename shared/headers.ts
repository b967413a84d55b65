// Header matching (spec §2): a header matches a field when, normalised, it equals or starts with one of its names.
import type { Cell } from "./cells.ts";
import type { Fields } from "./schema/sheets.ts";
import { normalizeKey } from "./text/normalize.ts";

export interface MatchedColumn {
  /** 0-based column index in the sheet. */
  readonly index: number;
  /** The header as written in the sheet. */
  readonly header: string;
}

export type ColumnMap<F extends Fields> = { readonly [K in keyof F]?: MatchedColumn };

interface Candidate {
  field: string;
  exact: boolean;
  length: number;
}

const better = (a: Candidate, b: Candidate | undefined) =>
  !b || (a.exact && !b.exact) || (a.exact === b.exact && a.length > b.length);

/**
 * Each column goes to the field it matches best (exact beats prefix, a longer name beats a shorter one);
 * each field takes the leftmost of its columns. Unmatched columns are left alone.
 */
export function matchHeaders<F extends Fields>(headerRow: readonly Cell[], fields: F): ColumnMap<F> {
  const names = Object.entries(fields).flatMap(([field, def]) =>
    def.names.map((name) => ({ field, key: normalizeKey(name) })),
  );
  const result: Record<string, MatchedColumn> = {};
  headerRow.forEach((cell, index) => {
    if (typeof cell !== "string") return;
    const header = normalizeKey(cell);
    if (header === "") return;
    let best: Candidate | undefined;
    for (const { field, key } of names) {
      const exact = header === key;
      if (!exact && !header.startsWith(key)) continue;
      const candidate = { field, exact, length: key.length };
      if (better(candidate, best)) best = candidate;
    }
    if (best && !(best.field in result)) result[best.field] = { index, header: cell };
  });
  return result as ColumnMap<F>;
}

/** Whether a sheet title names the wanted sheet (case-insensitive, normalised). */
export const sameSheetName = (actual: string, wanted: string) =>
  normalizeKey(actual) === normalizeKey(wanted);
