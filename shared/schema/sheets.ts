// The sheets of spec §2: their names, fields and header names; row types are derived from the zod schemas.
import * as z from "zod/mini";
import {
  ACTIVITY_STATES,
  ACTIVITY_TYPES,
  COMPETENCE_GROUPS,
  FORMATS,
  IOM_STATUSES,
  LEVELS,
  MENTORING_ROLES,
  ORG_TYPES,
  PROCEDURES,
  STAFF_CATEGORIES,
} from "./enums.ts";
import {
  date,
  dateTime,
  email,
  fio,
  listOf,
  number,
  oneOf,
  text,
  topics,
  url,
  yesNo,
  type FieldDef,
} from "./fields.ts";

export type Fields = Record<string, FieldDef>;

export interface SheetDef<F extends Fields = Fields> {
  readonly id: SheetId;
  /** The sheet's name as the product creates it; found case-insensitively. */
  readonly title: string;
  readonly fields: F;
}

export type SheetId = "register" | "staff" | "orgs" | "diagnostics" | "catalog" | "routes";

function sheet<F extends Fields>(id: SheetId, title: string, fields: F) {
  const schema = z.object(
    Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, field.schema])) as {
      [K in keyof F]: F[K]["schema"];
    },
  );
  return { id, title, fields, schema } as const;
}

const required = { required: true } as const;

/** 2.1 «Реестр ИОМ»: the Google Form responses, one row per submission. */
export const RegisterSheet = sheet("register", "Реестр ИОМ", {
  submittedAt: dateTime(["Отметка времени", "Timestamp"], required),
  email: email(["Адрес электронной почты", "Электронная почта", "Email", "E-mail"], required),
  fio: fio(["ФИО", "ФИО педагога", "Фамилия, имя, отчество"], required),
  org: text(["ОО", "Образовательная организация", "Наименование ОО"], required),
  position: text(["Должность"]),
  topic: text(["Тема ИОМ", "Тема индивидуального образовательного маршрута"]),
  start: date(["Дата начала", "Срок начала реализации ИОМ"]),
  end: date(["Дата окончания", "Срок окончания реализации ИОМ"]),
  status: oneOf(["Статус ИОМ"], IOM_STATUSES),
  course: text(["Пройденная программа ДПО"]),
  courseFederal: yesNo(["Программа из федерального реестра"]),
  courseDate: date(["Дата окончания обучения"], {}, { notInFuture: true }),
  evidence: url(["Ссылка на документ", "Подтверждающий документ"]),
});

/** 2.2 «Педагоги»: the staff roster, denominators of the KPIs. */
export const StaffSheet = sheet("staff", "Педагоги", {
  email: email(["Email", "Электронная почта", "Адрес электронной почты"], required),
  fio: fio(["ФИО"], required),
  org: text(["ОО", "Образовательная организация"], required),
  category: oneOf(["Категория"], STAFF_CATEGORIES),
  position: text(["Должность"]),
  subject: text(["Предмет"]),
  birthDate: date(["Дата рождения"], {}, { dateRange: "birth" }),
  age: number(["Возраст"], { min: 18, max: 80, integer: true }),
  experience: number(["Педагогический стаж", "Стаж"], { min: 0, max: 60, integer: true }),
  fgos: yesNo(["Реализует обновлённые ФГОС"]),
  community: yesNo(["Участие в методических объединениях", "Участие в профессиональных сообществах"]),
  contest: yesNo(["Участие в конкурсах профессионального мастерства"]),
  mentoring: oneOf(["Наставничество"], MENTORING_ROLES),
  youngSupport: yesNo(["Формы поддержки молодого педагога"]),
});

