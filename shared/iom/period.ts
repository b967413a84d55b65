// The period of new routes (spec §2.6): settings, else the report date → 31 May of the academic year, at least 3 months.
import { academicYear, isoDate, type IsoDate } from "../dates.ts";
import type { Settings } from "../settings.ts";
import type { Period } from "./schema.ts";
import { iomText } from "./texts.ts";

/** The same day `months` later, clamped to the month's last day (31 Aug + 3 months = 30 Nov). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  for (let day = Number(date.slice(8, 10)); day >= 28; day--) {
    const result = isoDate(year, month, day);
    if (result) return result;
  }
  return isoDate(year, month, Math.min(Number(date.slice(8, 10)), 28))!;
}

/** From `from` to 31 May of its academic year, or to `from` + 3 months when that is later. */
export function defaultPeriodFrom(from: IsoDate): Period {
  const may31 = `${academicYear(from).to.slice(0, 4)}-05-31`;
  const minimum = addMonths(from, 3);
  return { from, to: may31 >= minimum ? may31 : minimum };
}

/**
 * The period of new routes. «Период ИОМ с/по» in settings override the default; with only one of them set,
 * the other follows the default rule; a period ending before it starts is ignored with a warning.
 */
export function routePeriod(
  reportDate: IsoDate,
  settings: Pick<Settings, "periodFrom" | "periodTo">,
): { period: Period; warnings: string[] } {
  const from = settings.periodFrom ?? reportDate;
  const to = settings.periodTo ?? defaultPeriodFrom(from).to;
  if (to < from) return { period: defaultPeriodFrom(reportDate), warnings: [iomText.periodOrder(from, to)] };
  return { period: { from, to }, warnings: [] };
}

export const overlaps = (a: Period, b: Period) => a.from <= b.to && b.from <= a.to;

/**
 * Where scheduling starts: the report date when it falls inside the period (nothing is planned in the past),
 * else the period's start.
 */
export const windowStart = (period: Period, reportDate: IsoDate): IsoDate =>
  reportDate > period.from && reportDate <= period.to ? reportDate : period.from;
