// The «Показатели по ОО» table model: the staff indicators of each organisation coloured against their targets,
// the municipality's total, and the organisations that miss the most targets (for the sidebar's links).
import { russianDate } from "../dates.ts";
import type { OrgKpiReport, OrgKpis } from "../kpi/byOrg.ts";
import { STAFF_KPI_IDS, type StaffKpiId } from "../kpi/indicators.ts";
import { kpiTexts } from "../text/kpiTexts.ts";
import { KPI_SHEET_TITLE, STATUS_COLORS } from "./kpiTable.ts";
import { sheetLayout } from "./sheetLayout.ts";
import type { TableCell, TableSheet } from "./sheetModel.ts";
import { bold, kindOf, NO_DATA_COLOR, plain, valueCell } from "./tableCells.ts";

export const ORG_KPI_SHEET_TITLE = "Показатели по ОО";
export const ORG_TOTAL = "Всего по муниципалитету";

/** What each indicator counts, short enough for a band over its three columns. */
const SHORT_TITLES: Record<StaffKpiId, string> = {
  K1: "прошли диагностику",
  "K1.1": "уровень не ниже базового",
  K2: "есть ИОМ",
  "K2.1": "ИОМ реализованы",
  K3: "учителя: ДПП фед. реестра в ИОМ",
  K4: "обновлённые ФГОС",
  K5: "молодые педагоги в формах поддержки",
  K6: "участники конкурсов",
  K7: "педагоги школ: ДПП фед. реестра",
  K12: "в методических объединениях",
};

/** An organisation the sidebar names: how many targets it misses and its row on the sheet (1-based). */
export interface OrgFocus {
  readonly org: string;
  readonly missed: number;
  readonly withData: number;
  readonly row: number;
}

export interface OrgKpiTable {
  readonly sheet: TableSheet;
  /** At most three organisations, the most targets missed first; only those that miss at least one. */
  readonly focus: readonly OrgFocus[];
}

function missedCell(row: OrgKpis): TableCell {
  if (row.withData === 0) return { value: "—", color: NO_DATA_COLOR };
  return { value: row.missed, color: STATUS_COLORS[row.missed > 0 ? "не достигнут" : "достигнут"] };
}

/** A count (K6) is one column, the number of people; a share three: numerator, denominator, percent. */
const isCount = (id: StaffKpiId) => kindOf(id) === "count";

const rowCells = (row: OrgKpis, name: string, total = false): TableCell[] => {
  const cell = total ? bold : plain;
  return [
    cell(name),
    { ...missedCell(row), bold: total },
    cell(row.withData),
    ...row.kpis.flatMap((kpi) => [
      ...(isCount(kpi.id as StaffKpiId) ? [] : [cell(kpi.numerator), cell(kpi.denominator)]),
      { ...valueCell(kpi), bold: total },
    ]),
  ];
};

export function orgKpiTable(report: OrgKpiReport, focusCount = 3): OrgKpiTable {
  const year = `${report.period.from.slice(0, 4)}/${report.period.to.slice(0, 4)}`;
  const sheet: TableSheet = {
    title: ORG_KPI_SHEET_TITLE,
    caption: [
      `Показатели по ОО на ${russianDate(report.reportDate)}, учебный год ${year}`,
      "Сначала организации, не достигшие больше целей. Доли — в процентах, K6 — число участников; цвет — цель достигнута или нет.",
      `Строка «${ORG_TOTAL}» — показатели муниципалитета: числители и знаменатели строк ОО в сумме дают её.`,
      `${kpiTexts.k2AboveK1} Сколько владельцев ИОМ прошли диагностику в этом году — на листе «${KPI_SHEET_TITLE}».`,
    ],
    sections: [
      {
        bands: [
          { label: "", span: 3 },
          ...STAFF_KPI_IDS.map((id) => ({ label: `${id} ${SHORT_TITLES[id]}`, span: isCount(id) ? 1 : 3 })),
        ],
        headers: [
          "ОО",
          "Целей не достигнуто",
          "Показателей с данными",
          ...STAFF_KPI_IDS.flatMap((id) => (isCount(id) ? ["чел."] : ["числ.", "знам.", "знач."])),
        ],
        rows: [...report.rows.map((row) => rowCells(row, row.org)), rowCells(report.total, ORG_TOTAL, true)],
      },
    ],
    widths: [30, 11, 11],
  };
  const first = sheetLayout(sheet).print.headerRows + 1;
  const focus = report.rows
    .map((row, index) => ({ org: row.org, missed: row.missed, withData: row.withData, row: first + index }))
    .filter((row) => row.missed > 0)
    .slice(0, focusCount);
  return { sheet, focus };
}
