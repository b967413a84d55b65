// The Odintsovo monthly analysis: ИОМ developed and implemented per calendar month of the academic year.
import { monthOf, type IsoDate } from "../dates.ts";
import type { MonthlyFigure } from "./definitions.ts";
import type { PersonIom } from "./iom.ts";
import { inWindow, type DateWindow } from "./input.ts";

/** Months "YYYY-MM" from September of the academic year up to the report month, inclusive. */
export function monthsOfWindow(window: DateWindow): string[] {
  const months: string[] = [];
  let year = Number(window.from.slice(0, 4));
  let month = Number(window.from.slice(5, 7));
  const last = monthOf(window.to);
  for (;;) {
    const current = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
    if (current > last) break;
    months.push(current);
    if (++month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/**
 * One row per month of the academic year from September to the report month (later months have no data yet
 * and are left out; the report month counts up to the report date). developed = people whose ИОМ of the year
 * first appeared that month; implemented = people whose ИОМ status became реализован that month.
 */
export function monthlyFigures(ioms: Iterable<PersonIom>, window: DateWindow): MonthlyFigure[] {
  const figures = monthsOfWindow(window).map((month) => ({ month, developed: 0, implemented: 0 }));
  const byMonth = new Map(figures.map((figure) => [figure.month, figure]));
  const at = (date: IsoDate | undefined) => (inWindow(date, window) ? byMonth.get(monthOf(date)) : undefined);
  for (const iom of ioms) {
    const developed = at(iom.appearedOn);
    if (developed) developed.developed++;
    const implemented = at(iom.implementedOn);
    if (implemented) implemented.implemented++;
  }
  return figures;
}
