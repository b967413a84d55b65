// KPIs by organisation (issue 13): the staff indicators of each organisation, which add up to the municipal figures.
import { normalizeKey } from "../text/normalize.ts";
import type { KpiContext } from "./context.ts";
import type { KpiResult } from "./definitions.ts";
import { staffIndicators } from "./indicators.ts";
import type { PersonIom } from "./iom.ts";
import type { Person } from "./people.ts";

/** The row of the ИОМ of people outside «Педагоги» whose organisation is written nowhere. */
export const NO_ORG = "ОО не указана";

export interface OrgKpis {
  /** The name as written in «ОО» (else as written in the register or «ИОМ»; NO_ORG when nowhere). */
  readonly org: string;
  /** The staff indicators, in the order of STAFF_KPI_IDS. */
  readonly kpis: readonly KpiResult[];
  /** Indicators whose target is missed (met = false). */
  readonly missed: number;
  /** Indicators with data (met ≠ null). */
  readonly withData: number;
}

export interface OrgKpiReport {
  readonly reportDate: string;
  readonly period: { readonly from: string; readonly to: string };
  /** One row per organisation, the most targets missed first (then the most indicators with data, then by name). */
  readonly rows: readonly OrgKpis[];
  /** The municipality's figures: every row's numerators and denominators add up to these. */
  readonly total: OrgKpis;
}

interface Bucket {
  org: string;
  people: Person[];
  ioms: PersonIom[];
}

const orgKpis = (org: string, kpis: KpiResult[]): OrgKpis => ({
  org,
  kpis,
  missed: kpis.filter((kpi) => kpi.met === false).length,
  withData: kpis.filter((kpi) => kpi.met !== null).length,
});

/**
 * The organisation an ИОМ counts for: the person's in «Педагоги»; for a person missing there (K2.1 counts
 * every ИОМ), the one of their latest register submission, else of their route in «ИОМ».
 */
function iomOrgs(context: KpiContext): Map<string, string> {
  const orgOf = new Map<string, string>();
  const latest = new Map<string, string>();
  for (const row of context.input.routes)
    if (row.org?.trim() && !orgOf.has(row.email)) orgOf.set(row.email, row.org);
  for (const row of context.input.register) {
    const time = latest.get(row.email);
    if (time === undefined || row.submittedAt >= time) {
      latest.set(row.email, row.submittedAt);
      orgOf.set(row.email, row.org);
    }
  }
  for (const person of context.people) orgOf.set(person.email, person.staff.org);
  return orgOf;
}

/**
 * `municipal`: the municipality's staff indicators when already computed (computeKpis gives them), in the order
 * of STAFF_KPI_IDS; else they are counted here.
 */
export function kpisByOrg(context: KpiContext, municipal?: readonly KpiResult[]): OrgKpiReport {
  const buckets = new Map<string, Bucket>();
  const bucket = (name: string | undefined): Bucket => {
    const org = name?.trim() || NO_ORG;
    const key = normalizeKey(org);
    let found = buckets.get(key);
    if (!found) buckets.set(key, (found = { org, people: [], ioms: [] }));
    return found;
  };
  for (const org of context.input.orgs) bucket(org.name);
  for (const person of context.people) bucket(person.staff.org).people.push(person);
  const orgOf = iomOrgs(context);
  for (const iom of context.ioms.values()) bucket(orgOf.get(iom.email)).ioms.push(iom);

  const rows = [...buckets.values()]
    .map((b) => orgKpis(b.org, staffIndicators(context, b.people, b.ioms)))
    .sort((a, b) => b.missed - a.missed || b.withData - a.withData || a.org.localeCompare(b.org, "ru"));
  const { input } = context;
  return {
    reportDate: input.reportDate,
    period: { from: input.year.from, to: input.year.to },
    rows,
    total: orgKpis("", [...(municipal ?? staffIndicators(context, context.people, context.ioms.values()))]),
  };
}
