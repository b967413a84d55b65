// Every Russian sentence the domain core shows a person (validation messages), and the one rule for Russian
// numbers, percents and plurals that every sheet, letter, sidebar card and CLI line uses.
import { quoteCell, type Cell } from "../cells.ts";
import { russianDate, type IsoDate } from "../dates.ts";

const list = (values: readonly string[]) => values.map((v) => `«${v}»`).join(", ");
const range = (min: number, max: number) => `от ${ruNumber(min)} до ${ruNumber(max)}`;

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
      minExclusive ? `больше ${ruNumber(min)} и не больше ${ruNumber(max)}` : range(min, max)
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
    `Уровень «${given}» не соответствует результату ${percentText(score)} (по порогам — «${derived}»). Учитывается указанный уровень; проверьте результат или уровень.`,
  statusEarly: (end: IsoDate, reportDate: IsoDate) =>
    `Статус «реализован», но дата окончания ${russianDate(end)} позже даты отчёта ${russianDate(reportDate)}. Проверьте статус или дату окончания.`,
  url: (cell: Cell) => `${quoteCell(cell)} — не ссылка. Укажите ссылку, начинающуюся с http:// или https://.`,
  settingValue: (key: string, cell: Cell) =>
    `Параметр «${key}»: значение ${quoteCell(cell)} не подходит. Исправьте значение на листе «Настройки».`,
} as const;

/** The no-break space: between groups of digits («12 500») and where a line must not break (signature lines). */
export const NBSP = "\u00a0";

const PLURAL = new Intl.PluralRules("ru");
/** Formatters by decimals and grouping, made once: building an Intl.NumberFormat costs more than using one. */
const FORMATS = new Map<string, Intl.NumberFormat>();
const formatOf = (digits: number, grouped: boolean) => {
  const key = `${digits}:${grouped}`;
  let format = FORMATS.get(key);
  if (!format)
    FORMATS.set(
      key,
      (format = new Intl.NumberFormat("ru", { maximumFractionDigits: digits, useGrouping: grouped })),
    );
  return format;
};

/**
 * A number as Russian readers write it: decimal comma, at most `digits` decimals (trailing zeros dropped), groups
 * of three digits split by a no-break space from 10 000 up (four-digit numbers stay whole): 12,5 · 1250 · 12 500.
 */
export function ruNumber(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  return formatOf(digits, Math.abs(n) >= 10_000)
    .format(n)
    .replace(/\s/gu, NBSP);
}

/**
 * A percent already in percent units, one decimal: percentText(72.5) → «72,5 %», with a plain space before «%» as
 * the product has always written it (in the sidebar and sheets the value's cell does not wrap).
 */
export const percentText = (percent: number, digits = 1) => `${ruNumber(percent, digits)} %`;

/** A share (a fraction) as a percent: shareText(0.725) → «72,5 %». */
export const shareText = (fraction: number, digits = 1) => percentText(fraction * 100, digits);

const MONTHS = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
];

/** «ноябрь 2026» for "2026-11"; anything that is not a month as it came. */
export function monthText(month: string): string {
  const name = /^\d{4}-\d{2}$/u.test(month) ? MONTHS[Number(month.slice(5, 7)) - 1] : undefined;
  return name ? `${name} ${month.slice(0, 4)}` : month;
}

/** Hours with the unit: «36 ч», «1,5 ч». */
export const hoursText = (hours: number) => `${ruNumber(hours)}${NBSP}ч`;

/**
 * The Russian plural form of a noun after `n`, by Intl.PluralRules("ru"): one (1, 21, 101), few (2–4, 22–24), many
 * (0, 5–20, 25–30, 11–14); a fraction («other») takes the genitive singular, which is the few form: «1,5 часа».
 */
export function plural(n: number, one: string, few: string, many: string): string {
  switch (PLURAL.select(n)) {
    case "one":
      return one;
    case "few":
    case "other":
      return few;
    default:
      return many;
  }
}

/** «3 ошибки», «21 строка», «1,5 часа». */
export const countText = (n: number, one: string, few: string, many: string) =>
  `${ruNumber(n)} ${plural(n, one, few, many)}`;
