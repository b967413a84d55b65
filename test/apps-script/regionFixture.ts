// A region's month as getConsolidated answers it: aggregateRegion over municipal report fixtures, one left missing.
import { aggregateRegion, consolidateJson, type RegionReport } from "../../shared/report/aggregate.ts";
import { CONSOLIDATED_SHEETS } from "../../shared/tables/consolidatedTables.ts";
import { reportFixture, reportWithDemand } from "../shared/report/fixtures.ts";
import { builtAddon, loadAddon, type AddonEnv } from "./addon.ts";
import { FUNCTIONS_URL } from "./settings.ts";

export const REGION_URL = `${FUNCTIONS_URL}getConsolidated`;
export const REGION_KEY = "region.k3y-secret";
export const MONTH = "2026-11";
/** The sheets an import of MONTH writes. */
export const TITLE = `Свод ${MONTH}`;
export const DEMAND = `${CONSOLIDATED_SHEETS.demand} ${MONTH}`;
export const PROGRAMMES = `${CONSOLIDATED_SHEETS.programmes} ${MONTH}`;
/** What consolidatedBody says of the snapshot, as the caption shows it. */
export const META = { regionName: "Московская область", revision: 1, takenAt: "2026-12-01T03:00:00.000Z" };

const NAMES = ["Альфа", "Бета", "Гамма"];

/**
 * `count` known municipalities; all but the last reported, with their demand for courses unless `withDemand` is
 * false (reports of an earlier version). «a» meets K1 (7 of 10), «b» misses it (3 of 10), the others have the
 * fixtures' default figures.
 */
export function regionReport(count: number, month = MONTH, withDemand = true): RegionReport {
  const known = Array.from({ length: count }, (_, i) => ({
    code: i < NAMES.length ? "abc"[i]! : `m${String(i + 1).padStart(2, "0")}`,
    name: NAMES[i] ?? `Муниципалитет ${i + 1}`,
  }));
  const demandOf = (code: string, base: number) => {
    const { demand, programmes } = reportWithDemand(
      code,
      base,
      undefined,
      base % 2 ? "математика" : "физика",
    );
    return withDemand ? { demand, programmes } : {};
  };
  const reports = known.slice(0, -1).map(({ code, name }, i) => ({
    ...reportFixture(
      code,
      month,
      code === "a" ? { K1: [7, 10] } : code === "b" ? { K1: [3, 10] } : {},
      i + 1,
      name,
    ),
    ...demandOf(code, i + 1),
    receivedAt: "2026-11-30T18:45:00.000Z",
    revision: 1,
  }));
  return aggregateRegion({ month, known, reports });
}

/** The JSON body of a 200 answer of getConsolidated for `report`. */
export function consolidatedBody(report: RegionReport, revision = 1): string {
  return JSON.stringify({
    month: report.month,
    revision,
    latestRevision: revision,
    takenAt: META.takenAt,
    regionName: META.regionName,
    workbookPath: `reports/region/${report.month}.xlsx`,
    consolidated: consolidateJson(report),
    report,
  });
}

/** An add-on in «Регион» mode with its address and key, whose getConsolidated answers with `count` municipalities. */
export async function regional(count = 3, withDemand = true): Promise<AddonEnv> {
  const env = loadAddon(await builtAddon());
  env.call("saveRegionSettings", { url: REGION_URL, key: REGION_KEY });
  const body = consolidatedBody(regionReport(count, MONTH, withDemand));
  env.fetch = () => ({ code: 200, body });
  return env;
}
