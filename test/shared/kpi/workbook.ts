// Small workbooks for KPI tests: rows written as objects keyed by field, turned into sheets and read with readBook.
import { readBook, type Book, type RawSheet } from "../../../shared/book.ts";
import type { Cell } from "../../../shared/cells.ts";
import { computeKpis } from "../../../shared/kpi/compute.ts";
import type { KpiReport, KpiResult } from "../../../shared/kpi/definitions.ts";

type Row = Record<string, Cell>;

const STAFF = {
  email: "Email",
  fio: "ФИО",
  org: "ОО",
  category: "Категория",
  position: "Должность",
  subject: "Предмет",
  birthDate: "Дата рождения",
  age: "Возраст",
  experience: "Педагогический стаж",
  fgos: "Реализует обновлённые ФГОС",
  community: "Участие в методических объединениях",
  contest: "Участие в конкурсах профессионального мастерства",
  mentoring: "Наставничество",
  youngSupport: "Формы поддержки молодого педагога",
};
const ORGS = {
  name: "Наименование ОО",
  type: "Тип ОО",
  moMonitoring: "Мониторинг методических объединений",
  mentoringModel: "Целевая модель наставничества",
  platform: "Стажировочная площадка",
  staffingNeeds: "Выявление кадровых потребностей",
};
const DIAGNOSTICS = {
  email: "Email",
  date: "Дата диагностики",
  group: "Группа компетенций",
  score: "Результат, %",
  level: "Уровень",
};
const REGISTER = {
  submittedAt: "Отметка времени",
  email: "Адрес электронной почты",
  fio: "ФИО",
  org: "ОО",
  topic: "Тема ИОМ",
  start: "Дата начала",
  end: "Дата окончания",
  status: "Статус ИОМ",
  courseFederal: "Программа из федерального реестра",
  courseDate: "Дата окончания обучения",
};
const ROUTES = {
  email: "Email",
  org: "ОО",
  from: "Период с",
  to: "Период по",
  group: "Группа компетенций",
  code: "Код",
  title: "Мероприятие",
  type: "Тип",
  federal: "Федеральный реестр",
  state: "Статус мероприятия",
  doneDate: "Дата выполнения",
};

export const SCHOOL = "МБОУ СОШ № 1";

/** A pedagogical worker, a 45-year-old teacher with 20 years of experience, unless `fields` say otherwise. */
export const person = (email: string, fields: Row = {}): Row => ({
  email,
  fio: "Иванова Мария Петровна",
  org: SCHOOL,
  category: "педагогический работник",
  position: "учитель математики",
  birthDate: "1981-03-15",
  experience: 20,
  ...fields,
});

export const org = (name: string, fields: Row = {}): Row => ({
  name,
  type: "общеобразовательная",
  ...fields,
});

export const diagnostic = (
  email: string,
  date: string,
  group: string,
  score: number,
  fields: Row = {},
): Row => ({
  email,
  date,
  group,
  score,
  ...fields,
});

export const submission = (email: string, submittedAt: string, fields: Row = {}): Row => ({
  submittedAt,
  email,
  fio: "Иванова Мария Петровна",
  org: SCHOOL,
  topic: "Тема",
  start: "2026-10-01",
  end: "2027-05-31",
  status: "разработан",
  ...fields,
});

export const activity = (email: string, from: string, to: string, fields: Row = {}): Row => ({
  email,
  from,
  to,
  group: "цифровые",
  title: "Мероприятие",
  type: "мероприятие",
  state: "запланировано",
  ...fields,
});

function sheet(name: string, columns: Record<string, string>, rows: readonly Row[]): RawSheet {
  const keys = Object.keys(columns);
  return {
    name,
    values: [keys.map((key) => columns[key]!), ...rows.map((row) => keys.map((key) => row[key] ?? ""))],
  };
}

export interface BookParts {
  staff?: Row[];
  orgs?: Row[];
  diagnostics?: Row[];
  register?: Row[];
  routes?: Row[];
  /** «Настройки» rows: [parameter, value]. */
  settings?: Cell[][];
}

/** The sheets of a workbook; «ОО» defaults to the one school every default person works at. */
export function sheetsOf(parts: BookParts): RawSheet[] {
  const sheets = [
    sheet("Реестр ИОМ", REGISTER, parts.register ?? []),
    sheet("Педагоги", STAFF, parts.staff ?? []),
    sheet("ОО", ORGS, parts.orgs ?? [org(SCHOOL)]),
    sheet("Диагностика", DIAGNOSTICS, parts.diagnostics ?? []),
  ];
  if (parts.routes) sheets.push(sheet("ИОМ", ROUTES, parts.routes));
  if (parts.settings)
    sheets.push({ name: "Настройки", values: [["Параметр", "Значение"], ...parts.settings] });
  return sheets;
}

export const bookOf = (parts: BookParts, reportDate: string): Book =>
  readBook(sheetsOf(parts), { reportDate });

/** The report of a workbook meant to be clean: a row with errors here is a mistake in the test itself. */
export function reportOf(parts: BookParts, reportDate: string): KpiReport {
  const book = bookOf(parts, reportDate);
  const errors = book.findings.filter((finding) => finding.severity === "error");
  if (errors.length > 0) throw new Error(`test workbook has errors: ${JSON.stringify(errors, null, 1)}`);
  return computeKpis(book);
}

/** The report of a workbook with rows with errors on purpose. */
export const reportWithErrors = (parts: BookParts, reportDate: string): KpiReport =>
  computeKpis(bookOf(parts, reportDate));

export function kpiOf(report: KpiReport, id: string): KpiResult {
  const result = report.kpis.find((kpi) => kpi.id === id);
  if (!result) throw new Error(`no ${id}`);
  return result;
}

/** [numerator, denominator] of an indicator: the shortest way to assert a figure. */
export const fraction = (report: KpiReport, id: string) => {
  const { numerator, denominator } = kpiOf(report, id);
  return [numerator, denominator];
};
