// «Потребность в ДПО» and its detail by municipality: staff at «низкий» per group × subject and how far routes cover them.
import { NO_SUBJECT, type DemandRow } from "../kpi/demand.ts";
import type { RegionReport, ReportedMunicipality } from "../report/aggregate.ts";
import {
  demandByGroup,
  DETAIL_ROWS,
  notCovered,
  type Leader,
  type RegionDemandRow,
} from "../report/regionDemand.ts";
import { countText } from "../text/ru.ts";
import { NUMBER_FORMATS } from "./kpiTable.ts";
import { CONSOLIDATED_SHEETS, type ConsolidatedMeta, type ConsolidatedSheet } from "./consolidatedModel.ts";
import { bold, NO_DATA, NO_DATA_COLOR, plain, round } from "./tableCells.ts";
import type { TableCell } from "./sheetModel.ts";

const ALL_SUBJECTS = "все предметы";

/** «без предмета» named for what it is: staff whose «Предмет» is empty. */
export const NO_SUBJECT_LABEL = `${NO_SUBJECT} (воспитатели, управленцы и др.)`;
export const subjectLabel = (subject: string) => (subject === NO_SUBJECT ? NO_SUBJECT_LABEL : subject);

export const coverageShare = (withIom: number, withDeficit: number): TableCell =>
  withDeficit === 0
    ? { value: "—", color: NO_DATA_COLOR }
    : { value: round((withIom / withDeficit) * 100, 1), numberFormat: NUMBER_FORMATS.share };

/** Code → name of every municipality the report knows. */
export const municipalityNames = (report: RegionReport) =>
  new Map([...report.municipalities, ...report.missing].map((m) => [m.code, m.name]));

/** «Одинцовский городской округ — 12; Серпухов — 5». */
export const leadersText = (leaders: readonly Leader[], names: ReadonlyMap<string, string>) =>
  leaders.map((leader) => `${names.get(leader.code) ?? leader.code} — ${leader.count}`).join("; ");

/** Which municipalities the sums leave out, and why: never counted as zero. */
export function demandGaps(report: RegionReport): string {
  const without = report.withoutDemand ?? (report.region.demand ? [] : report.municipalities);
  const counted = report.municipalities.length - without.length;
  const gaps = [
    ...report.missing.map((m) => `${m.name} (нет отчёта)`),
    ...without.map((m) => `${m.name} (отчёт без сведений о потребности)`),
  ];
  return `Суммы по ${counted} из ${report.municipalities.length + report.missing.length} муниципалитетов${gaps.length > 0 ? `; нет данных: ${gaps.join(", ")}` : ""}.`;
}

const figures = (row: Pick<DemandRow, "withDeficit" | "withIom" | "done">, strong = false): TableCell[] => {
  const cell = strong ? bold : plain;
  return [
    cell(row.withDeficit),
    cell(row.withIom),
    bold(row.withDeficit - row.withIom),
    cell(row.done),
    coverageShare(row.withIom, row.withDeficit),
  ];
};

const FIGURE_HEADERS = ["С дефицитом", "Охвачено ИОМ", "Не охвачено", "Выполнено", "Охват, %"];

/**
 * Without any municipality's demand (reports of an earlier version), the groups still show their deficits and
 * coverage (spec §6) from the KPI reports; subjects and «выполнено» are «нет данных».
 */
function coverageOnly(report: RegionReport): TableCell[][] {
  const noData = { value: NO_DATA, color: NO_DATA_COLOR };
  const groups = report.region.coverage.filter((row) => row.withDeficit > 0);
  if (groups.length === 0) return [[noData]];
  return groups.map((row) => [
    bold(row.group),
    noData,
    ...figures({ ...row, done: 0 }, true).slice(0, 3),
    noData,
    coverageShare(row.withIom, row.withDeficit),
  ]);
}

/**
 * Under each group, its subjects with more than `foldUpTo` not covered (the most first), then the others folded
 * into one line with their sums: 45 rows of 1–4 people, most of them fully covered, read as a few lines that matter.
 */