/** 2.3 «ОО»: educational organisations. */
export const OrgsSheet = sheet("orgs", "ОО", {
  name: text(["ОО", "Наименование ОО", "Образовательная организация"], required),
  type: oneOf(["Тип ОО"], ORG_TYPES),
  moMonitoring: yesNo(["Мониторинг методических объединений"]),
  mentoringModel: yesNo(["Целевая модель наставничества"]),
  platform: yesNo(["Стажировочная площадка", "Инновационная площадка"]),
  staffingNeeds: yesNo(["Выявление кадровых потребностей"]),
  lowResults: yesNo(["Школа с низкими результатами"]),
});

/** 2.4 «Диагностика»: one row per person × competence group × procedure. */
export const DiagnosticsSheet = sheet("diagnostics", "Диагностика", {
  email: email(["Email", "Электронная почта"], required),
  date: date(["Дата диагностики", "Дата"], required),
  procedure: oneOf(["Процедура"], PROCEDURES),
  group: oneOf(["Группа компетенций", "Компетенции"], COMPETENCE_GROUPS, required),
  score: number(["Результат, %", "Результат", "Баллы, %"], { min: 0, max: 100 }, required),
  level: oneOf(["Уровень"], LEVELS),
  topics: topics(["Дефициты", "Выявленные дефициты"]),
});

/** 2.5 «Каталог»: activities routes are built from. */
export const CatalogSheet = sheet("catalog", "Каталог", {
  code: text(["Код"], required),
  title: text(["Название"], required),
  type: oneOf(["Тип"], ACTIVITY_TYPES, required),
  groups: listOf(["Группы компетенций"], COMPETENCE_GROUPS, required),
  subject: text(["Предмет"]),
  hours: number(["Часы"], { min: 0, max: 500, minExclusive: true }, required),
  weeks: number(["Длительность, недель"], { min: 1, max: 520, integer: true }, required),
  format: oneOf(["Формат"], FORMATS),
  provider: text(["Организатор"]),
  federal: yesNo(["Федеральный реестр"]),
  forLevels: listOf(["Для уровней"], LEVELS),
});

/** 2.7 «ИОМ»: routes, one row per activity; written by the product, edited by methodists. */
export const RoutesSheet = sheet("routes", "ИОМ", {
  email: email(["Email"], required),
  fio: text(["ФИО"]),
  org: text(["ОО"]),
  from: date(["Период с"], required),
  to: date(["Период по"], required),
  group: oneOf(["Группа компетенций"], COMPETENCE_GROUPS),
  code: text(["Код"]),
  title: text(["Мероприятие"], required),
  type: oneOf(["Тип"], ACTIVITY_TYPES),
  federal: yesNo(["Федеральный реестр"]),
  hours: number(["Часы"], { min: 0, max: 2000 }),
  start: date(["Начало"]),
  end: date(["Окончание"]),
  controlPoint: text(["Контрольная точка"]),
  mentor: email(["Наставник"]),
  state: oneOf(["Статус мероприятия"], ACTIVITY_STATES),
  doneDate: date(["Дата выполнения"], {}, { notInFuture: true }),
});

export const SHEETS = [
  RegisterSheet,
  StaffSheet,
  OrgsSheet,
  DiagnosticsSheet,
  CatalogSheet,
  RoutesSheet,
] as const;

export type RegisterRow = z.infer<typeof RegisterSheet.schema>;
export type StaffRow = z.infer<typeof StaffSheet.schema>;
export type OrgRow = z.infer<typeof OrgsSheet.schema>;
export type DiagnosticRow = z.infer<typeof DiagnosticsSheet.schema>;
export type CatalogRow = z.infer<typeof CatalogSheet.schema>;
export type RouteRow = z.infer<typeof RoutesSheet.schema>;

/** The header the product writes for a field: the first of its names. */
export const headerOf = (field: FieldDef): string => field.names[0]!;

/** A sheet's header row as the product creates it, in field order. */
export const headerRow = (def: { readonly fields: Fields }): string[] =>
  Object.values(def.fields).map(headerOf);

/** The title of the settings sheet (key/value rows, see settings.ts). */
export const SETTINGS_TITLE = "Настройки";
