// How Firestore keeps a snapshot: one small document (the region's figures, who reported and when) and each
// municipality's figures in a document of its own, indicator titles once — so hundreds of municipalities fit 1 MiB.
import * as z from "zod";
import { ReportedMunicipality } from "../../shared/report/aggregate.ts";
import { KpiResult } from "../../shared/kpi/definitions.ts";
import { SnapshotDoc } from "./documents.ts";
import { contentHash } from "./hash.ts";

/**
 * The layout a snapshot document is written in; documents without `layout` hold the whole report (layout 1), layout 2
 * kept each municipality's figures under an id without figuresKey.
 */
const SNAPSHOT_LAYOUT = 3;

const {
  kpis: _kpis,
  monthly: _monthly,
  coverage: _coverage,
  demand: _demand,
  programmes: _programmes,
  ...entry
} = ReportedMunicipality.shape;

/** A reported municipality as the snapshot document lists it: who, the report's date, when it came, its revision. */
const SnapshotEntry = z.object(entry);

const headShape = {
  ...SnapshotDoc.shape,
  report: z.object({ ...SnapshotDoc.shape.report.shape, municipalities: z.array(SnapshotEntry) }),
};

/**
 * `snapshots/{month}_rNNN` in layouts 2 and 3: the snapshot with each municipality's figures left out; layout 3 also
 * names the key of its figures' ids (see figuresKey).
 */
export const SnapshotHead = z.union([
  z.object({ ...headShape, layout: z.literal(2) }),
  z.object({
    ...headShape,
    layout: z.literal(SNAPSHOT_LAYOUT),
    figuresKey: z.string().regex(/^[0-9a-f]{16}$/u),
  }),
]);
export type SnapshotHead = z.infer<typeof SnapshotHead>;

/** `snapshotMunicipalities/{month}_rNNN_{key}_{code}`: one municipality's figures; a KPI title only where it differs from the region's. */
export const SnapshotFigures = z.object({
  code: z.string(),
  kpis: z.array(z.object({ ...KpiResult.shape, title: z.string().optional() })),
  monthly: ReportedMunicipality.shape.monthly,
  coverage: ReportedMunicipality.shape.coverage,
  demand: ReportedMunicipality.shape.demand,
  programmes: ReportedMunicipality.shape.programmes,
});
export type SnapshotFigures = z.infer<typeof SnapshotFigures>;

/**
 * What tells a snapshot's figures documents apart from those of another run of the same revision: 64 bits of the
 * hash of the figures themselves, kept in the head. Equal keys mean equal figures, whatever version of the code
 * computed them: a run repeated after it stopped midway writes over its own figures with the same content, and a
 * run that loses the revision (a previous deployment's, say) never writes over the winner's. Undefined for layout 2,
 * whose ids had no key.
 */
export const figuresKey = (head: SnapshotHead): string | undefined =>
  head.layout === 2 ? undefined : head.figuresKey;

const regionTitles = (region: SnapshotDoc["report"]["region"]) =>
  new Map(region.kpis.map((kpi) => [kpi.id, kpi.title]));

/** The snapshot as one head document and one figures document per reported municipality (in the report's order). */
export function splitSnapshot(snapshot: SnapshotDoc): { head: SnapshotHead; figures: SnapshotFigures[] } {
  const titles = regionTitles(snapshot.report.region);
  const figures = snapshot.report.municipalities.map(
    ({ code, kpis, monthly, coverage, demand, programmes }): SnapshotFigures => ({
      code,
      kpis: kpis.map(({ title, ...kpi }) => (titles.get(kpi.id) === title ? kpi : { ...kpi, title })),
      monthly,
      coverage,
      ...(demand === undefined ? {} : { demand }),
      ...(programmes === undefined ? {} : { programmes }),
    }),
  );
  const municipalities = snapshot.report.municipalities.map(
    ({ kpis: _k, monthly: _m, coverage: _c, demand: _d, programmes: _p, ...rest }) => rest,
  );
  return {
    head: {
      ...snapshot,
      layout: SNAPSHOT_LAYOUT,
      figuresKey: contentHash(figures).slice(0, 16),
      report: { ...snapshot.report, municipalities },
    },
    figures,
  };
}

/** The snapshot again from its head and figures; undefined when a municipality's figures are not there. */
export function joinSnapshot(
  head: SnapshotHead,
  figures: readonly SnapshotFigures[],
): SnapshotDoc | undefined {
  const titles = regionTitles(head.report.region);
  const byCode = new Map(figures.map((part) => [part.code, part]));
  const municipalities = [];
  for (const listed of head.report.municipalities) {
    const part = byCode.get(listed.code);
    if (!part) return undefined;
    const { code: _code, kpis, ...rest } = part;
    municipalities.push({
      ...listed,
      ...rest,
      kpis: kpis.map((kpi) => ({ ...kpi, title: kpi.title ?? titles.get(kpi.id) ?? kpi.id })),
    });
  }
  const { layout: _layout, figuresKey: _key, ...snapshot } = { figuresKey: undefined, ...head };
  return { ...snapshot, report: { ...head.report, municipalities } };
}
