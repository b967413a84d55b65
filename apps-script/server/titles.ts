// Names of the sheets and service columns the add-on owns (spec §2.8), and the colours it marks cells with.
import { JOURNAL_TITLE } from "../../shared/tables/journal.ts";
import { KPI_SHEET_TITLE } from "../../shared/tables/kpiTable.ts";
import { ORG_KPI_SHEET_TITLE } from "../../shared/tables/orgKpiTable.ts";
import { SUMMARY_SHEET_TITLE } from "../../shared/tables/routesTable.ts";
import { LETTERS_LOG_TITLE } from "./routeLetters.ts";

/** Sheets the product only writes: never read as input. */
export const OUTPUT_TITLES = [
  JOURNAL_TITLE,
  KPI_SHEET_TITLE,
  ORG_KPI_SHEET_TITLE,
  SUMMARY_SHEET_TITLE,
  LETTERS_LOG_TITLE,
] as const;

export const MARK = {
  error: "#f4cccc",
  warning: "#fff2cc",
  /** Notes the add-on writes start with this, so it can replace its own and keep everyone else's. */
  notePrefix: "Маршрут: ",
} as const;
