// «Журнал» (spec §2.8): one row per action run — when, who, what, how it ended, with counts.

export const JOURNAL_TITLE = "Журнал";
export const JOURNAL_HEADERS = ["Когда", "Кто", "Действие", "Состояние", "Итог"] as const;

export const ACTION_TITLES = {
  prepare: "Подготовить таблицу",
  check: "Проверить реестр",
  routes: "Сформировать ИОМ",
  kpis: "Рассчитать показатели",
  sync: "Отправить в регион",
  letters: "Отправить ИОМ педагогам",
  letter: "Письмо педагогу",
  region: "Загрузить свод региона",
  formSubmit: "Проверка ответа формы",
  settings: "Настройки",
} as const;
export type ActionId = keyof typeof ACTION_TITLES;

export const JOURNAL_STATES = { done: "выполнено", continues: "продолжится", failed: "ошибка" } as const;
