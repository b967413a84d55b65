// The sidebar's status card: the register, its last check, and runs that stopped or failed.
import type { SidebarStatus } from "../server/status.ts";
import { byId, fill, h, ruDateTime } from "./dom.ts";
import { countErrors } from "./results.ts";
import { ACTION_TITLES } from "../../shared/tables/journal.ts";
import { countText } from "../../shared/text/ru.ts";

export function renderStatus(status: SidebarStatus): void {
  const register = status.register;
  const check = status.lastCheck;
  const troubles = status.jobs.filter((j) => j.status === "failed" || j.status === "waiting");
  fill(
    byId("status"),
    h(
      "div",
      { class: "line" },
      register
        ? `Реестр: «${register.sheet}», ${countText(register.rows, "строка", "строки", "строк")}${register.formLinked ? ", к нему подключена форма для педагогов" : "; форма для педагогов к нему не подключена"}`
        : "Реестр не найден — нажмите «Подготовить таблицу».",
    ),
    h(
      "div",
      { class: "line muted" },
      check
        ? `Последняя проверка ${ruDateTime(check.at)}: ${countErrors(check.errors, check.warnings)}`
        : "Проверки ещё не было.",
    ),
    status.waitingReports
      ? h("div", { class: "line muted" }, `Отчётов ждут отправки в регион: ${status.waitingReports}`)
      : null,
    status.waitingLetters
      ? h(
          "div",
          { class: "line muted", id: "waiting-letters" },
          `Писем педагогам ждут отправки: ${status.waitingLetters} (дневной лимит писем Google; уйдут при следующем открытии таблицы)`,
        )
      : null,
    ...troubles.map((job) =>
      h(
        "div",
        { class: job.status === "failed" ? "line error-mark" : "line muted" },
        job.status === "failed"
          ? `«${ACTION_TITLES[job.action]}»: ${job.summary}`
          : `«${ACTION_TITLES[job.action]}» остановлено на шаге ${job.step + 1} из ${job.steps}; продолжится автоматически или по кнопке.`,
      ),
    ),
  );
}
