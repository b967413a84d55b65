// The «Регион» tab: import a month's consolidated snapshot into «Свод ГГГГ-ММ» and its demand and programmes sheets,
// and the address and key it needs.
import type { RegionImport } from "../server/region.ts";
import type { RegionSettings } from "../server/config.ts";
import { call } from "./client.ts";
import { byId, fill, h } from "./dom.ts";
import { clearError, showError } from "./feedback.ts";
import { PRINT_HINT } from "./printHint.ts";

/** The last finished month: its snapshot is taken on the 1st of the next one. */
function previousMonth(now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
}

const field = (id: string, label: string, control: HTMLElement) =>
  h("div", {}, h("label", { for: id }, label), control);

function renderImport(): void {
  fill(
    byId("region-import"),
    h(
      "fieldset",
      {},
      h("legend", {}, "Свод по муниципалитетам"),
      field(
        "r-month",
        "Месяц свода",
        h("input", { id: "r-month", name: "month", type: "month", value: previousMonth(), required: true }),
      ),
      h("button", { type: "submit", class: "primary", id: "r-import" }, "Загрузить свод"),
    ),
  );
}

function importView(view: RegionImport): HTMLElement {
  return h(
    "div",
    { class: "card", id: "region-import-result" },
    h("div", { class: "ok" }, view.summary),
    view.latestRevision !== null && view.revision !== null && view.latestRevision > view.revision
      ? h("div", { class: "muted" }, `Есть более новая редакция: ${view.latestRevision}.`)
      : null,
    h("div", { class: "muted" }, PRINT_HINT),
  );
}

function renderSettings(view: RegionSettings, note = ""): void {
  fill(
    byId("region-settings"),
    h(
      "fieldset",
      {},
      h("legend", {}, "Подключение к своду региона"),
      field(
        "r-url",
        "Адрес свода региона (сообщает региональный координатор)",
        h("input", { id: "r-url", name: "url", type: "url", value: view.url, placeholder: "https://…" }),
      ),
      field(
        "r-key",
        view.hasKey ? "Ключ региона (сохранён; оставьте пустым, чтобы не менять)" : "Ключ региона",
        h("input", { id: "r-key", name: "key", type: "password", value: "", autocomplete: "off" }),
      ),
      h("button", { type: "submit" }, "Сохранить"),
      note ? h("div", { class: "ok", role: "status" }, note) : null,
    ),
  );
}

const inputValue = (id: string) => (byId<HTMLInputElement>(id)?.value ?? "").trim();

export function setupRegion(): void {
  renderImport();
  byId<HTMLFormElement>("region-import").addEventListener("submit", (event) => {
    event.preventDefault();
    clearError();
    const button = byId<HTMLButtonElement>("r-import");
    button.disabled = true;
    fill(byId("region-result"), h("div", { class: "muted" }, "Загрузка свода…"));
    call("importRegion", inputValue("r-month"))
      .then(
        (view) => fill(byId("region-result"), importView(view)),
        (error) => {
          fill(byId("region-result"));
          showError(error);
        },
      )
      .finally(() => (button.disabled = false));
  });
  byId<HTMLFormElement>("region-settings").addEventListener("submit", (event) => {
    event.preventDefault();
    clearError();
    const key = inputValue("r-key");
    call("saveRegionSettings", { url: inputValue("r-url"), ...(key ? { key } : {}) }).then(
      (view) => renderSettings(view, "Настройки свода сохранены."),
      showError,
    );
  });
}

export const loadRegion = () => call("getRegionSettings").then((view) => renderSettings(view), showError);
