// «Программы» and its detail by municipality: catalogue activities by people who have them planned, in progress, done.
import type { ProgrammeRow } from "../kpi/demand.ts";
import type { RegionReport } from "../report/aggregate.ts";
import { OTHER } from "../report/bounds.ts";
import { normalizeKey } from "../text/normalize.ts";
import { DETAIL_ROWS } from "../report/regionDemand.ts";
import { demandGaps, detailRows, leadersText, municipalityNames } from "./consolidatedDemandSheets.ts";
import { CONSOLIDATED_SHEETS, type ConsolidatedSheet } from "./consolidatedModel.ts";
import { STATUS_COLORS } from "./kpiTable.ts";
import { bold, NO_DATA, NO_DATA_COLOR, plain } from "./tableCells.ts";
import type { TableCell } from "./sheetModel.ts";

/** Federal-registry programmes stand out in the colour of a met target. */
const federalCell = (row: ProgrammeRow): TableCell =>
  row.federal ? { value: "да", color: STATUS_COLORS["достигнут"] } : plain(row.code === OTHER ? "" : "нет");

const itemCells = (row: ProgrammeRow, title = row.title): TableCell[] => [
  row.code === OTHER ? bold(OTHER) : plain(row.code),
  plain(row.code === OTHER ? "мероприятия сверх числа кодов в отчёте" : (title ?? "")),
  plain(row.type ?? "—"),
  federalCell(row),
  bold(row.planned),
  plain(row.inProgress),
  plain(row.done),
];

const ITEM_HEADERS = [
  "Код",
  "Название",
  "Тип",
  "Федеральный реестр",
  "Запланировано",
  "В процессе",
  "Выполнено",
];

export function programmesSheet(report: RegionReport, caption: readonly string[]): ConsolidatedSheet {
  const names = municipalityNames(report);
  const rows = (report.region.programmes ?? []).map((row): TableCell[] => [
    ...itemCells(row),
    plain(row.planned + row.inProgress + row.done),
    plain(row.municipalities),
    plain(leadersText(row.leaders, names)),
  ]);
  const none = report.region.programmes
    ? [[plain("В ИОМ нет мероприятий каталога")]]
    : [[{ value: NO_DATA, color: NO_DATA_COLOR }]];
  return {
    title: CONSOLIDATED_SHEETS.programmes,
    caption: [
      ...caption,
      "Мероприятия каталога в ИОМ педагогов: сколько человек их запланировали, проходят и прошли; федеральные ДПП отмечены. По убыванию запланированного.",
      `Человек считается в каждом своём мероприятии — и по дефицитам, и по зонам роста (базовый уровень), поэтому людей здесь больше, чем на листе «${CONSOLIDATED_SHEETS.demand}», где считаются только люди с дефицитом (низкий уровень), каждый один раз в группе.`,
      demandGaps(report),
    ],
    sections: [
      {
        headers: [...ITEM_HEADERS, "Всего в ИОМ", "Муниципалитетов", "Больше всего запланировано"],
        rows: rows.length > 0 ? rows : none,
      },
    ],
    widths: [16, 44, 15, 13, 15, 11, 12, 11, 17, 36],
  };
}

export function programmesByMunicipalitySheet(
  report: RegionReport,
  caption: readonly string[],
): ConsolidatedSheet {
  // A municipality's row carries a title only where it differs from the region row of the same code (as written);
  // snapshots of earlier versions merged codes compared normalised, so that is the fallback.
  const regionRows = report.region.programmes ?? [];
  const titles = new Map(regionRows.map((row) => [row.code, row.title]));
  const normalised = new Map(regionRows.map((row) => [normalizeKey(row.code), row.title]));
  const rows = detailRows(
    report,
    (m) => m.programmes,
    (row) =>
      itemCells(
        row,
        row.title ?? (titles.has(row.code) ? titles.get(row.code) : normalised.get(normalizeKey(row.code))),
      ),
    "запланированных мероприятий каталога нет",
  );
  return {
    title: CONSOLIDATED_SHEETS.programmesByMunicipality,
    caption: [
      ...caption,
      `У каждого муниципалитета — до ${DETAIL_ROWS} мероприятий с наибольшим числом запланировавших; суммы по региону — на листе «${CONSOLIDATED_SHEETS.programmes}».`,
    ],
    sections: [
      {
        headers: ["Муниципалитет", ...ITEM_HEADERS],
        rows,
      },
    ],
    widths: [30, 16, 50, 15, 13, 15, 11, 12],
  };
}
