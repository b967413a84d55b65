// Names of the sheets and service columns the add-on owns (spec §2.8), and the colours it marks cells with.

export const JOURNAL_TITLE = "Журнал";
export const KPI_TITLE = "Показатели";
/** Sheets the product only writes: never read as input. */
export const OUTPUT_TITLES = [JOURNAL_TITLE, KPI_TITLE] as const;

/** The register's service column: empty when the row is valid, otherwise the messages. */
export const CHECK_HEADER = "Проверка";

export const MARK = {
  error: "#f4cccc",
  warning: "#fff2cc",
  /** Notes the add-on writes start with this, so it can replace its own and keep everyone else's. */
  notePrefix: "Маршрут: ",
} as const;

export const STATUS_COLOURS = { met: "#d9ead3", missed: "#f4cccc", none: "#efefef" } as const;
