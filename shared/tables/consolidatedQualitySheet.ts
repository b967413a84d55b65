// «Качество данных»: who reported and when, which revision, rows with errors left out, who did not report.
import { russianDate } from "../dates.ts";
import type { RegionReport } from "../report/aggregate.ts";
import { STATUS_COLORS } from "./kpiTable.ts";
import { CONSOLIDATED_SHEETS, moscowTime, type ConsolidatedSheet } from "./consolidatedModel.ts";
import { NO_DATA, plain } from "./tableCells.ts";
import type { TableCell } from "./sheetModel.ts";

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
  const unreadable = new Set((report.unreadable ?? []).map((m) => m.code));
  const missing = report.missing.map((m): TableCell[] => [
    plain(m.code),
    plain(m.name),
    { value: unreadable.has(m.code) ? "не прочитан" : NO_DATA, color: STATUS_COLORS["не достигнут"] },
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
      ...(unreadable.size === 0
        ? []
        : [
            `Не прочитаны отчёты, сохранённые прежней версией сервера (в свод не вошли): ${(report.unreadable ?? []).map((m) => m.name).join(", ")}. Эти муниципалитеты должны отправить отчёт заново.`,
          ]),
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
