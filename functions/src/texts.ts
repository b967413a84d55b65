// Every Russian sentence the functions answer with: what happened and what to do next.
import { russianDate } from "../../shared/dates.ts";
import { REGION_TIME_ZONE } from "../../shared/report/reportCalendar.ts";
import { monthName } from "../../shared/tables/kpiTable.ts";
import { wallClockIn } from "../../shared/timeZone.ts";

const two = (n: number) => String(n).padStart(2, "0");

/** An ISO instant as Moscow's clock shows it, to the millisecond: «30.11.2026 12:00:00,123 (МСК)». */
function moscowMoment(instant: string): string {
  const ms = Date.parse(instant);
  const wall = wallClockIn(REGION_TIME_ZONE, ms);
  const millis = String(((ms % 1000) + 1000) % 1000).padStart(3, "0");
  return `${two(wall.day)}.${two(wall.month)}.${wall.year} ${two(wall.hours)}:${two(wall.minutes)}:${two(wall.seconds)},${millis} (МСК)`;
}

export const texts = {
  method: (allowed: string) => `Метод не поддерживается. Используйте ${allowed}.`,
  compressed: (encoding: string) =>
    `Сжатые запросы (Content-Encoding: ${encoding.slice(0, 40)}) не принимаются. Отправьте отчёт без сжатия — из дополнения «Маршрут» или командой marshrut send.`,
  tooLarge: (limit: number) =>
    `Отчёт слишком большой (больше ${Math.round(limit / 1024)} КБ). В регион отправляются только сводные показатели — проверьте, что в отчёт не попали данные педагогов.`,
  noKey:
    "Нет ключа муниципалитета. Укажите ключ, выданный регионом, в настройках дополнения («Адрес региона» и ключ) и отправьте снова.",
  badKey:
    "Ключ не подошёл. Проверьте ключ, выданный регионом, или запросите новый у регионального координатора.",
  notJson:
    "Тело запроса — не JSON. Отправьте отчёт из дополнения «Маршрут» или передайте JSON-документ отчёта.",
  invalid: (count: number) => `Отчёт не принят: ошибок — ${count}. Исправьте их и отправьте снова.`,
  otherMunicipality: (keyCode: string, reportCode: string) =>
    `Ключ выдан муниципалитету «${keyCode}», а отчёт — муниципалитета «${reportCode}». Отправляйте отчёт со своим ключом или проверьте код муниципалитета на листе «Настройки».`,
  accepted: (month: string, revision: number) =>
    revision === 1
      ? `Отчёт за ${monthName(month)} принят.`
      : `Отчёт за ${monthName(month)} обновлён: принята редакция ${revision}, прежние сохранены.`,
  unchanged: (month: string, revision: number) =>
    `Этот отчёт за ${monthName(month)} уже получен (редакция ${revision}); повторная отправка ничего не изменила.`,
  older: (month: string, reportDate: string, headReportDate: string, revision: number) =>
    `Отчёт за ${monthName(month)} на ${russianDate(reportDate)} не принят: уже принят более новый (редакция ${revision} на ${russianDate(headReportDate)}), и старые цифры его не заменят. Пересчитайте показатели на дату не раньше ${russianDate(headReportDate)} и отправьте снова.`,
  olderMoment: (month: string, generatedAt: string, headGeneratedAt: string, revision: number) =>
    `Отчёт за ${monthName(month)}, сформированный ${moscowMoment(generatedAt)}, не принят: уже принят отчёт, сформированный позже — ${moscowMoment(headGeneratedAt)} (редакция ${revision}). Это повтор прежней отправки, и старые цифры не заменят новые. Чтобы обновить цифры, сформируйте и отправьте отчёт заново.`,
  tooManyRevisions: (month: string, limit: number) =>
    `Отчёт за ${monthName(month)} не принят: от муниципалитета уже принято ${limit} редакций за этот месяц — это предел. В своде остаётся последняя принятая редакция; если цифры нужно исправить ещё раз, обратитесь к региональному координатору.`,
  busy: "Отчёт одновременно отправлен несколько раз. Повторите отправку через минуту.",
  noRegionalKey: "Нужен ключ региона. Укажите ключ регионального координатора и повторите запрос.",
  badMonth: "Укажите месяц в виде ГГГГ-ММ, например ?month=2026-11.",
  badRevision: "Номер редакции — целое число от 1, например &revision=2.",
  noSnapshot: (month: string) =>
    `Свод за ${monthName(month)} ещё не сформирован: он фиксируется 1-го числа следующего месяца в 06:00 по Москве.`,
  noRevision: (month: string, revision: number) => `У свода за ${monthName(month)} нет редакции ${revision}.`,
  snapshotCreated: (month: string, revision: number) =>
    `Свод за ${monthName(month)} зафиксирован: редакция ${revision}.`,
  snapshotUnchanged: (month: string, revision: number) =>
    `Свод за ${monthName(month)} не изменился с редакции ${revision}; новая редакция не нужна.`,
  beforeRegistration: (month: string, since: string) =>
    `Свод за ${monthName(month)} не формируется: первый муниципалитет зарегистрирован в месяце «${monthName(since)}», за более ранние месяцы свода нет. Укажите месяц не раньше ${since}.`,
  noMunicipalities: "Не зарегистрировано ни одного муниципалитета: свод формировать не из чего.",
  internal:
    "Внутренняя ошибка сервера. Повторите попытку позже; если ошибка повторяется, сообщите региональному координатору.",
} as const;
