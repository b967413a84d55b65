// Compact workbooks for route tests: people, diagnostics, catalogue, an existing «ИОМ» sheet and settings as plain objects.
import { readBook, type Book, type RawSheet } from "../../../shared/book.ts";
import type { Cell } from "../../../shared/cells.ts";

export interface PersonSpec {
  email: string;
  fio?: string;
  org?: string;
  category?: string;
  position?: string;
  subject?: string;
  birthDate?: string;
  age?: number;
  experience?: number;
  mentoring?: string;
}

export interface DiagnosticSpec {
  email: string;
  group: string;
  score: number;
  date?: string;
  level?: string;
}

export interface CatalogSpec {
  code: string;
  title?: string;
  type: string;
  groups: string;
  subject?: string;
  hours: number;
  weeks: number;
  federal?: boolean;
  forLevels?: string;
}

export interface RegisterSpec {
  email: string;
  course: string;
}

export interface BookSpec {
  reportDate?: string;
  staff: PersonSpec[];
  diagnostics?: DiagnosticSpec[];
  catalog?: CatalogSpec[];
  /** The whole «ИОМ» sheet (header included), e.g. routesTable(result.rows). */
  routes?: Cell[][];
  register?: RegisterSpec[];
  settings?: [string, Cell][];
}

const STAFF_HEADERS = [
  "Email",
  "ФИО",
  "ОО",
  "Категория",
  "Должность",
  "Предмет",
  "Дата рождения",
  "Возраст",
  "Педагогический стаж",
  "Наставничество",
];

export function bookSheets(spec: BookSpec): RawSheet[] {
  const sheets: RawSheet[] = [
    {
      name: "Педагоги",
      values: [
        STAFF_HEADERS,
        ...spec.staff.map((p) => [
          p.email,
          p.fio ?? "Тестова Анна Петровна",
          p.org ?? "Школа 1",
          p.category ?? "педагогический работник",
          p.position ?? "учитель",
          p.subject ?? "",
          p.birthDate ?? "",
          p.age ?? "",
          p.experience ?? 20,
          p.mentoring ?? "нет",
        ]),
      ],
    },
    {
      name: "Диагностика",
      values: [
        ["Email", "Дата диагностики", "Группа компетенций", "Результат, %", "Уровень"],
        ...(spec.diagnostics ?? []).map((d) => [
          d.email,
          d.date ?? "2026-10-01",
          d.group,
          d.score,
          d.level ?? "",
        ]),
      ],
    },
    {
      name: "Реестр ИОМ",
      values: [
        ["Отметка времени", "Адрес электронной почты", "ФИО", "ОО", "Пройденная программа ДПО"],
        ...(spec.register ?? []).map((r) => [
          "2026-10-01T10:00:00",
          r.email,
          "Тестова Анна",
          "Школа 1",
          r.course,
        ]),
      ],
    },
  ];
  if (spec.catalog)
    sheets.push({
      name: "Каталог",
      values: [
        [
          "Код",
          "Название",
          "Тип",
          "Группы компетенций",
          "Предмет",
          "Часы",
          "Длительность, недель",
          "Федеральный реестр",
          "Для уровней",
        ],
        ...spec.catalog.map((c) => [
          c.code,
          c.title ?? `Мероприятие ${c.code}`,
          c.type,
          c.groups,
          c.subject ?? "",
          c.hours,
          c.weeks,
          c.federal ? "да" : "нет",
          c.forLevels ?? "",
        ]),
      ],
    });
  if (spec.routes) sheets.push({ name: "ИОМ", values: spec.routes });
  if (spec.settings) sheets.push({ name: "Настройки", values: [["Параметр", "Значение"], ...spec.settings] });
  return sheets;
}

export const makeBook = (spec: BookSpec): Book =>
  readBook(bookSheets(spec), { reportDate: spec.reportDate ?? "2026-11-30" });

/** A catalogue with one federal and one regional ДПП and one event for each listed group. */
export function smallCatalog(groups: string[]): CatalogSpec[] {
  return groups.flatMap((group, i) => [
    { code: `Д${i}Ф`, type: "ДПП", groups: group, hours: 36, weeks: 6, federal: true },
    { code: `Д${i}Р`, type: "ДПП", groups: group, hours: 24, weeks: 4 },
    { code: `М${i}`, type: "мероприятие", groups: group, hours: 4, weeks: 1 },
  ]);
}
