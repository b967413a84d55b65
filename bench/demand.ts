// Benchmark of the demand for courses (issue 13): the report of a 100 000-staff municipality with many subjects and
// catalogue codes stays under 64 KB of JSON; the region's demand tables for 60 municipalities take < 100 ms.
// Usage: npx tsx bench/demand.ts [staff=100000] [municipalities=60]
import { readBook, type RawSheet } from "../shared/book.ts";
import type { Cell } from "../shared/cells.ts";
import { computeMunicipalFigures } from "../shared/kpi/compute.ts";
import type { DemandFigures } from "../shared/kpi/demand.ts";
import { aggregateRegion } from "../shared/report/aggregate.ts";
import { utf8Length } from "../shared/report/demandCaps.ts";
import { buildMunicipalReport, type MunicipalReport } from "../shared/report/municipalReport.ts";
import { COMPETENCE_GROUPS } from "../shared/schema/enums.ts";
import { consolidatedTables } from "../shared/tables/consolidatedTables.ts";
import { syntheticBook } from "./kpi.ts";
import { kpiReportFixture } from "../test/shared/report/fixtures.ts";

const REPORT_DATE = "2026-11-30";
const REPORT_LIMIT = 64 * 1024;
const TABLES_GOAL_MS = 100;
const FIRESTORE_DOCUMENT_LIMIT = 1024 * 1024;
const SUBJECTS = [
  "математика",
  "русский язык и литература",
  "начальные классы",
  "история и обществознание",
  "физика",
  "химия",
  "биология",
  "география",
  "английский язык",
  "информатика",
];
/** 80 subjects (over the cap of 60) and 500 catalogue codes with long titles (over the cap of 300). */
const subject = (i: number) =>
  `${SUBJECTS[i % SUBJECTS.length]} (профиль ${Math.floor(i / SUBJECTS.length) % 8})`;
const code = (i: number) => `РЕГ-ДПП-${String(i % 500).padStart(3, "0")}`;

/** The KPI bench's synthetic municipality, with varied subjects, route codes and a 500-item «Каталог». */
function heavyMunicipality(people: number): RawSheet[] {
  const sheets = syntheticBook(people).map((sheet) => ({
    ...sheet,
    values: sheet.values.map((row) => [...row]),
  }));
  const staff = sheets.find((s) => s.name === "Педагоги")!.values;
  staff.slice(1).forEach((row, i) => (row[5] = subject(i)));
  const routes = sheets.find((s) => s.name === "ИОМ")!.values;
  routes.slice(1).forEach((row, i) => (row[6] = code(i * 7)));
  const catalog: Cell[][] = [
    ["Код", "Название", "Тип", "Группы компетенций", "Часы", "Длительность, недель", "Федеральный реестр"],
  ];
  for (let i = 0; i < 500; i++)
    catalog.push([
      code(i),
      `Дополнительная профессиональная программа «Современные образовательные технологии», модуль ${i}`,
      "ДПП",
      COMPETENCE_GROUPS[i % 6]!,
      36,
      6,
      i % 3 === 0 ? "да" : "нет",
    ]);
  return [...sheets, { name: "Каталог", values: catalog }];
}

/** A municipality's report at the caps (60 subjects × 6 groups, 300 codes), figures varied by `seed`. */
function cappedReport(seed: number): MunicipalReport {
  const figures: DemandFigures = {
    demand: COMPETENCE_GROUPS.flatMap((group, g) =>
      Array.from({ length: 70 }, (_, i) => {
        const withDeficit = ((seed * 31 + i * 7 + g) % 40) + 1;
        const withIom = (withDeficit * ((seed + i) % 5)) >> 2;
        return { group, subject: subject(i + (seed % 5)), withDeficit, withIom, done: withIom >> 1 };
      }),
    ),
    programmes: Array.from({ length: 350 }, (_, i) => ({
      code: code(i + seed),
      title: `Дополнительная профессиональная программа «Современные образовательные технологии», модуль ${(i + seed) % 500}`,
      type: "ДПП" as const,
      federal: i % 3 === 0,
      planned: (seed + i) % 17,
      inProgress: (seed * i) % 5,
      done: i % 4,
    })),
  };
  const kpis = kpiReportFixture(REPORT_DATE);
  const coverage = COMPETENCE_GROUPS.map((group) => {
    const rows = figures.demand.filter((row) => row.group === group);
    return {
      group,
      withDeficit: rows.reduce((s, r) => s + r.withDeficit, 0),
      withIom: rows.reduce((s, r) => s + r.withIom, 0),
    };
  });
  return buildMunicipalReport(
    `mo${seed}`,
    `Муниципалитет ${seed}`,
    "2026-11",
    { ...kpis, coverage },
    figures,
  );
}

const time = <T>(run: () => T) => {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
};

export interface DemandBenchRow {
  readonly bench: string;
  readonly size: string;
  readonly ms: number;
  readonly note: string;
}

export function benchDemand(people = 100_000, municipalities = 60): DemandBenchRow[] {
  computeMunicipalFigures(readBook(heavyMunicipality(2_000), { reportDate: REPORT_DATE })); // warm-up
  const book = readBook(heavyMunicipality(people), { reportDate: REPORT_DATE });
  const figures = time(() => computeMunicipalFigures(book));
  const report = time(() =>
    buildMunicipalReport("big", "Крупный муниципалитет", "2026-11", figures.value.kpis, figures.value.demand),
  );
  const bytes = utf8Length(JSON.stringify(report.value));
  if (bytes >= REPORT_LIMIT) throw new Error(`the report is ${bytes} bytes, over ${REPORT_LIMIT}`);

  const reports = Array.from({ length: municipalities }, (_, i) => cappedReport(i + 1));
  const known = reports.map(({ code, name }) => ({ code, name }));
  const build = () => consolidatedTables(aggregateRegion({ month: "2026-11", known, reports }));
  build(); // warm-up
  const runs = Array.from({ length: 5 }, () => time(build).ms);
  const best = Math.min(...runs);
  const regionReport = aggregateRegion({ month: "2026-11", known, reports });
  const { region } = regionReport;
  // The snapshot document stores the region report: a Firestore document holds at most 1 MiB
  // (https://firebase.google.com/docs/firestore/quotas#collections_documents_and_fields).
  const snapshotBytes = utf8Length(JSON.stringify(regionReport));
  if (snapshotBytes >= FIRESTORE_DOCUMENT_LIMIT)
    throw new Error(`the region report is ${snapshotBytes} bytes, over a Firestore document's limit`);
  return [
    {
      bench: "demand: municipal report (figures + caps)",
      size: `${people} сотр., ${book.staff.rows.length} в «Педагоги»`,
      ms: Math.round(figures.ms + report.ms),
      note: `${(bytes / 1024).toFixed(1)} КБ JSON (< 64 КБ): ${report.value.demand!.length} строк потребности, ${report.value.programmes!.length} кодов`,
    },
    {
      bench: "demand: region tables (aggregate + 8 sheets)",
      size: `${municipalities} муниципалитетов`,
      ms: Math.round(best),
      note: `лучший из 5, цель < ${TABLES_GOAL_MS} мс ${best < TABLES_GOAL_MS ? "достигнута" : "НЕ достигнута"}; ${region.demand!.length} строк потребности, ${region.programmes!.length} кодов; снимок ${(snapshotBytes / 1024).toFixed(0)} КБ (< 1 МБ)`,
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [people, municipalities] = process.argv.slice(2).map(Number);
  console.table(benchDemand(people || undefined, municipalities || undefined));
}
