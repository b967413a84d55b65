// Every Russian sentence of the letters to teachers and of the printed ИОМ (seed 002, section 4).
import { russianDate, type IsoDate } from "../dates.ts";
import type { CompetenceGroup } from "../schema/enums.ts";
import { countText } from "../text/ru.ts";

/** 12,5 — numbers as Russian readers write them. */
export const ruNumber = (n: number) => String(Math.round(n * 100) / 100).replace(".", ",");
export const span = (start: string, end: string) =>
  start && end ? (start === end ? start : `${start} – ${end}`) : start || end;

/** «Мария Петровна» of «Иванова Мария Петровна», «Иван» of «Петров Иван»; "" when the name is not a ФИО. */
export function addressedAs(fio: string): string {
  const words = fio.trim().split(/\s+/u);
  return words.length >= 2 && words.length <= 4 ? words.slice(1, 3).join(" ") : "";
}

export const letterText = {
  hello: (fio: string) => (addressedAs(fio) ? `Здравствуйте, ${addressedAs(fio)}!` : "Здравствуйте!"),
  askMethodist: (methodist: string | null) =>
    methodist
      ? `Если что-то непонятно, напишите методисту: ${methodist} (ответ на это письмо тоже придёт методисту).`
      : "Если что-то непонятно, обратитесь к муниципальному методисту.",
  signature: (municipality: string | null) =>
    `Письмо отправлено автоматически дополнением «Маршрут»${municipality ? ` (${municipality})` : ""}.`,

  // Feedback on a form entry
  feedbackSubjectErrors: (errors: number) =>
    `ИОМ: в вашем ответе ${countText(errors, "ошибка", "ошибки", "ошибок")} — исправьте, пожалуйста`,
  feedbackSubjectOk: "ИОМ: ваш ответ принят",
  feedbackIntroErrors: (submitted: string, errors: number) =>
    `Ваш ответ в форме учёта ИОМ${submitted ? ` от ${submitted}` : ""} проверен, и в нём ${countText(errors, "ошибка", "ошибки", "ошибок")}:`,
  feedbackIntroOk: (submitted: string) =>
    `Ваш ответ в форме учёта ИОМ${submitted ? ` от ${submitted}` : ""} проверен и принят: ошибок нет.`,
  editLink: "Исправьте ответ по ссылке:",
  editLinkTitle: "Исправить ответ",
  noEditLink:
    "Ссылку для исправления ответа найти не удалось: отправьте форму ещё раз с исправленными данными или напишите методисту.",
  editLater: "Изменить ответ можно по ссылке:",
  answerAgain:
    "Эта форма не даёт изменить отправленный ответ. Заполните форму ещё раз, с исправленными данными, — учитывается последний ответ:",
  answerAgainTitle: "Заполнить форму ещё раз",
  warningsIntro: "Обратите внимание:",
  fieldLine: (column: string, message: string) => (column ? `«${column}»: ${message}` : message),

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
    `Достичь по группе «${group}» уровня не ниже ${level} (от ${ruNumber(threshold)}%) по итогам рефлексивной диагностики`,
  goalDevelop: (group: CompetenceGroup) => `Развитие компетенций: ${group}`,
  doActivities: (group: CompetenceGroup) => `Выполнить мероприятия маршрута по группе «${group}»`,
  controlPoint: (end: string) => (end ? `до ${end}` : ""),
  federal: "ФРОП ДППО",
  mentor: "Наставник",
  mentorNone: "не назначен",
  tutor: "Тьютор (куратор)",
  tutorWho: (methodist: string | null) =>
    methodist ? `муниципальный методист, ${methodist}` : "муниципальный методист",
  supportForms: "Формы сопровождения",
  supportFormsText:
    "консультации тьютора на контрольных точках маршрута; обучение на рабочем месте — совместное планирование и рефлексия, взаимопосещение уроков и занятий, разработка дидактических материалов, в том числе цифровых.",
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
