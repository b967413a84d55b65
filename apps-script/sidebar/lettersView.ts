// The result of «Отправить ИОМ педагогам»: letters sent, unchanged routes, letters waiting for the day's quota.
import type { LettersView } from "../server/routeLetters.ts";
import { countText } from "../../shared/text/ru.ts";
import { cellLink } from "./cellLink.ts";
import { h } from "./dom.ts";

export function lettersView(view: LettersView): HTMLElement {
  return h(
    "div",
    { class: "card", id: "letters-result" },
    h("h3", {}, "Письма педагогам с ИОМ"),
    h("div", { class: "ok" }, `Отправлено: ${countText(view.sent, "письмо", "письма", "писем")}.`),
    view.unchanged
      ? h("div", { class: "muted" }, `Без изменений с прошлого письма: ${view.unchanged} — им не писали.`)
      : null,
    view.waiting
      ? h(
          "div",
          { class: "warning-mark" },
          `Ждут отправки: ${view.waiting}. Дневной лимит писем Google исчерпан; письма уйдут при следующем открытии таблицы (на другой день).`,
        )
      : null,
    view.failed ? h("div", { class: "error-mark" }, `Не отправлено: ${view.failed}.`) : null,
    cellLink("Рассылка ИОМ", "A1", "Кому и когда отправлено — лист «Рассылка ИОМ»"),
  );
}
