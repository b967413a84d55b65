// The KPI summary card: each indicator's value against its target, coloured by status (met / missed / no data),
// and the organisations that miss the most targets, each a link to its row in «Показатели по ОО».
import type { KpiView } from "../server/kpis.ts";
import { russianDate } from "../../shared/dates.ts";
import { kpiTexts } from "../../shared/text/kpiTexts.ts";
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
            `не достигнуто ${org.missed} из ${countText(org.withData, "цели", "целей", "целей")}`,
          ),
        ),
      ),
    ),
  );
}

/**
 * The line under K2: how many of its people were diagnosed this year, in the words and figures of the sheet's row
 * under K2 (its label and «2 из 3 (66,7 %)»), and why K2 may be above K1 (spec §5).
 */
function k2Note(view: KpiView): HTMLElement | null {
  const k2 = view.k2Diagnosed;
  if (!k2 || k2.withIom === 0) return null;
  return h(
    "tr",
    { class: "note", id: "k2-note" },
    h("td", { colspan: "3", class: "muted" }, `${k2.label}: ${k2.text}. ${kpiTexts.k2AboveK1}`),
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
      ...view.kpis.flatMap((k) => [
        h(
          "tr",
          { title: `${k.id}. ${k.title}: ${k.status}`, "data-status": k.status, "data-kpi": k.id },
          h("td", { class: "name" }, h("b", {}, k.id), " ", k.short ?? ""),
          h("td", { class: "value", style: `background:${k.fill};color:${k.font}` }, k.value),
          h("td", { class: "muted target" }, `цель ${k.target}`),
        ),
        k.id === "K2" ? k2Note(view) : null,
      ]),
    ),
    view.excludedRows
      ? h(
          "div",
          { class: "muted" },
          `Не учтено ${countText(view.excludedRows, "строка", "строки", "строк")} с ошибками.`,
        )
      : null,
    focusView(view.focus),
  );
}
