// The latest diagnostic per person × competence group, by date (not sheet order), optionally within a date window.
import type { IsoDate } from "../dates.ts";
import type { CompetenceGroup, Level } from "../schema/enums.ts";
import type { DiagnosticRow } from "../schema/sheets.ts";

export interface GroupResult {
  readonly group: CompetenceGroup;
  readonly score: number;
  readonly level: Level;
  readonly date: IsoDate;
  /** «Дефициты» of that row: the topics the diagnostics found. */
  readonly topics: readonly string[];
}

/** e-mail → group → latest result. */
export type LatestResults = Map<string, Map<CompetenceGroup, GroupResult>>;

/**
 * Rows must be valid (no errors), levels resolved (readBook does it). Rows outside `window` are ignored;
 * on the same date the row lower in the sheet wins.
 */
export function latestResults(
  rows: readonly DiagnosticRow[],
  window?: { from: IsoDate; to: IsoDate },
): LatestResults {
  const latest: LatestResults = new Map();
  for (const row of rows) {
    if (window && (row.date < window.from || row.date > window.to)) continue;
    let groups = latest.get(row.email);
    if (!groups) latest.set(row.email, (groups = new Map()));
    const current = groups.get(row.group);
    if (!current || row.date >= current.date)
      groups.set(row.group, {
        group: row.group,
        score: row.score,
        level: row.level ?? "низкий",
        date: row.date,
        topics: row.topics ?? [],
      });
  }
  return latest;
}
