// The sheets of the consolidated workbook in their order, as regional staff see them (spec §6, issue 13).
export const SVOD_SHEETS = [
  "Сводка",
  "Муниципалитеты",
  "Динамика",
  "Потребность в ДПО",
  "Потребность по муниципалитетам",
  "Программы",
  "Программы по муниципалитетам",
  "Качество данных",
];
