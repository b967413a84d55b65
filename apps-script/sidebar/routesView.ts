// The result of «Сформировать ИОМ»: counts and the lists that need a methodist's look.
import type { RoutesView } from "../server/routes.ts";
import { russianDate } from "../../shared/dates.ts";
import { countText } from "../../shared/text/ru.ts";
import { h } from "./dom.ts";

const who = (p: { fio: string; email: string }) => (p.fio ? `${p.fio} (${p.email})` : p.email);

function section(title: string, items: string[], total = items.length): HTMLElement | null {
  if (total === 0) return null;
  return h(
    "details",
    { open: items.length <= 5 },
    h("summary", {}, `${title}: ${total}`),
    h("ul", { class: "list" }, ...items.map((text) => h("li", {}, text))),
    total > items.length ? h("div", { class: "muted" }, `Все — на листе «Сводка ИОМ».`) : null,
  );
}

/** «Новых ИОМ: 3 (всего 21 мероприятие), обновлено: 1»; null when the run built or updated none. */
function newRoutes(view: RoutesView): string | null {
  if (view.routes === 0) return null;
  const fresh = view.routes - view.regenerated;
  const activities = `всего ${countText(view.activities, "мероприятие", "мероприятия", "мероприятий")}`;
  const updated = view.regenerated ? `обновлено: ${view.regenerated}` : "";
  return fresh === 0
    ? `Новых ИОМ нет, ${updated} (${activities})`
    : `Новых ИОМ: ${fresh} (${activities})${updated ? `, ${updated}` : ""}`;
}

export function routesView(view: RoutesView): HTMLElement {
  return h(
    "div",
    { class: "card", id: "routes-result" },
    h("h3", {}, view.routes === 0 ? "Новых ИОМ нет" : "ИОМ сформированы"),
    h("div", {}, `Период: ${russianDate(view.period.from)}–${russianDate(view.period.to)}`),
    view.routes === 0 ? null : h("div", { class: "summary" }, newRoutes(view)),
    view.alreadyHaveRoute
      ? h("div", { class: "muted" }, `Уже есть ИОМ на этот период: ${view.alreadyHaveRoute}`)
      : null,
    section("Без диагностики", view.withoutDiagnostics.map(who), view.withoutDiagnosticsCount),
    section(
      "Дефицит без подходящего мероприятия",
      view.unmatched.map((u) => `${who(u)} — ${u.group}`),
    ),
    section(
      "Предложенные наставники",
      view.mentors.map((m) => `${who(m.mentor)} → ${who(m.mentee)}${m.group ? ` (${m.group})` : ""}`),
    ),
    section(
      "Кандидаты в методический актив",
      view.activ.map((a) => `${who(a)} — ${a.group}`),
    ),
    ...view.warnings.map((w) => h("div", { class: "muted" }, w)),
  );
}
