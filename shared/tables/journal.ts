// «Журнал» (spec §2.8): one row per action run — when, who, what, how it ended, with counts.
import { DATE_TIME_FORMAT } from "./cellText.ts";

export const JOURNAL_TITLE = "Журнал";
export const JOURNAL_HEADERS = ["Когда", "Кто", "Действие", "Состояние", "Итог"] as const;

/** How a column of a sheet the add-on creates is shown: width in column units, number format, wrapped text. */
export interface ColumnLook {
  readonly width: number;
  readonly format?: string;
  readonly wrap?: boolean;
}

/** «Когда» as ДД.ММ.ГГГГ чч:мм, the summary wrapped. */
export const JOURNAL_COLUMNS: readonly ColumnLook[] = [
  { width: 16, format: DATE_TIME_FORMAT },
  { width: 30 },
  { width: 24 },
  { width: 12 },
  { width: 70, wrap: true },
];

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
