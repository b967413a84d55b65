// The region's programmes: per catalogue code as written, the sums over municipalities, the title most of them use,
// and each municipality's detail rows with its own title where it differs.
import type { ProgrammeRow } from "../kpi/demand.ts";
import { OTHER } from "./bounds.ts";
import { DEMAND_CAPS, keep, programmePeople } from "./demandCaps.ts";
import { add, DETAIL_ROWS, leadersOf, type RegionProgrammeRow, type WithDemand } from "./regionDemand.ts";

/**
 * The region's title of each code: the one most municipalities sent; a tie goes to the region's own catalogue
 * (`catalog`, code → title) when it has the code, else to the first title in alphabetical order.
 */
function titleVotes(catalog: ReadonlyMap<string, string> | undefined) {
  const votes = new Map<string, Map<string, Set<string>>>();
  return {
    add(code: string, title: string | undefined, municipality: string) {
      if (title === undefined || code === OTHER) return;
      let byTitle = votes.get(code);
      if (!byTitle) votes.set(code, (byTitle = new Map()));
      let voters = byTitle.get(title);
      if (!voters) byTitle.set(title, (voters = new Set()));
      voters.add(municipality);
    },
    winner(code: string): string | undefined {
      const byTitle = votes.get(code);
      if (!byTitle) return undefined;
      const most = Math.max(...[...byTitle.values()].map((voters) => voters.size));
      const tied = [...byTitle].filter(([, voters]) => voters.size === most).map(([title]) => title);
      if (tied.length === 1) return tied[0];
      return catalog?.get(code) ?? tied.sort((a, b) => a.localeCompare(b, "ru"))[0];
    },
  };
}

/**
 * Region rows per catalogue code (at most DEMAND_CAPS.codes, the rest «прочие» last), the most planned first. Codes
 * are compared as written (the catalogue's spelling): «пример-циф-1» of one municipality is not «ПРИМЕР-ЦИФ-1» of
 * another, so no municipality respells another's code; each code's title is the one most municipalities use.
 */
export function regionProgrammeRows(
  reports: readonly WithDemand[],
  catalog?: ReadonlyMap<string, string>,
): RegionProgrammeRow[] {
  const kept = keep(
    reports.flatMap((report) => report.programmes),
    (row) => row.code,
    programmePeople,
    DEMAND_CAPS.codes,
  );
  kept.delete(OTHER);
  const rows = new Map<
    string,
    { row: RegionProgrammeRow; counts: Map<string, number>; present: Set<string> }
  >();
  const titles = titleVotes(catalog);
  for (const report of reports)
    for (const row of report.programmes) {
      const code = kept.has(row.code) ? row.code : OTHER;
      let sum = rows.get(code);
      if (!sum) {
        const other = code === OTHER;
        const empty: RegionProgrammeRow = {
          code,
          type: other ? null : row.type,
          federal: other ? false : row.federal,
          planned: 0,
          inProgress: 0,
          done: 0,
          municipalities: 0,
          leaders: [],
        };
        rows.set(code, (sum = { row: empty, counts: new Map(), present: new Set() }));
      }
      titles.add(code, row.title, report.code);
      sum.row.planned += row.planned;
      sum.row.inProgress += row.inProgress;
      sum.row.done += row.done;
      if (programmePeople(row) > 0) sum.present.add(report.code);
      add(sum.counts, report.code, row.planned);
    }
  const last = (row: RegionProgrammeRow) => Number(row.code === OTHER);
  return [...rows.values()]
    .map(({ row, counts, present }) => {
      const title = titles.winner(row.code);
      return {
        ...row,
        ...(title === undefined ? {} : { title }),
        municipalities: present.size,
        leaders: leadersOf(counts),
      };
    })
    .sort(
      (a, b) =>
        last(a) - last(b) ||
        b.planned - a.planned ||
        b.inProgress - a.inProgress ||
        a.code.localeCompare(b.code, "ru"),
    );
}

/**
 * A municipality's catalogue codes kept in the region report: the DETAIL_ROWS most planned (then in progress). A
 * row keeps its own title only where it differs from the region row's (`regionTitles`, code → title), so a large
 * region's snapshot does not repeat the titles, and a municipality's row still shows the title it sent.
 */
export const programmeDetail = (
  rows: readonly ProgrammeRow[],
  regionTitles: ReadonlyMap<string, string | undefined> = new Map(),
): ProgrammeRow[] =>
  rows
    .filter((row) => row.planned + row.inProgress > 0)
    .sort(
      (a, b) => b.planned - a.planned || b.inProgress - a.inProgress || a.code.localeCompare(b.code, "ru"),
    )
    .slice(0, DETAIL_ROWS)
    .map(({ title, ...row }) =>
      title === undefined || row.code === OTHER || title === regionTitles.get(row.code)
        ? row
        : { ...row, title },
    );
