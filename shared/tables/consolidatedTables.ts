// Table models of the consolidated workbook (spec §6): KPIs, municipalities, trend, demand for courses, programmes, quality.
import { countText } from "../text/ru.ts";
import type { RegionReport } from "../report/aggregate.ts";
import { demandByMunicipalitySheet, demandSheet } from "./consolidatedDemandSheets.ts";
import { programmesByMunicipalitySheet, programmesSheet } from "./consolidatedProgrammeSheets.ts";
import { qualitySheet } from "./consolidatedQualitySheet.ts";
import { municipalitiesSheet, summarySheet, trendSheet } from "./consolidatedKpiSheets.ts";
import { moscowTime, type ConsolidatedMeta, type ConsolidatedSheet } from "./consolidatedModel.ts";
import { monthName } from "./kpiTable.ts";

export {
  CONSOLIDATED_SHEETS,
  moscowTime,
  NO_DATA,
  regionSheetTitle,
  type ConsolidatedMeta,
  type ConsolidatedSheet,
  type TableCell,
  type TableSection,
} from "./consolidatedModel.ts";

export function consolidatedCaption(report: RegionReport, meta: ConsolidatedMeta = {}): string[] {
  const total = report.municipalities.length + report.missing.length;
  const region = meta.regionName ? `${meta.regionName}: с` : "С";
  const revision =
    meta.revision === undefined
      ? ""
      : `, редакция ${meta.revision}${meta.takenAt ? ` от ${moscowTime(meta.takenAt)}` : ""}`;
  return [
    `${region}вод по муниципалитетам за ${monthName(report.month)}${revision}`,
    `Отчитались ${report.municipalities.length} из ${countText(total, "муниципалитета", "муниципалитетов", "муниципалитетов")}.`,
  ];
}

/** Every sheet, each printed with its title and the caption's first line in the page header. */
export function consolidatedTables(report: RegionReport, meta: ConsolidatedMeta = {}): ConsolidatedSheet[] {
  const caption = consolidatedCaption(report, meta);
  return [
    summarySheet,
    municipalitiesSheet,
    trendSheet,
    demandSheet,
    demandByMunicipalitySheet,
    programmesSheet,
    programmesByMunicipalitySheet,
    qualitySheet,
  ].map((build) => {
    const sheet = build(report, caption, meta);
    return { ...sheet, pageTitle: `«${sheet.title}» — ${caption[0]}` };
  });
}
