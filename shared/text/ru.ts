// Every Russian sentence the domain core shows a person: validation messages and labels.
import { quoteCell, type Cell } from "../cells.ts";
import { russianDate, type IsoDate } from "../dates.ts";

const list = (values: readonly string[]) => values.map((v) => `«${v}»`).join(", ");
const range = (min: number, max: number) =>
  `от ${String(min).replace(".", ",")} до ${String(max).replace(".", ",")}`;

export const ru = {
  missingSheet: (title: string, headers: readonly string[]) =>
    `Нет листа «${title}». Добавьте лист «${title}» с заголовками в первой строке: ${list(headers)}.`,
  missingColumn: (title: string, header: string) =>
    `На листе «${title}» нет столбца «${header}». Добавьте столбец с заголовком «${header}» в первую строку.`,
  required: (header: string) => `Не заполнено обязательное поле «${header}». Заполните ячейку.`,
  email: (cell: Cell) =>
    `${quoteCell(cell)} — не адрес электронной почты. Укажите адрес вида ivanova@school.ru без пробелов.`,
  fio: (cell: Cell) =>
    `${quoteCell(cell)} — ФИО должно состоять из 2–4 слов из букв (допускаются дефис и апостроф). Укажите фамилию, имя и отчество полностью.`,
  notADate: (cell: Cell) =>
    `${quoteCell(cell)} — не дата. Укажите дату в виде ДД.ММ.ГГГГ (например, 01.09.2026) или выберите её в календаре.`,
  dateOutOfRange: (date: IsoDate, from: IsoDate, to: IsoDate) =>
    `Дата ${russianDate(date)} вне допустимого диапазона ${russianDate(from)}–${russianDate(to)}. Проверьте год.`,
  dateOrder: (endHeader: string, end: IsoDate, startHeader: string, start: IsoDate) =>
    `«${endHeader}» ${russianDate(end)} раньше, чем «${startHeader}» ${russianDate(start)}. Исправьте одну из дат.`,
  dateFuture: (date: IsoDate, reportDate: IsoDate) =>
    `Дата завершения ${russianDate(date)} позже даты отчёта ${russianDate(reportDate)}: завершение не может быть в будущем. Проверьте дату.`,
  notANumber: (cell: Cell, min: number, max: number, integer: boolean) =>
    `${quoteCell(cell)} — не число. Укажите ${integer ? "целое " : ""}число ${range(min, max)}.`,
  numberOutOfRange: (cell: Cell, min: number, max: number, integer: boolean, minExclusive: boolean) =>
    `Значение ${quoteCell(cell)} вне допустимого диапазона. Укажите ${integer ? "целое " : ""}число ${
      minExclusive ? `больше ${min} и не больше ${max}` : range(min, max)
    }.`,
  enum: (cell: Cell, allowed: readonly string[]) =>
    `${quoteCell(cell)} — недопустимое значение. Выберите одно из: ${list(allowed)}.`,
  yesNo: (cell: Cell) =>
    `${quoteCell(cell)} — ожидается «да» или «нет». Укажите «да» или «нет» (или оставьте пустым).`,
  orgUnknown: (cell: Cell, suggestion: string | undefined) =>
    `Организации ${quoteCell(cell)} нет на листе «ОО».${
      suggestion ? ` Возможно, имелась в виду «${suggestion}».` : ""
    } Исправьте название или добавьте организацию на лист «ОО».`,
  personUnknown: (cell: Cell) =>
    `Педагога с адресом ${quoteCell(cell)} нет на листе «Педагоги». Добавьте педагога на лист «Педагоги» или исправьте адрес.`,
  duplicate: (cell: Cell, firstRow: number) =>
    `Значение ${quoteCell(cell)} уже встречается в строке ${firstRow}; учитывается первая строка. Удалите повтор или исправьте значение.`,
  repeatedSubmission: (firstRow: number) =>
    `Повтор отправки из строки ${firstRow} (тот же адрес, тема и дата начала): учитывается эта, более поздняя строка. Удалите лишнюю строку, если повтор случайный.`,
  levelMismatch: (given: string, score: number, derived: string) =>
    `Уровень «${given}» не соответствует результату ${String(score).replace(".", ",")}% (по порогам — «${derived}»). Учитывается указанный уровень; проверьте результат или уровень.`,
  statusEarly: (end: IsoDate, reportDate: IsoDate) =>
    `Статус «реализован», но дата окончания ${russianDate(end)} позже даты отчёта ${russianDate(reportDate)}. Проверьте статус или дату окончания.`,
  url: (cell: Cell) => `${quoteCell(cell)} — не ссылка. Укажите ссылку, начинающуюся с http:// или https://.`,
  settingValue: (key: string, cell: Cell) =>
    `Параметр «${key}»: значение ${quoteCell(cell)} не подходит. Исправьте значение на листе «Настройки».`,
} as const;

/** Russian plural form: plural(5, "ошибка", "ошибки", "ошибок") → "ошибок". */
export function plural(n: number, one: string, few: string, many: string): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

export const countText = (n: number, one: string, few: string, many: string) =>
  `${n} ${plural(n, one, few, many)}`;
