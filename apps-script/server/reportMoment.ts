// The moment a report is made: later than every report this spreadsheet made before (kept in document properties),
// so the region tells a replayed or delayed request from a correction made later the same day.
import { reportMoment } from "../../shared/report/municipalReport.ts";
import { getJson, putJson } from "./store.ts";

const LAST_MOMENT = "report.generatedAt";

/** A new generation moment, kept as the spreadsheet's last one before it is used. */
export function nextReportMoment(now = new Date()): string {
  const previous = getJson(LAST_MOMENT);
  const moment = reportMoment(now, typeof previous === "string" ? previous : undefined);
  putJson(LAST_MOMENT, moment);
  return moment;
}