function groupRows(rows: readonly RegionDemandRow[], foldUpTo: number, names: ReadonlyMap<string, string>) {
  // demandByGroup gives the groups in COMPETENCE_GROUPS order, which the (stable) sort keeps for equal counts.
  const groups = demandByGroup(rows).sort((a, b) => b.notCovered - a.notCovered);
  return groups.flatMap((group): TableCell[][] => {
    const shown: RegionDemandRow[] = [];
    const folded: RegionDemandRow[] = [];
    for (const row of rows) {
      if (row.group !== group.group) continue;
      const open = notCovered(row);
      // Two tests, not one and its else: with a count that is no number (NaN) a row is in neither list.
      if (open > foldUpTo) shown.push(row);
      else if (open <= foldUpTo) folded.push(row);
    }
    const sum = (key: "withDeficit" | "withIom" | "done") =>
      folded.reduce((total, row) => total + row[key], 0);
    const rest =
      folded.length === 0
        ? []
        : [
            [
              plain(group.group),
              plain(
                `ещё ${countText(folded.length, "предмет", "предмета", "предметов")}: ${foldUpTo === 0 ? "все охвачены ИОМ" : `не охвачено не больше ${foldUpTo} в каждом`}`,
              ),
              ...figures({ withDeficit: sum("withDeficit"), withIom: sum("withIom"), done: sum("done") }),
              plain(""),
            ],
          ];
    return [
      [bold(group.group), bold(ALL_SUBJECTS), ...figures(group, true), plain("")],
      ...shown.map((row): TableCell[] => [
        plain(row.group),
        plain(subjectLabel(row.subject)),
        ...figures(row),
        plain(leadersText(row.leaders, names)),
      ]),
      ...rest,
    ];
  });
}

/** How «Потребность в ДПО» and «Программы» count, so the two sheets read together. */
export const DEMAND_VS_PROGRAMMES = `Здесь человек с дефицитом считается один раз в группе; на листе «${CONSOLIDATED_SHEETS.programmes}» — все запланированные мероприятия каталога (и по дефицитам, и по зонам роста — базовому уровню, и наставничество), человек — в каждом своём мероприятии, поэтому там людей больше.`;

export function demandSheet(
  report: RegionReport,
  caption: readonly string[],
  meta: ConsolidatedMeta = {},
): ConsolidatedSheet {
  const rows = report.region.demand ?? [];
  const foldUpTo = Math.max(0, meta.demandFoldUpTo ?? 0);
  const none = report.region.demand
    ? [[plain("Дефицитов не выявлено"), plain(""), plain(0), plain(0), plain(0), plain(0), plain("—")]]
    : coverageOnly(report);
  return {
    title: CONSOLIDATED_SHEETS.demand,
    caption: [
      ...caption,
      "Дефицит — последний уровень «низкий» в группе компетенций; охвачено — в ИОМ есть мероприятие по этой группе; не охвачено — потребность в ДПО.",
      `Группы — по убыванию не охваченных; под итогом группы (${ALL_SUBJECTS}) — её предметы, где не охвачено больше ${foldUpTo}, остальные свёрнуты в одну строку. ${demandGaps(report)}`,
      DEMAND_VS_PROGRAMMES,
      `«${NO_SUBJECT}» — сотрудники с пустым «Предметом» в листе «Педагоги»: воспитатели, управленческие кадры, педагоги дополнительного образования и др.`,
    ],
    sections: [
      {
        headers: ["Группа компетенций", "Предмет", ...FIGURE_HEADERS, "Больше всего не охвачено"],
        rows: rows.length > 0 ? groupRows(rows, foldUpTo, municipalityNames(report)) : none,
      },
    ],
    widths: [26, 30, 12, 12, 12, 12, 10, 50],
  };
}

const noData = (name: string, why: string): TableCell[] => [
  plain(name),
  { value: NO_DATA, color: NO_DATA_COLOR },
  plain(why),
];

/**
 * The rows of a detail sheet: each municipality's rows with its name first (`none` when it has none), «нет данных»
 * for one that reported without its demand, then for each that sent no report.
 */
export function detailRows<T>(
  report: RegionReport,
  rowsOf: (m: ReportedMunicipality) => readonly T[] | undefined,
  cells: (row: T) => TableCell[],
  none: string,
): TableCell[][] {
  const reported = report.municipalities.flatMap((m): TableCell[][] => {
    const rows = rowsOf(m);
    if (!rows) return [noData(m.name, "отчёт без сведений о потребности")];
    if (rows.length === 0) return [[plain(m.name), plain(none)]];
    return rows.map((row) => [plain(m.name), ...cells(row)]);
  });
  return [...reported, ...report.missing.map((m) => noData(m.name, "нет отчёта"))];
}

export function demandByMunicipalitySheet(
  report: RegionReport,
  caption: readonly string[],
): ConsolidatedSheet {
  const rows = detailRows(
    report,
    (m) => m.demand,
    (row) => [plain(row.group), plain(subjectLabel(row.subject)), ...figures(row).slice(0, 4)],
    "все дефициты охвачены ИОМ",
  );
  return {
    title: CONSOLIDATED_SHEETS.demandByMunicipality,
    caption: [
      ...caption,
      `У каждого муниципалитета — до ${DETAIL_ROWS} строк «группа × предмет» с наибольшим числом не охваченных (все строки — в его отчёте); суммы по региону — на листе «${CONSOLIDATED_SHEETS.demand}».`,
    ],
    sections: [
      {
        headers: ["Муниципалитет", "Группа компетенций", "Предмет", ...FIGURE_HEADERS.slice(0, 4)],
        rows,
      },
    ],
    widths: [36, 28, 24, 12, 12, 12, 12],
  };
}
