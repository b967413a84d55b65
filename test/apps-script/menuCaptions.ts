// The add-on's menu as a methodist sees it, written out once for the tests that open it (the add-on's and the
// pasted script's menu are the same).
export const MENU_CAPTIONS = [
  "Открыть панель",
  "—",
  "Подготовить таблицу",
  "Проверить реестр",
  "Сформировать ИОМ",
  "Рассчитать показатели",
  "Отправить в регион",
  "Отправить ИОМ педагогам",
  "Загрузить свод региона",
  "—",
  "Настройки",
  "О программе",
];
