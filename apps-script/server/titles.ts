// Names of the sheets and service columns the add-on owns (spec §2.8), and the colours it marks cells with.
import { KPI_SHEET_TITLE } from "../../shared/tables/kpiTable.ts";
import { SUMMARY_SHEET_TITLE } from "../../shared/tables/routesTable.ts";

export const JOURNAL_TITLE = "Журнал";
/** Sheets the product only writes: never read as input. */
export const OUTPUT_TITLES = [JOURNAL_TITLE, KPI_SHEET_TITLE, SUMMARY_SHEET_TITLE] as const;

/** The register's service column: empty when the row is valid, otherwise the messages. */
export const CHECK_HEADER = "Проверка";

export const MARK = {
  error: "#f4cccc",
  warning: "#fff2cc",
  /** Notes the add-on writes start with this, so it can replace its own and keep everyone else's. */
  notePrefix: "Маршрут: ",
} as const;
