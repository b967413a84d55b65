// «Педагог»: finds one person by e-mail or name and shows their route and latest diagnostics.
import { russianDate } from "../../shared/dates.ts";
import { countText, hoursText, percentText } from "../../shared/text/ru.ts";
import type { LookupResult, PersonRoute } from "../server/lookup.ts";
import { runAction } from "./actions.ts";
import { call } from "./client.ts";
import { byId, fill, h } from "./dom.ts";
import { clearError, showError } from "./feedback.ts";

const date = (iso?: string) => (iso ? russianDate(iso) : "—");

function routeView(p: PersonRoute): HTMLElement {
  return h(
    "div",
    { class: "card" },
    h("div", { class: "summary" }, p.fio || p.email),
    h("div", { class: "muted" }, `${p.email}${p.org ? ` · ${p.org}` : ""}`),
    p.diagnostics.length
      ? h(
          "div",
          {},
          `Диагностика: ${p.diagnostics.map((d) => `${d.group} ${percentText(d.score)} (${d.level})`).join("; ")}`,
        )
      : h("div", { class: "muted" }, "Диагностики нет."),
    p.period
      ? h(
          "div",
          {},
          `ИОМ ${date(p.period.from)}–${date(p.period.to)}: ${countText(p.activities.length, "мероприятие", "мероприятия", "мероприятий")}, ${hoursText(p.totalHours)}, выполнено ${p.done}`,
        )
      : h("div", { class: "muted" }, "ИОМ на листе «ИОМ» нет."),
    p.period ? routeButtons(p.email) : null,
    h(
      "ul",
      { class: "list" },
      ...p.activities.map((a) =>
        h(
          "li",
          {},
          h("div", {}, a.title),
          h(
            "div",
            { class: "muted" },
            [
              a.type,
              a.group,
              `${date(a.start)}–${date(a.end)}`,
              a.hours ? hoursText(a.hours) : "",
              a.state ?? "",
            ]
              .filter(Boolean)
              .join(" · "),
          ),
          a.mentor ? h("div", { class: "muted" }, `Наставник: ${a.mentor}`) : null,
        ),
      ),
    ),
  );
}

/** «Печать ИОМ» (a dialog with the A4 document) and a resend of the route letter to this person. */
function routeButtons(email: string): HTMLElement {
  const note = h("div", { class: "muted", id: "person-note", "aria-live": "polite" });
  const print = h(
    "button",
    {
      type: "button",
      id: "print-route",
      onclick: () => {
        clearError();
        call("printRoute", email).then(() => fill(note, "ИОМ открыт в окне печати."), showError);
      },
    },
    "Печать ИОМ",
  );
  const send = h(
    "button",
    {
      type: "button",
      id: "send-route",
      onclick: () => {
        fill(note, "Отправляю…");
        void runAction("letters", { email }).then((progress) =>
          fill(note, progress?.status === "done" ? progress.summary : ""),
        );
      },
    },
    "Отправить ИОМ на почту",
  );
  return h("div", {}, h("div", { class: "row" }, print, send), note);
}

export function lookupView(result: LookupResult): HTMLElement {
  if (result.person) return routeView(result.person);
  if (result.matches.length === 0)
    return h("div", { class: "muted" }, "Никого не нашли. Проверьте e-mail или фамилию.");
  return h(
    "div",
    { class: "card" },
    h("div", {}, "Найдено несколько человек — уточните запрос:"),
    h("ul", { class: "list" }, ...result.matches.map((m) => h("li", {}, `${m.fio} — ${m.email}`))),
  );
}

export function setupLookup(): void {
  byId<HTMLFormElement>("lookup").addEventListener("submit", (event) => {
    event.preventDefault();
    clearError();
    const query = byId<HTMLInputElement>("lookup-query").value;
    fill(byId("person"), h("div", { class: "muted" }, "Ищу…"));
    call("lookupPerson", query).then(
      (result) => fill(byId("person"), lookupView(result)),
      (error) => (fill(byId("person")), showError(error)),
    );
  });
}
