// «Дефициты» and «Качество данных»: deficits and their ИОМ coverage by group, invalid rows and who did not report.
import { russianDate } from "../dates.ts";
import type { RegionReport, ReportedMunicipality } from "../report/aggregate.ts";
import { NUMBER_FORMATS, STATUS_COLORS } from "./kpiTable.ts";
import {
  CONSOLIDATED_SHEETS,
  moscowTime,
  NO_DATA,
  NO_DATA_COLOR,
  plain,
  round,
  type ConsolidatedSheet,
  type TableCell,
} from "./consolidatedModel.ts";

const coverageShare = (withIom: number, withDeficit: number): TableCell =>
  withDeficit === 0
    ? { value: "—", color: NO_DATA_COLOR }
    : { value: round((withIom / withDeficit) * 100, 1), numberFormat: NUMBER_FORMATS.share };

export function deficitsSheet(report: RegionReport, caption: readonly string[]): ConsolidatedSheet {
  const groups = report.region.coverage.map((row) => row.group);
  const regionRows = report.region.coverage.map((row): TableCell[] => [
    plain(row.group),
    plain(row.withDeficit),
    plain(row.withIom),
    plain(row.withDeficit - row.withIom),
    coverageShare(row.withIom, row.withDeficit),
  ]);
  const byMunicipality = (m: ReportedMunicipality): TableCell[] => [
    plain(m.name),
    ...groups.map((group) => {
      const row = m.coverage.find((r) => r.group === group);
      return plain(row ? `${row.withIom} из ${row.withDeficit}` : "—");
    }),
  ];
  return {
    title: CONSOLIDATED_SHEETS.deficits,
    caption: [
      ...caption,
      "Дефицит — последний уровень «низкий» в группе компетенций; охват — есть мероприятие по группе в ИОМ.",
    ],
    sections: [
      {
        heading: "Регион",
        headers: [
          "Группа компетенций",
          "С дефицитом",
          "Из них с мероприятием в ИОМ",
          "Без мероприятия",
          "Охват, %",
        ],
        rows: regionRows,
      },
      {
        heading: "По муниципалитетам: с мероприятием в ИОМ из числа с дефицитом",
        headers: ["Муниципалитет", ...groups],
        rows: report.municipalities.map(byMunicipality),
      },
    ],
    widths: [36, 16, 18, 16, 16, 16, 16],
  };
}

export function qualitySheet(report: RegionReport, caption: readonly string[]): ConsolidatedSheet {
  const received = report.municipalities.map((m): TableCell[] => [
    plain(m.code),
    plain(m.name),
    { value: "получен", color: STATUS_COLORS["достигнут"] },
    plain(russianDate(m.reportDate)),
    plain(m.receivedAt ? moscowTime(m.receivedAt) : ""),
    plain(m.revision ?? ""),
    m.excludedRows > 0 ? { value: m.excludedRows, color: STATUS_COLORS["не достигнут"] } : plain(0),
  ]);
  const missing = report.missing.map((m): TableCell[] => [
    plain(m.code),
    plain(m.name),
    { value: NO_DATA, color: STATUS_COLORS["не достигнут"] },
    plain(""),
    plain(""),
    plain(""),
    plain(""),
  ]);
  return {
    title: CONSOLIDATED_SHEETS.quality,
    caption: [
      ...caption,
      `Строк с ошибками, не учтённых в показателях: ${report.region.excludedRows}.`,
      report.missing.length === 0
        ? "Отчёты прислали все муниципалитеты."
        : `Нет данных: ${report.missing.map((m) => m.name).join(", ")}.`,
    ],
    sections: [
      {
        headers: [
          "Код",
          "Муниципалитет",
          "Отчёт",
          "Дата отчёта",
          "Получен",
          "Редакция отчёта",
          "Строк с ошибками",
        ],
        rows: [...received, ...missing],
      },
    ],
    widths: [10, 36, 12, 12, 22, 10, 12],
  };
}

/** The caption shared by every sheet: what, for which month, which revision, how many reported. */
