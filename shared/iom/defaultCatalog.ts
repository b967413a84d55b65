// EXAMPLE catalogue of activities, used only when the workbook has no «Каталог» (or no valid row in it).
// It is a sample for a methodist to replace with the municipality's own catalogue: every code starts
// with «ПРИМЕР-», every organiser ends with «(пример)». It covers every competence group and every type.
import type { Cell } from "../cells.ts";
import { COMPETENCE_GROUPS, type CompetenceGroup } from "../schema/enums.ts";
import { CatalogSheet, headerRow, type CatalogRow } from "../schema/sheets.ts";

interface GroupTopics {
  readonly abbr: string;
  /** Topic of the group's courses and events, in the genitive-free form used in titles. */
  readonly topic: string;
}

/**
 * Topics worded for a school and a kindergarten alike (a воспитатель gets the same examples as a teacher): no
 * «урок», «обучающиеся» or school-only standards.
 */
const TOPICS: Record<CompetenceGroup, GroupTopics> = {
  предметные: { abbr: "ПРЕД", topic: "Содержание образования по ФГОС и ФОП" },
  методические: { abbr: "МЕТ", topic: "Организация образовательной деятельности: современные методики" },
  "психолого-педагогические": { abbr: "ПСИ", topic: "Психолого-педагогическое сопровождение детей" },
  коммуникативные: { abbr: "КОМ", topic: "Педагогическое общение и работа с родителями" },
  цифровые: { abbr: "ЦИФ", topic: "Цифровая образовательная среда в работе педагога" },
  управленческие: { abbr: "УПР", topic: "Управление образовательной организацией" },
};

const FEDERAL = "Академия Минпросвещения России (пример)";
const REGIONAL = "ЦНППМ (пример)";
const MUNICIPAL = "Муниципальная методическая служба (пример)";

function groupActivities(group: CompetenceGroup): CatalogRow[] {
  const { abbr, topic } = TOPICS[group];
  const code = (n: number) => `ПРИМЕР-${abbr}-${n}`;
  const base = { groups: [group], federal: false };
  return [
    {
      ...base,
      code: code(1),
      title: `ДПП «${topic}» (федеральный реестр)`,
      type: "ДПП",
      hours: 36,
      weeks: 6,
      format: "дистанционно",
      provider: FEDERAL,
      federal: true,
      forLevels: ["низкий", "базовый"],
    },
    {
      ...base,
      code: code(2),
      title: `ДПП «${topic}: практикум»`,
      type: "ДПП",
      hours: 24,
      weeks: 4,
      format: "смешанно",
      provider: REGIONAL,
    },
    {
      ...base,
      code: code(3),
      title: `Семинар-практикум «${topic}»`,
      type: "мероприятие",
      hours: 6,
      weeks: 1,
      format: "очно",
      provider: MUNICIPAL,
    },
    {
      ...base,
      code: code(4),
      title: `Муниципальное методическое объединение «${topic}»`,
      type: "сообщество",
      hours: 12,
      weeks: 12,
      format: "смешанно",
      provider: MUNICIPAL,
    },
    {
      ...base,
      code: code(5),
      title: `Стажировка на стажировочной площадке «${topic}»`,
      type: "стажировка",
      hours: 16,
      weeks: 2,
      format: "очно",
      provider: REGIONAL,
    },
    {
      ...base,
      code: code(6),
      title: `Самообразование: «${topic}»`,
      type: "самообразование",
      hours: 18,
      weeks: 6,
      format: "дистанционно",
      provider: MUNICIPAL,
    },
  ];
}

const PEDAGOGICAL = COMPETENCE_GROUPS.filter((group) => group !== "управленческие");

/** The example catalogue, in a fixed order. */
export const DEFAULT_CATALOG: readonly CatalogRow[] = [
  ...COMPETENCE_GROUPS.flatMap(groupActivities),
  {
    code: "ПРИМЕР-ПРЕД-7",
    title: "ДПП «Методика преподавания математики по обновлённым ФГОС» (федеральный реестр)",
    type: "ДПП",
    groups: ["предметные", "методические"],
    subject: "математика",
    hours: 36,
    weeks: 6,
    format: "дистанционно",
    provider: FEDERAL,
    federal: true,
  },
  {
    code: "ПРИМЕР-НАСТ-1",
    title: "Наставничество «педагог — молодой специалист»",
    type: "наставничество",
    groups: [...COMPETENCE_GROUPS],
    hours: 36,
    weeks: 18,
    format: "очно",
    provider: MUNICIPAL,
    federal: false,
  },
  {
    code: "ПРИМЕР-КОНК-1",
    title: "Муниципальный конкурс профессионального мастерства «Педагогический дебют»",
    type: "конкурс",
    groups: [...PEDAGOGICAL],
    hours: 20,
    weeks: 8,
    format: "очно",
    provider: MUNICIPAL,
    federal: false,
    forLevels: ["базовый", "повышенный"],
  },
];

/** The example catalogue as a «Каталог» sheet (header + rows) a methodist can start editing from. */
export function defaultCatalogTable(): Cell[][] {
  const fields = Object.entries(CatalogSheet.fields);
  const header = headerRow(CatalogSheet);
  const rows = DEFAULT_CATALOG.map((row) =>
    fields.map(([key]): Cell => {
      const value = (row as Record<string, unknown>)[key];
      if (Array.isArray(value)) return value.join(", ");
      if (typeof value === "boolean") return value ? "да" : "нет";
      return (value as Cell) ?? "";
    }),
  );
  return [header, ...rows];
}
