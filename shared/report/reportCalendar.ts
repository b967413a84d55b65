// A report against the region's clock: not dated after today (Moscow, a day of slack for the zones east of it), not
// of a month more than a year ago, not made in the future.
import { addDays, addYears, monthOf, russianDate, today, type IsoDate } from "../dates.ts";
import { fieldIssue, type ReportIssue } from "./issues.ts";
import type { MunicipalReport } from "./municipalReport.ts";

/** The region counts days and months in Moscow time (the schedule of snapshots too). */
export const REGION_TIME_ZONE = "Europe/Moscow";
/** A report may be dated one day after Moscow's today: east of Moscow (up to UTC+12) tomorrow has begun already. */
export const DATE_SLACK_DAYS = 1;
/** How far a report's generation moment may be ahead of the server's clock (clocks of computers drift). */
export const MOMENT_SLACK_MS = 10 * 60 * 1000;

/** Moscow's date of `now`. */
export const regionToday = (now: Date): IsoDate => today(now, REGION_TIME_ZONE);

/** The earliest month a report may be of on `day`: the same month a year before. */
export const earliestMonth = (day: IsoDate): string => monthOf(addYears(day, -1));

/** Issues of a report whose dates or moment do not fit the region's clock at `now`. */
export function calendarIssues(report: MunicipalReport, now: Date): ReportIssue[] {
  const day = regionToday(now);
  const latest = addDays(day, DATE_SLACK_DAYS);
  const issues: ReportIssue[] = [];
  if (report.month > monthOf(latest))
    issues.push(
      fieldIssue(
        ["month"],
        `месяц отчёта ${report.month} ещё не наступил (сегодня ${russianDate(day)} по московскому времени); отправьте отчёт за прошедший или текущий месяц`,
      ),
    );
  else if (report.reportDate > latest)
    issues.push(
      fieldIssue(
        ["reportDate"],
        `дата отчёта ${russianDate(report.reportDate)} ещё не наступила (сегодня ${russianDate(day)} по московскому времени); рассчитайте показатели на сегодня или на прошедшую дату и отправьте отчёт снова`,
      ),
    );
  const earliest = earliestMonth(day);
  if (report.month < earliest)
    issues.push(
      fieldIssue(
        ["month"],
        `месяц отчёта ${report.month} больше чем на год раньше текущего: принимаются отчёты не раньше чем за ${earliest}; проверьте месяц и дату отчёта`,
      ),
    );
  if (report.generatedAt !== undefined && Date.parse(report.generatedAt) > now.getTime() + MOMENT_SLACK_MS)
    issues.push(
      fieldIssue(
        ["generatedAt"],
        `момент формирования отчёта ${report.generatedAt} позже текущего времени (${now.toISOString()}); проверьте часы и часовой пояс компьютера и сформируйте отчёт снова`,
      ),
    );
  return issues;
}
