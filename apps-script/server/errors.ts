// Coded errors of the add-on and the one place that turns any error into a Russian sentence for the sidebar.
import { REAUTHORIZE_REFUSED_TEXT } from "./accessTexts.ts";

export const ERROR_TEXT = {
  BUSY: "Маршрут уже выполняет другое действие в этой таблице. Дождитесь его окончания (ход виден в панели) и повторите.",
  NO_REGISTER:
    "Не найден лист реестра ИОМ. Выполните «Подготовить таблицу» или укажите лист реестра в настройках.",
  INVALID_SETTINGS: "Настройки не сохранены: ",
  NO_ENDPOINT: "Не указан адрес региона. Укажите его в настройках (раздел «Отправка в регион»).",
  NO_KEY: "Не указан ключ муниципалитета. Укажите его в настройках (раздел «Отправка в регион»).",
  NO_MUNICIPALITY: "Не указаны код и наименование муниципалитета. Укажите их в настройках.",
  BAD_MONTH: "Месяц отчёта указан неверно или ещё не наступил. Выберите месяц в виде ГГГГ-ММ.",
  REPORT_INVALID: "Отчёт не прошёл проверку и не отправлен: ",
  NO_SHEET: "Лист не найден: возможно, его переименовали или удалили. Выполните проверку заново.",
  UNKNOWN_ACTION: "Неизвестное действие. Обновите панель (закройте и откройте её снова).",
  LOCKED: "Таблица занята другим пользователем или действием. Повторите через минуту.",
  NO_ROUTE: "У этого педагога нет ИОМ на листе «ИОМ». Сначала выполните «Сформировать ИОМ».",
  TIME_ZONE_UNKNOWN:
    "Часовой пояс таблицы не распознан, поэтому даты нельзя прочитать без сдвига на день. Выберите часовой пояс в меню «Файл → Настройки» (например, «(GMT+05:00) Екатеринбург») и повторите. Пояс таблицы: ",
} as const;

export type AddonErrorCode = keyof typeof ERROR_TEXT;

export class AddonError extends Error {
  constructor(
    readonly code: AddonErrorCode,
    readonly detail = "",
  ) {
    super(`${code}${detail ? `: ${detail}` : ""}`);
    this.name = "AddonError";
  }
}

/**
 * An error with one of these codes and the end of its sentence (`detail`): an AddonError, or an error of shared code
 * that carries both (TimeZoneError of shared/timeZone.ts). RegionError's codes are its own: it has no `detail`.
 */
const isCodedError = (error: unknown): error is Error & { code: AddonErrorCode; detail: string } =>
  error instanceof Error &&
  "code" in error &&
  typeof error.code === "string" &&
  Object.hasOwn(ERROR_TEXT, error.code) &&
  "detail" in error &&
  typeof error.detail === "string";

/** The message of anything thrown (errors of another realm included: they fail `instanceof Error`). */
export function errorText(error: unknown): string {
  if (typeof error === "object" && error !== null && "message" in error) return String(error.message);
  return String(error);
}

/** Google's limits the add-on can meet, by the platform's wording, and what the person reads instead. */
const PLATFORM_LIMITS: readonly [RegExp, string][] = [
  [
    /maximum execution time|timed? ?out|time limit|превышено время/iu,
    "Google прервал выполнение: одно выполнение длится не больше 6 минут. Запустите действие ещё раз — оно продолжится с места остановки.",
  ],
  [
    /property storage quota|Argument too large/iu,
    "В таблице не хватает места для служебных данных Маршрута (Google хранит не больше 500 КБ на таблицу). Отправьте ждущие отчёты в регион — принятые удаляются — и повторите.",
  ],
  [
    /above the limit of 10000000 cells/iu,
    "В таблице нет места: Google ограничивает таблицу 10 миллионами ячеек. Удалите пустые строки и столбцы или ненужные листы и повторите.",
  ],
  [
    /too many times for one day: email/iu,
    "Дневной лимит писем Google исчерпан (его задаёт Google для каждого пользователя). Письма сохранены и уйдут при следующем открытии таблицы на другой день.",
  ],
  [
    /maximum of 50000 characters/iu,
    "Текст не помещается в ячейку: в ячейке Google Таблиц не больше 50 000 знаков. Сократите текст и повторите.",
  ],
];

/** The Russian sentence for an error of Google's limits, or undefined for any other error text. */
export const platformLimitText = (text: string): string | undefined =>
  PLATFORM_LIMITS.find(([pattern]) => pattern.test(text))?.[1];

/**
 * A call Google refuses because this user has not granted one of the add-on's scopes (a new release asked for it):
 * «You do not have permission to call …. Required permissions: …», «Authorization is required to perform that
 * action», and the same in Russian.
 */
const MISSING_SCOPE =
  /permission to call|required permissions|authori[sz]ation is required|нет разрешения на вызов|требуется авторизация|необходимые разрешения/iu;

/**
 * Any other refusal for want of rights: the person's account may not edit this spreadsheet or the form (view-only
 * access, another owner). Re-authorizing the add-on does not help there.
 */
const NO_ACCESS = /permission|access denied|нет доступа|нет разрешения|нет прав|недостаточно прав/iu;

export const NO_ACCESS_TEXT =
  "Google не дал выполнить действие: у вашей учётной записи нет прав на изменение этой таблицы или формы (например, доступ только на просмотр). Попросите владельца таблицы открыть вам доступ «Редактор» и повторите.";

/** One Russian sentence that says what happened and what to do next. */
export function russianMessage(error: unknown): string {
  if (isCodedError(error)) return `${ERROR_TEXT[error.code]}${error.detail}`;
  const text = errorText(error);
  if (MISSING_SCOPE.test(text)) return REAUTHORIZE_REFUSED_TEXT;
  if (NO_ACCESS.test(text)) return NO_ACCESS_TEXT;
  return (
    platformLimitText(text) ??
    `Действие не выполнено: ${text}. Повторите попытку; если ошибка повторяется, посмотрите лист «Журнал».`
  );
}

/** Wraps a sidebar entry point: coded errors become Russian sentences for google.script.run's failure handler. */
export function exposed<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (error) {
      throw new Error(russianMessage(error), { cause: error });
    }
  };
}
