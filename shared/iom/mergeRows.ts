// The «ИОМ» sheet after generation: kept rows in their order, each route's generated rows right after its last kept row.
import type { RouteRow } from "../schema/sheets.ts";
import { routeKey, rowRoute, type ExistingRow } from "./existing.ts";
import type { SheetRow } from "./schema.ts";

export interface GeneratedRoute {
  /** routeKey(email, period). */
  readonly key: string;
  readonly rows: readonly RouteRow[];
}

const keyOf = (row: ExistingRow) => {
  const route = rowRoute(row);
  return route && routeKey(route.email, route.period);
};

/**
 * Existing rows not in `removed` stay where they are; a regenerated route's new rows follow its last kept row;
 * routes with no kept row are appended in the order given. Running it on its own output changes nothing.
 */
export function mergeRows(
  existing: readonly ExistingRow[],
  removed: ReadonlySet<number>,
  generated: readonly GeneratedRoute[],
): SheetRow[] {
  const pending = new Map(generated.map((route) => [route.key, route.rows]));
  const lastKept = new Map<string, number>();
  existing.forEach((row, index) => {
    const key = keyOf(row);
    if (key && pending.has(key) && !removed.has(row.sheetRow)) lastKept.set(key, index);
  });
  const out: SheetRow[] = [];
  const flush = (key: string) => {
    for (const data of pending.get(key) ?? []) out.push({ origin: "generated", data });
    pending.delete(key);
  };
  existing.forEach((row, index) => {
    if (removed.has(row.sheetRow)) return;
    out.push({ origin: "kept", sheetRow: row.sheetRow, cells: row.cells });
    const key = keyOf(row);
    if (key && lastKept.get(key) === index) flush(key);
  });
  for (const route of generated) flush(route.key);
  return out;
}
