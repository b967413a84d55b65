// The figures of an incoming report checked as the region would compute them: value and «met», months, coverage,
// programmes no larger than the staff, dates on the region's clock.
import { academicYear, monthOf } from "../dates.ts";
import { kpiResult } from "../kpi/result.ts";
import { programmeBoundIssues } from "./demandReport.ts";
import { fieldIssue, type ReportIssue } from "./issues.ts";
import type { MunicipalReport } from "./municipalReport.ts";
import { calendarIssues } from "./reportCalendar.ts";

export interface FigureCheckOptions {
  /** The server's clock: reports dated after today or long ago, or made in the future, are refused (reportCalendar). */
  readonly now?: Date;
}

/** Float noise of a JSON round trip must not refuse a value the add-on computed from the same figures. */
const TOLERANCE = 1e-9;
const RECOMPUTE = "пересчитайте показатели в дополнении («Рассчитать показатели») и отправьте отчёт снова";

const sameValue = (sent: number | null, expected: number | null) =>
  sent === null || expected === null
    ? sent === expected
    : Math.abs(sent - expected) <= TOLERANCE * Math.max(1, Math.abs(expected));

const shown = (value: number | boolean | null) => (value === null ? "null" : String(value));

/** The report as the server keeps it: indicator titles of the server's own list, value and «met» recomputed. */
export function recomputedReport(report: MunicipalReport): MunicipalReport {
  return {
    ...report,
    kpis: report.kpis.map(({ id, numerator, denominator, target }) =>
      kpiResult(id, numerator, denominator, { targets: { [id]: target } }),
    ),
  };
}

function kpiIssues(report: MunicipalReport): ReportIssue[] {
  const expected = recomputedReport(report).kpis;
  return report.kpis.flatMap((kpi, index) => {
    const { value, met } = expected[index]!;
    const figures = `числитель ${kpi.numerator}, знаменатель ${kpi.denominator}, цель ${kpi.target}`;
    if (!sameValue(kpi.value, value))
      return [
        fieldIssue(
          ["kpis", index, "value"],
          `значение показателя ${kpi.id} (${shown(kpi.value)}) не сходится с его цифрами (${figures}): должно быть ${shown(value)}; ${RECOMPUTE}`,
        ),
      ];
    if (kpi.met !== met)
      return [
        fieldIssue(
          ["kpis", index, "met"],
          `отметка «цель достигнута» показателя ${kpi.id} (${shown(kpi.met)}) не сходится с его цифрами (${figures}): должно быть ${shown(met)}; ${RECOMPUTE}`,
        ),
      ];
    return [];
  });
}

function monthlyIssues(report: MunicipalReport): ReportIssue[] {
  const first = monthOf(academicYear(report.reportDate).from);
  const seen = new Set<string>();
  return report.monthly.flatMap(({ month }, index) => {
    const path = ["monthly", index, "month"];
    if (month < first || month > report.month)
      return [
        fieldIssue(
          path,
          `месяц ${month} не входит в учебный год отчёта: помесячные цифры даются с ${first} по ${report.month}`,
        ),
      ];
    if (seen.has(month)) return [fieldIssue(path, `месяц ${month} указан дважды`)];
    seen.add(month);
    return [];
  });
}

function coverageIssues(report: MunicipalReport): ReportIssue[] {
  const seen = new Set<string>();
  return report.coverage.flatMap((row, index) => {
    if (seen.has(row.group))
      return [fieldIssue(["coverage", index, "group"], `группа «${row.group}» указана дважды`)];
    seen.add(row.group);
    if (row.withIom > row.withDeficit)
      return [
        fieldIssue(
          ["coverage", index, "withIom"],
          `в группе «${row.group}» с ИОМ (${row.withIom}) больше, чем с дефицитом (${row.withDeficit})`,
        ),
      ];
    return [];
  });
}

/** Every disagreement of a schema-valid report with itself and (given `now`) with the calendar, in Russian. */
export function figureIssues(report: MunicipalReport, options: FigureCheckOptions = {}): ReportIssue[] {
  return [
    ...(options.now === undefined ? [] : calendarIssues(report, options.now)),
    ...kpiIssues(report),
    ...monthlyIssues(report),
    ...coverageIssues(report),
    ...programmeBoundIssues(report),
  ];
}
