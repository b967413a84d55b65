// The KPI summary card: each indicator's value against its target, coloured by status (met / missed / no data),
// and the organisations that miss the most targets, each a link to its row in «Показатели по ОО».
import type { KpiView } from "../server/kpis.ts";
import { russianDate } from "../../shared/dates.ts";
import { countText } from "../../shared/text/ru.ts";
import { cellLink } from "./cellLink.ts";
import { h } from "./dom.ts";

function focusView(focus: KpiView["focus"] | undefined): HTMLElement | null {
  if (!focus?.length) return null;
  return h(
    "div",
    { id: "kpi-focus" },
    h("h4", {}, "Больше всего не достигнутых целей"),
    h(
      "ol",
      { class: "list" },
      ...focus.map((org) =>
        h(
          "li",
          {},
          cellLink(org.sheet, org.a1, org.org),
          h(
            "div",
            { class: "muted" },
            `не достигнуто ${countText(org.missed, "цель", "цели", "целей")} из ${org.withData}`,
          ),
        ),
      ),
    ),
  );
}

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
    focusView(view.focus),
  );
}
