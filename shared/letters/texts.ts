// Every Russian sentence of the letters to teachers and of the printed ИОМ (seed 002, section 4).
import { russianDate, type IsoDate } from "../dates.ts";
import type { CompetenceGroup } from "../schema/enums.ts";
import { countText, percentText } from "../text/ru.ts";

export const span = (start: string, end: string) =>
  start && end ? (start === end ? start : `${start} – ${end}`) : start || end;

/** «Мария Петровна» of «Иванова Мария Петровна», «Иван» of «Петров Иван»; "" when the name is not a ФИО. */
export function addressedAs(fio: string): string {
  const words = fio.trim().split(/\s+/u);
  return words.length >= 2 && words.length <= 4 ? words.slice(1, 3).join(" ") : "";
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** «1 замечание», «3 замечания». */
const remarkCount = (n: number) => countText(n, "замечание", "замечания", "замечаний");

export const letterText = {
  hello: (fio: string) => (addressedAs(fio) ? `Здравствуйте, ${addressedAs(fio)}!` : "Здравствуйте!"),
  askMethodist: (methodist: string | null) =>
    methodist
      ? `Если что-то непонятно, напишите методисту: ${methodist} (ответ на это письмо тоже придёт методисту).`
      : "Если что-то непонятно, обратитесь к муниципальному методисту.",
  signature: (municipality: string | null) =>
    `Письмо отправлено автоматически дополнением «Маршрут»${municipality ? ` (${municipality})` : ""}.`,

  // Feedback on a form entry: the subject counts every point the letter lists (errors, then remarks)
  feedbackSubjectErrors: (errors: number, remarks: number) =>
    `ИОМ: в вашем ответе ${countText(errors, "ошибка", "ошибки", "ошибок")}${remarks ? ` и ${remarkCount(remarks)}` : ""} — проверьте, пожалуйста`,
  feedbackSubjectOk: (remarks: number) =>
    `ИОМ: ваш ответ принят${remarks ? ` (${remarkCount(remarks)})` : ""}`,
  feedbackIntroErrors: (submitted: string, errors: number) =>
    `Ваш ответ в форме учёта ИОМ${submitted ? ` от ${submitted}` : ""} проверен, и в нём ${countText(errors, "ошибка", "ошибки", "ошибок")}:`,
  feedbackIntroOk: (submitted: string, clean: boolean) =>
    `Ваш ответ в форме учёта ИОМ${submitted ? ` от ${submitted}` : ""} проверен и принят${clean ? ": ошибок нет" : ""}.`,
  remarksIntro: (remarks: number, afterErrors: boolean) =>
    `${afterErrors ? "Кроме того, обратите внимание" : "Обратите внимание"} — ${remarkCount(remarks)}:`,
  leftToMethodist:
    "Некоторые сведения в ответе методист проверит сам — с вашей стороны ничего делать не нужно.",
  editLink: "Исправьте ответ по ссылке:",
  editLinkTitle: "Исправить ответ",
  noEditLink:
    "Ссылку для исправления ответа найти не удалось: отправьте форму ещё раз с исправленными данными или напишите методисту.",
  editLater: "Изменить ответ можно по ссылке:",
  answerAgain:
    "Эта форма не даёт изменить отправленный ответ. Заполните форму ещё раз, с исправленными данными, — учитывается последний ответ:",
  answerAgainTitle: "Заполнить форму ещё раз",
  /** A finding's message after its field's name, unless the message names the field itself. */
  fieldLine: (column: string, message: string) =>
    column && !message.includes(`«${column}»`) ? `«${column}»: ${message}` : message,
  teacherRequired: (column: string) => `«${column}»: поле не заполнено — заполните его.`,
  teacherOrgUnknown: (column: string, value: string, suggestion: string | undefined) =>
    `«${column}»: организации «${value}» нет в списке организаций муниципалитета.${
      suggestion ? ` Возможно, имелась в виду «${suggestion}» — тогда исправьте название в ответе.` : ""
    } Если название верное, ничего делать не нужно — методист проверит.`,
  teacherStatusEarly: (column: string, end: string) =>
    `«${column}»: указано «реализован», но срок окончания маршрута (${end}) ещё не наступил. Если маршрут ещё не завершён, выберите «реализуется».`,
  teacherDateFuture: (column: string, value: string) =>
    `«${column}»: дата ${value ? `${value} ` : ""}ещё не наступила. Укажите дату, когда обучение уже закончилось.`,

  // Why a form entry gets no letter (a «Журнал» line in the add-on)
  lettersOff: "Письма педагогам отключены: в «Настройках» «Письма педагогам» = «нет».",
  noErrors: "Ошибок нет: письмо не нужно («Письма педагогам» = «ошибки»).",
  noRow: (sheet: string, row: number) => `Строки ${row} на листе «${sheet}» нет: письмо не отправлено.`,
  noEmail: (sheet: string, row: number, value: string) =>
    `Письмо педагогу не отправлено: в строке ${row} листа «${sheet}» нет верного адреса электронной почты${
      value ? ` («${value}»)` : ""
    }.`,

  // The route letter
  routeSubject: (period: { from: IsoDate; to: IsoDate }, update: boolean) =>
    `${update ? "Изменения в вашем" : "Ваш"} индивидуальный образовательный маршрут на ${russianDate(period.from)} – ${russianDate(period.to)}`,
  routeIntro: (update: boolean) =>
    update
      ? "Ваш индивидуальный образовательный маршрут (ИОМ) изменился. Ниже — маршрут в его нынешнем виде."
      : "Для вас составлен индивидуальный образовательный маршрут (ИОМ) по результатам диагностики профессиональных компетенций. Ниже — диагностика, цели, план мероприятий со сроками и контрольными точками, сопровождение и рефлексивная диагностика.",

  // The printed ИОМ
  title: "Индивидуальный образовательный маршрут профессионального развития педагога",
  /** «на 2026/2027 учебный год», «на 2026/2027 и 2027/2028 учебные годы». */
  titleYears: (years: readonly string[]) =>
    years.length === 1 ? `на ${years[0]} учебный год` : `на ${years.join(" и ")} учебные годы`,
  approve: "УТВЕРЖДАЮ",
  agree: "СОГЛАСОВАНО",
  approveWho: (head: { position: string } | null, org: string) =>
    [head?.position ? capitalized(head.position) : "Руководитель", org].filter(Boolean).join(" "),
  agreeWho: "Муниципальный методист (тьютор)",
  /** ««___» ______________ 2026 г.» — the day and month are written by hand. */
  dateLine: (year: string) => `«___» ______________ ${year} г.`,
  pageOf: "стр.",
  pageOutOf: "из",
  sections: {
    diagnostics: "1. Диагностика профессиональных компетенций",
    goals: "2. Цели и задачи",
    plan: "3. План мероприятий",
    support: "4. Тьюторское и наставническое сопровождение",
    reflexive: "5. Рефлексивная диагностика",
  },
  noDiagnostics: "Результатов диагностики на листе «Диагностика» нет.",
  noGoals: "Цели не указаны: в маршруте нет групп компетенций.",
  noActivities: "Мероприятий в маршруте нет.",
  topicTask: (topic: string) => `Восполнить дефицит: ${topic}`,
  reachLevel: (group: CompetenceGroup, level: string, threshold: number) =>
    `Достичь по группе «${group}» уровня не ниже ${level} (от ${percentText(threshold)}) по итогам рефлексивной диагностики`,
  goalDevelop: (group: CompetenceGroup) => `Развитие компетенций: ${group}`,
  doActivities: (group: CompetenceGroup) => `Выполнить мероприятия маршрута по группе «${group}»`,
  controlPoint: (end: string) => (end ? `до ${end}` : ""),
  federal: "федеральный реестр",
  federalDpp: "ДПП из федерального реестра",
  federalNote:
    "Федеральный реестр — Федеральный реестр дополнительных профессиональных программ педагогического образования.",
  mentor: "Наставник",
  mentorNone: "не назначен",
  tutor: "Тьютор (куратор)",
  tutorWho: (methodist: string | null) =>
    methodist ? `муниципальный методист, ${methodist}` : "муниципальный методист",
  supportForms: "Формы сопровождения",
  /** Forms of support: a kindergarten has занятия and воспитанники, a school уроки. */
  supportFormsText: (preschool: boolean) =>
    `консультации тьютора на контрольных точках маршрута; обучение на рабочем месте — совместное планирование и рефлексия, ${
      preschool ? "взаимопосещение занятий с воспитанниками" : "взаимопосещение уроков и занятий"
    }, разработка дидактических материалов, в том числе цифровых.`,
  reflexiveWhen: (dates: string) => `Сроки: ${dates}.`,
  reflexiveHow:
    "Повторная диагностика по группам компетенций маршрута; результаты сравниваются с первичной диагностикой, отчёт — на контрольной точке.",
  reflexiveMissing: "Рефлексивная диагностика в маршруте не запланирована: добавьте её на лист «ИОМ».",
  acquainted: "С маршрутом ознакомлены:",
  signTeacher: "Педагог",
  signMentor: "Наставник (тьютор)",
  signHead: "Руководитель образовательной организации",
  signDate: "Дата «___» ______________ 20___ г.",
} as const;

/** Headers of the printed tables. */
export const HEADERS = {
  facts: {
    fio: "ФИО",
    position: "Должность",
    org: "Образовательная организация",
    period: "Период реализации",
  },
  totalHours: "Всего часов",
  diagnostics: ["Группа компетенций", "Дата", "Результат, %", "Уровень", "Выявленные дефициты"],
  plan: [
    "№",
    "Мероприятие",
    "Группа компетенций",
    "Часы",
    "Сроки",
    "Форма отчётности",
    "Контрольная точка",
    "Отметка о выполнении",
  ],
  reflexive: ["Группа компетенций", "Первичная диагностика", "Повторная диагностика", "Динамика"],
} as const;
