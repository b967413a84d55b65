// The settings tab: municipality, report date and period, hour budget, level thresholds, letters and the printed
// ИОМ, regional endpoint and key.
import type { SettingsView } from "../server/settingsSheet.ts";
import { call } from "./client.ts";
import { byId, fill, h } from "./dom.ts";
import { clearError, showError } from "./feedback.ts";

const input = (
  name: string,
  label: string,
  value: string | number,
  type = "text",
  extra: Record<string, string> = {},
) =>
  h(
    "div",
    {},
    h("label", { for: `s-${name}` }, label),
    h("input", { id: `s-${name}`, name, type, value: String(value), ...extra }),
  );

const value = (name: string) => (byId<HTMLInputElement>(`s-${name}`)?.value ?? "").trim();
const number = (name: string) => Number(value(name).replace(",", "."));

const LETTER_CHOICES = [
  ["ошибки", "только если в ответе есть ошибки"],
  ["все", "на каждый ответ (и подтверждение)"],
  ["нет", "не отправлять"],
] as const;

function render(view: SettingsView, note = ""): void {
  const f = view.form;
  const sheets = h(
    "select",
    { id: "s-registerSheet", name: "registerSheet" },
    h("option", { value: "" }, "найти автоматически"),
  );
  for (const name of view.sheets)
    sheets.append(h("option", { value: name, selected: name === f.registerSheet }, name));
  fill(
    byId("settings"),
    h(
      "fieldset",
      {},
      h("legend", {}, "Муниципалитет"),
      input("municipalityCode", "Код муниципалитета", f.municipalityCode),
      input("municipalityName", "Наименование", f.municipalityName),
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, "Отчётный период"),
      input("reportDate", "Дата отчёта (пусто — сегодня)", f.reportDate, "date"),
      h(
        "div",
        { class: "pair" },
        input("periodFrom", "Новые ИОМ с", f.periodFrom, "date"),
        input("periodTo", "по", f.periodTo, "date"),
      ),
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, "Маршруты"),
      input("weeklyHours", "Часов в неделю на ИОМ", f.weeklyHours, "number", {
        min: "1",
        max: "60",
        step: "0.5",
      }),
      h("div", {}, h("label", { for: "s-registerSheet" }, "Лист реестра"), sheets),
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, "Уровни по результату диагностики"),
      h("div", { class: "muted" }, "С какого результата (в процентах) начинается уровень:"),
      h(
        "div",
        { class: "triple" },
        input("high", "высокий", f.thresholds.high, "number"),
        input("elevated", "повышенный", f.thresholds.elevated, "number"),
        input("base", "базовый", f.thresholds.base, "number"),
      ),
      h("div", { class: "muted" }, "Ниже базового — низкий уровень: это дефицит, с него начинается ИОМ."),
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, "Письма педагогам"),
      h(
        "div",
        {},
        h("label", { for: "s-teacherLetters" }, "Письмо после ответа на форму"),
        h(
          "select",
          { id: "s-teacherLetters", name: "teacherLetters" },
          ...LETTER_CHOICES.map(([value, text]) =>
            h("option", { value, selected: value === f.teacherLetters }, text),
          ),
        ),
      ),
      input("methodistEmail", "Почта методиста для ответов (пусто — ваша)", f.methodistEmail, "email"),
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, "Печатный ИОМ"),
      h(
        "label",
        { class: "check" },
        h("input", {
          id: "s-approvalBlock",
          name: "approvalBlock",
          type: "checkbox",
          checked: f.approvalBlock,
        }),
        "Гриф «Утверждаю» (руководитель ОО) и «Согласовано» (методист) над заголовком",
      ),
    ),
    h(
      "fieldset",
      {},
      h("legend", {}, "Отправка в регион"),
      input("endpoint", "Адрес сервера региона", f.endpoint, "url", { placeholder: "https://…" }),
      input(
        "apiKey",
        view.hasKey
          ? "Ключ муниципалитета (сохранён; оставьте пустым, чтобы не менять)"
          : "Ключ муниципалитета",
        "",
        "password",
        { autocomplete: "off" },
      ),
    ),
    h("button", { type: "submit", class: "primary" }, "Сохранить"),
    note ? h("div", { class: "ok", role: "status" }, note) : null,
  );
}

function read(): unknown {
  const key = value("apiKey");
  return {
    municipalityCode: value("municipalityCode"),
    municipalityName: value("municipalityName"),
    reportDate: value("reportDate"),
    periodFrom: value("periodFrom"),
    periodTo: value("periodTo"),
    weeklyHours: number("weeklyHours"),
    thresholds: { high: number("high"), elevated: number("elevated"), base: number("base") },
    endpoint: value("endpoint"),
    registerSheet: value("registerSheet"),
    teacherLetters: value("teacherLetters"),
    methodistEmail: value("methodistEmail"),
    approvalBlock: byId<HTMLInputElement>("s-approvalBlock")?.checked ?? true,
    ...(key ? { apiKey: key } : {}),
  };
}

export function setupSettings(): void {
  const form = byId<HTMLFormElement>("settings");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearError();
    call("saveSettings", read()).then((view) => render(view, "Настройки сохранены."), showError);
  });
}

export const loadSettings = () => call("getSettings").then((view) => render(view), showError);
