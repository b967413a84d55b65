// How to print the add-on's sheets as the workbooks print: Apps Script cannot set a page set-up (docs/platform.md,
// «Printing»), so the add-on freezes the header rows and the sidebar says what to choose in Google's print dialog.
export const PRINT_HINT =
  "Для печати: Файл → Печать — размер A4, ориентация «Альбомная», масштаб «По ширине» (широкий лист «Показатели по ОО» — «Обычный (100 %)»: он займёт несколько страниц, но шрифт останется читаемым); отметьте «Повторять закреплённые строки» — заголовок таблицы будет на каждой странице.";
