// The add-on's menu as a methodist sees it, written out once for the tests that open it (the add-on's and the
// pasted script's menu are the same), and the actions the sidebar has a button for.
export const ACTION_CAPTIONS = [
  "Подготовить таблицу",
  "Проверить реестр",
  "Сформировать ИОМ",
  "Рассчитать показатели",
  "Отправить в регион",
  "Отправить ИОМ педагогам",
];

export const MENU_CAPTIONS = [
  "Открыть панель",
  "—",
  ...ACTION_CAPTIONS,
  "Загрузить свод региона",
  "—",
  "Настройки",
  "О программе",
];
