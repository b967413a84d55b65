// The result of «Отправить в регион»: the server's answer for each report sent, and reports still waiting.
import { monthText as month } from "../../shared/text/ru.ts";
import type { SyncView } from "../server/sync.ts";
import { h } from "./dom.ts";

export function syncView(view: SyncView): HTMLElement {
  return h(
    "div",
    { class: "card", id: "sync-result" },
    h("h3", {}, `Отправка в регион: ${month(view.month)}`),
    view.answers.length === 0 ? h("div", { class: "muted" }, "Отчёт сохранён и ждёт отправки.") : null,
    ...view.answers.map((a) =>
      h(
        "div",
        { class: a.ok ? "ok" : "error-mark" },
        `${month(a.month)}: ${a.message}${a.status && !a.message.includes(String(a.status)) ? ` (код ответа ${a.status})` : ""}`,
      ),
    ),
    view.waiting.length
      ? h(
          "div",
          { class: "muted" },
          `Ждут отправки: ${view.waiting.map((w) => `${month(w.month)} (попыток: ${w.attempts}${w.retry ? ", повтор при следующем открытии таблицы" : ", исправьте настройки и отправьте снова"})`).join("; ")}`,
        )
      : h("div", { class: "muted" }, "Неотправленных отчётов нет."),
  );
}
