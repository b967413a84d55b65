// Renders what an action left for the sidebar: findings with links to cells, prepared sheets, and so on.
import type { CheckResult } from "../server/check.ts";
import type { ActionId } from "../server/jobs.ts";
import type { PrepareResult } from "../server/prepare.ts";
import { countText } from "../../shared/text/ru.ts";
import { cellLink } from "./cellLink.ts";
import { h } from "./dom.ts";
import { PRINT_HINT } from "./printHint.ts";
import { lettersView } from "./lettersView.ts";
import { routesView } from "./routesView.ts";
import { syncView } from "./syncView.ts";

function checkView(result: CheckResult): HTMLElement {
  const list = h("ul", { class: "list findings" });
  for (const f of result.findings) {
    const where = `«${f.sheet}», строка ${f.row}${f.column ? `, «${f.column}»` : ""}`;
    const link = f.a1 ? cellLink(f.sheet, f.a1, where) : h("span", { class: "muted" }, where);
    list.append(
      h(
        "li",
        {},
        h(
          "span",
          { class: f.severity === "error" ? "error-mark" : "warning-mark" },
          f.severity === "error" ? "● " : "▲ ",
        ),
        link,
        h("div", {}, f.message),
      ),
    );
  }
  const total = result.errors + result.warnings;
  return h(
    "div",
    { class: "card" },
    h("h3", {}, "Замечания"),
    total === 0 ? h("div", { class: "ok" }, "Ошибок и предупреждений нет.") : null,
    total > result.findings.length
      ? h(
          "div",
          { class: "muted" },
          `Показаны первые ${result.findings.length} из ${total}; все отмечены в таблице цветом и заметками.`,
        )
      : null,
    list,
  );
}

function prepareView(result: PrepareResult): HTMLElement {
  return h(
    "div",
    { class: "card" },
    h("h3", {}, "Таблица подготовлена"),
    h(
      "div",
      {},
      result.created.length
        ? `Созданы листы: ${result.created.map((t) => `«${t}»`).join(", ")}`
        : "Все листы уже были.",
    ),
    h("div", {}, result.register ? `Реестр: «${result.register}»` : "Лист реестра не найден."),
    result.formUrl ? h("a", { href: result.formUrl, target: "_blank" }, "Форма для педагогов") : null,
    result.triggerCreated ? h("div", { class: "muted" }, "Новые ответы формы проверяются сразу.") : null,
  );
}

export const countErrors = (errors: number, warnings: number) =>
  `${countText(errors, "ошибка", "ошибки", "ошибок")}, ${countText(warnings, "предупреждение", "предупреждения", "предупреждений")}`;

const VIEWS: Record<ActionId, (result: never) => HTMLElement | null> = {
  check: checkView,
  prepare: prepareView,
  routes: routesView,
  kpis: () =>
    h(
      "div",
      { class: "card" },
      h(
        "div",
        { class: "ok" },
        "Листы «Показатели» и «Показатели по ОО» обновлены: таблицы, цвета статусов и диаграмма.",
      ),
      h("div", { class: "muted", id: "print-hint" }, PRINT_HINT),
    ),
  sync: syncView,
  letters: lettersView,
};

export function resultView(action: ActionId, result: unknown): HTMLElement | null {
  return result ? VIEWS[action](result as never) : null;
}
