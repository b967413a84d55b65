// A region at full size for the snapshot's size: municipal reports with the longest texts the schema allows (each
// still under the 64 KB a report may have), or with texts of a realistic length, and the snapshot they make; and a
// region of many municipalities with the smallest reports.
import { aggregateRegion } from "../../shared/report/aggregate.ts";
import { buildMunicipalReport, type MunicipalReport } from "../../shared/report/municipalReport.ts";
import { OTHER } from "../../shared/report/bounds.ts";
import type { DemandFigures } from "../../shared/kpi/demand.ts";
import { COMPETENCE_GROUPS, ACTIVITY_TYPES } from "../../shared/schema/enums.ts";
import type { SnapshotDoc } from "../../functions/src/documents.ts";
import { kpiReportFixture, reportFixture } from "../shared/report/fixtures.ts";

export type Texts = "worst" | "realistic";

const MONTH = "2026-11";
/** A Cyrillic letter: two bytes in UTF-8, so the longest texts are also the heaviest. */
const fill = (prefix: string, length: number) => (prefix + "ж".repeat(length)).slice(0, length);
const counted = (i: number, length: number, prefix = "") => fill(`${prefix}${i}ж`, length);

const codeOf = (i: number, texts: Texts) => (texts === "worst" ? `m${counted(i, 39)}` : `mo${i}`);
const nameOf = (i: number, texts: Texts) =>
  texts === "worst" ? counted(i, 200, "Округ ") : `Городской округ номер ${i}`;

/** Demand over many subjects and catalogue codes, each row with people not covered (so each names its leaders). */
function demandOf(i: number, texts: Texts): DemandFigures {
  const subjects = texts === "worst" ? 60 : 12;
  const demand = COMPETENCE_GROUPS.flatMap((group) =>
    Array.from({ length: subjects }, (_, s) => ({
      group,
      subject: texts === "worst" ? counted(s, 100, `${group} `) : `предмет ${s}`,
      withDeficit: 2 + ((i + s) % 3),
      withIom: 1,
      done: 0,
    })),
  );
  const codes = texts === "worst" ? 300 : 40;
  const programmes = Array.from({ length: codes }, (_, c) => ({
    code: texts === "worst" ? counted(i * 1000 + c, 60, "К") : `ПК-2026-${String(c).padStart(3, "0")}`,
    title: texts === "worst" ? counted(c, 100, "Программа ") : `Программа повышения квалификации номер ${c}`,
    type: ACTIVITY_TYPES[c % ACTIVITY_TYPES.length]!,
    federal: c % 2 === 0,
    planned: 1 + (c % 5),
    inProgress: c % 3,
    done: c % 2,
  }));
  return { demand, programmes };
}

/** Municipality `i`'s report for 2026-11 (the builder caps its demand to fit the report's byte budget). */
export function buildReport(i: number, texts: Texts): MunicipalReport {
  const demand = demandOf(i, texts);
  const kpis = kpiReportFixture(`${MONTH}-30`, {}, 1 + (i % 7));
  const coverage = COMPETENCE_GROUPS.map((group) => {
    const rows = demand.demand.filter((row) => row.group === group);
    const sum = (key: "withDeficit" | "withIom") => rows.reduce((total, row) => total + row[key], 0);
    return { group, withDeficit: sum("withDeficit"), withIom: sum("withIom") };
  });
  return buildMunicipalReport(codeOf(i, texts), nameOf(i, texts), MONTH, { ...kpis, coverage }, demand);
}

const templates = new Map<Texts, MunicipalReport>();

/**
 * The same as buildReport(i) (every text of the same length, so of the same size), made from one built report by
 * renaming: building 200 reports with the longest texts takes seconds, renaming one takes nothing.
 */
export function municipalityReport(i: number, texts: Texts): MunicipalReport {
  let template = templates.get(texts);
  if (!template) templates.set(texts, (template = buildReport(1, texts)));
  const programmeCode = (c: number) =>
    texts === "worst" ? counted(i * 1000 + c, 60, "К") : `ПК-2026-${String(c).padStart(3, "0")}`;
  return {
    ...template,
    code: codeOf(i, texts),
    name: nameOf(i, texts),
    programmes: template.programmes?.map((row, c) =>
      row.code === OTHER ? row : { ...row, code: programmeCode(c) },
    ),
  };
}

const snapshots = new Map<string, SnapshotDoc>();

/** The snapshot of a region where all `count` municipalities reported. */
export function largeSnapshot(count: number, texts: Texts): SnapshotDoc {
  const key = `${count} ${texts}`;
  if (!snapshots.has(key)) snapshots.set(key, aggregated(count, texts));
  return structuredClone(snapshots.get(key)!);
}

function aggregated(count: number, texts: Texts): SnapshotDoc {
  const reports = Array.from({ length: count }, (_, i) => municipalityReport(i + 1, texts));
  return snapshotOf(reports, texts === "worst" ? fill("Область ", 200) : "Московская область");
}

/**
 * The snapshot of a region of `count` municipalities with the smallest reports: many documents of a few KiB (more
 * than one Firestore commit takes), quick to write. `base` (1–9) changes every figure and the fingerprint.
 */
export function wideSnapshot(count: number, base = 1): SnapshotDoc {
  const reports = Array.from({ length: count }, (_, i) =>
    reportFixture(`m${String(i).padStart(4, "0")}`, MONTH, {}, base + (i % 5)),
  );
  return { ...snapshotOf(reports, "Московская область"), fingerprint: String(base).repeat(64) };
}

/** The snapshot of a region where every one of `reports` came in, revisions 1–3. */
function snapshotOf(reports: readonly MunicipalReport[], regionName: string): SnapshotDoc {
  const report = aggregateRegion({
    month: MONTH,
    known: reports.map(({ code, name }) => ({ code, name })),
    reports: reports.map((r, i) => ({ ...r, receivedAt: "2026-11-30T09:00:00.000Z", revision: 1 + (i % 3) })),
  });
  return {
    month: MONTH,
    revision: 1,
    takenAt: "2026-12-01T03:00:00.000Z",
    fingerprint: "f".repeat(64),
    trigger: "schedule",
    regionId: "test-region",
    regionName,
    workbookPath: `reports/test-region/${MONTH}/svod-${MONTH}.xlsx`,
    report,
  };
}
