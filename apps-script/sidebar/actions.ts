// The sidebar's actions: buttons, a run that continues while the server says «waiting», progress and results.
import type { ActionId, JobOptions, JobProgress } from "../server/jobs.ts";
import type { SidebarStatus } from "../server/status.ts";
import { call } from "./client.ts";
import { byId, fill, h } from "./dom.ts";
import { clearError, showError } from "./feedback.ts";
// The buttons' captions are the actions' titles, as the menu and «Журнал» name them.
import { ACTION_TITLES } from "../../shared/tables/journal.ts";
import { plural } from "../../shared/text/ru.ts";
import { resultView } from "./results.ts";

/** What the person chose, kept when the buttons are drawn again after a run. */
const chosen = { regenerate: false, month: "" };

interface OptionInput {
  readonly element: HTMLElement;
  read(): JobOptions;
}

/** Extra inputs of an action, read when its button is pressed: ИОМ — regenerate; sync — the month. */
const optionInputs: Partial<Record<ActionId, (status: SidebarStatus) => OptionInput>> = {
  routes: () => {
    const box = h("input", { type: "checkbox", id: "regenerate", checked: chosen.regenerate });
    box.addEventListener("change", () => (chosen.regenerate = box.checked));
    return {
      element: h(
        "label",
        {},
        box,
        "обновить и уже составленные ИОМ (заменятся только не начатые мероприятия)",
      ),
      read: () => (box.checked ? { regenerate: true } : {}),
    };
  },
  sync: (status) => {
    const month = h("input", {
      type: "month",
      id: "sync-month",
      value: chosen.month || status.syncMonth,
      "aria-label": "Месяц отчёта",
    });
    month.addEventListener("input", () => (chosen.month = month.value));
    return {
      element: h("label", {}, "Месяц:", month),
      read: () => (month.value ? { month: month.value } : {}),
    };
  },
};

let busy = false;
let afterRun: () => void = () => undefined;

export function showProgress(progress: JobProgress): void {
  const box = byId("progress");
  box.hidden = false;
  const share = progress.steps > 0 ? progress.step / progress.steps : 0;
  byId("progress-bar").style.width = `${Math.round((progress.status === "done" ? 1 : share) * 100)}%`;
  const title = ACTION_TITLES[progress.action];
  byId("progress-label").textContent =
    progress.status === "done"
      ? `${title}: готово. ${progress.summary}`
      : progress.status === "failed"
        ? `${title}: остановлено с ошибкой.`
        : progress.status === "waiting"
          ? `${title}: выполнено ${progress.step} из ${progress.steps} ${plural(progress.steps, "шага", "шагов", "шагов")}, продолжаю…`
          : `${title}: шаг ${progress.step + 1} из ${Math.max(progress.steps, 1)}${progress.label ? ` — ${progress.label}` : "…"}`;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs an action to its end (resuming while the server says «waiting»); resolves to where it got, or undefined. */
export async function runAction(
  action: ActionId,
  options: JobOptions = {},
): Promise<JobProgress | undefined> {
  if (busy) return undefined;
  busy = true;
  clearError();
  document.querySelectorAll<HTMLButtonElement>("button.action").forEach((b) => (b.disabled = true));
  showProgress({
    action,
    status: "running",
    options,
    step: 0,
    steps: 0,
    label: "",
    runs: 0,
    startedAt: 0,
    updatedAt: 0,
    summary: "",
  });
  const poll = setInterval(() => {
    void call("getProgress").then(
      (all) => {
        const current = all.find((p) => p.action === action);
        if (busy && current?.status === "running") showProgress(current);
      },
      () => undefined,
    );
  }, 1500);
  try {
    let progress = await call("runAction", action, options);
    showProgress(progress);
    while (progress.status === "waiting") {
      await pause(400);
      progress = await call("runAction", action, options);
      showProgress(progress);
    }
    fill(byId("result"), resultView(action, await call("getResult", action)));
    return progress;
  } catch (error) {
    showError(error);
    return undefined;
  } finally {
    clearInterval(poll);
    busy = false;
    document.querySelectorAll<HTMLButtonElement>("button.action").forEach((b) => (b.disabled = false));
    afterRun();
  }
}

export function renderButtons(status: SidebarStatus, refresh: () => void): void {
  afterRun = refresh;
  const pending = new Map(status.jobs.filter((j) => j.status === "waiting").map((j) => [j.action, j]));
  const buttons = status.actions.map((action) => {
    const option = optionInputs[action]?.(status);
    const job = pending.get(action);
    const caption = job
      ? `${ACTION_TITLES[action]} — продолжить (шаг ${job.step + 1} из ${job.steps})`
      : ACTION_TITLES[action];
    const button = h(
      "button",
      {
        type: "button",
        class: "action",
        "data-action": action,
        disabled: busy,
        onclick: () => void runAction(action, option?.read() ?? {}),
      },
      caption,
    );
    return option ? h("div", { class: "with-option" }, button, option.element) : button;
  });
  fill(byId("buttons"), ...buttons);
}
