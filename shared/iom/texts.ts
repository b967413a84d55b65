// Russian texts of route generation: goals, generated titles, control points and every warning a route carries.
import { russianDate, type IsoDate } from "../dates.ts";
import type { ActivityType, CompetenceGroup } from "../schema/enums.ts";
import { hoursText, percentText, ruNumber } from "../text/ru.ts";

/** A score in a goal's title as spec §4 writes it: «(38%)», «(52,5%)». */
const goalScore = (score: number) => `${ruNumber(score, 1)}%`;

/** Title of the row that stands for a goal with no matching activity (spec §4.5). */
export const PLACEHOLDER_TITLE = "подобрать мероприятие";
/** Code and title prefix of the closing «Рефлексивная диагностика» (not a catalogue activity). */
export const REFLEXIVE_CODE = "РД-ИОМ";
export const REFLEXIVE_PREFIX = "Рефлексивная диагностика";
export const REFLEXIVE_HOURS = 2;
export const REFLEXIVE_DAYS = 7;
/** The closing repeat diagnostics is an event whose report is the comparison with the first diagnostics. */
export const REFLEXIVE = { type: "мероприятие", controlPoint: "отчёт" } as const;

/** The form of report of an activity (spec §4.4): сертификат for ДПП, открытое занятие / методическая разработка / отчёт. */
export function controlPointOf(type: ActivityType | null): string {
  switch (type) {
    case "ДПП":
      return "сертификат";
    case "стажировка":
    case "наставничество":
      return "открытое занятие";
    case "мероприятие":
    case "самообразование":
    case "конкурс":
      return "методическая разработка";
    default:
      return "отчёт";
  }
}

export const iomText = {
  goalDeficit: (group: CompetenceGroup, score: number) =>
    `Преодоление дефицита: ${group} (${goalScore(score)})`,
  goalGrowth: (group: CompetenceGroup, score: number) => `Зона роста: ${group} (${goalScore(score)})`,
  reflexiveTitle: (groups: readonly CompetenceGroup[]) =>
    groups.length > 0 ? `${REFLEXIVE_PREFIX}: ${groups.join(", ")}` : REFLEXIVE_PREFIX,
  noActivity: (group: CompetenceGroup, level: string) =>
    `Группа «${group}» (${level} уровень): в каталоге нет подходящего мероприятия — в маршрут добавлена строка «${PLACEHOLDER_TITLE}». Подберите мероприятие и внесите его в маршрут или добавьте его в «Каталог».`,
  notFit: (title: string, code: string, group: CompetenceGroup | null, weekly: number) =>
    `Мероприятие «${title}» (${code}${group ? `, группа «${group}»` : ""}) не помещается в период маршрута при нагрузке не более ${hoursText(weekly)} в неделю и не включено. Продлите период или увеличьте недельную нагрузку на листе «Настройки».`,
  growthLeftOut: (group: CompetenceGroup, score: number) =>
    `Зона роста «${group}» (${percentText(score)}) не вошла в маршрут: в периоде не хватает часов. Её можно включить в следующий маршрут.`,
  managerialSkipped: (score: number) =>
    `Группа «управленческие» (${percentText(score)}) не включена в маршрут: управленческие компетенции планируются только для управленческих кадров.`,
  noMentor: (groups: readonly CompetenceGroup[]) =>
    `Молодому педагогу не найден наставник: нет педагога с высоким уровнем по группе ${groups.map((g) => `«${g}»`).join(" или ")}, у которого меньше 3 наставляемых, ни в своей ОО, ни в муниципалитете. Подберите наставника вручную.`,
  mentorMissing:
    "В маршруте есть наставничество без наставника: укажите e-mail наставника в столбце «Наставник» листа «ИОМ».",
  noMentoring: (group: CompetenceGroup) =>
    `В каталоге нет программы наставничества для группы «${group}»: в маршрут добавлена строка «${PLACEHOLDER_TITLE}» с типом «наставничество». Добавьте программу наставничества в «Каталог».`,
  reflexiveShort: (to: IsoDate) =>
    `Период маршрута слишком короткий: рефлексивная диагностика назначена на последние дни до ${russianDate(to)}. Проверьте период на листе «Настройки».`,
  defaultCatalog:
    "Лист «Каталог» не найден или в нём нет ни одной правильной строки: маршруты построены по ПРИМЕРНОМУ каталогу мероприятий. Замените его каталогом мероприятий муниципалитета (лист «Каталог»).",
  periodOrder: (from: IsoDate, to: IsoDate) =>
    `Период ИОМ в «Настройках» задан неверно (${russianDate(from)} позже ${russianDate(to)}): использован период по умолчанию.`,
} as const;
