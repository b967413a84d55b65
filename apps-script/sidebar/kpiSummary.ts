// The KPI summary card: each indicator's value against its target, coloured by status (met / missed / no data).
import type { KpiView } from "../server/kpis.ts";
import { russianDate } from "../../shared/dates.ts";
import { h } from "./dom.ts";

export function kpiSummaryView(result: unknown): HTMLElement | null {
  const view = result as KpiView | undefined;
  if (!view?.kpis?.length) return null;
  const met = view.kpis.filter((k) => k.status === "достигнут").length;
  return h(
    "div",
    { class: "card", id: "kpis" },
    h("h3", {}, `Показатели на ${russianDate(view.reportDate)}: достигнуто ${met} из ${view.kpis.length}`),
    h(
      "table",
      { class: "kpis" },
      ...view.kpis.map((k) =>
        h(
          "tr",
          { title: `${k.title}: ${k.status}`, "data-status": k.status },
          h("td", {}, k.id),
          h("td", { class: "value", style: `background:${k.fill};color:${k.font}` }, k.value),
          h("td", { class: "muted" }, `цель ${k.target}`),
        ),
      ),
    ),
    view.excludedRows
      ? h("div", { class: "muted" }, `Не учтено строк с ошибками: ${view.excludedRows}`)
      : null,
  );
}
