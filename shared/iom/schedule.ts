// Scheduling on a grid of weeks (spec §4.4): side by side only within the weekly budget, a heavier activity alone, never two ДПП.
import { addDays, daysBetween, type IsoDate } from "../dates.ts";

const EPSILON = 1e-9;

export interface Slot {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** Weeks of 7 days from `start`; each week keeps its summed weekly load, how many activities run, and whether a ДПП does. */
export class WeekGrid {
  private readonly load: number[];
  private readonly count: number[];
  private readonly dpp: boolean[];

  constructor(
    readonly start: IsoDate,
    readonly weeks: number,
    readonly budget: number,
  ) {
    const size = Math.max(0, weeks);
    this.load = new Array<number>(size).fill(0);
    this.count = new Array<number>(size).fill(0);
    this.dpp = new Array<boolean>(size).fill(false);
  }

  /** Hours the whole grid allows at the weekly budget (for growth zones). */
  get hoursBudget(): number {
    return this.budget * Math.max(0, this.weeks);
  }

  /** Takes the weeks a kept activity overlaps, at its own weekly load (hours over its length in weeks). */
  reserve(start: IsoDate, end: IsoDate, hours: number, isDpp: boolean): void {
    if (end < start) return;
    const weekly = hours / Math.max(1, Math.ceil((daysBetween(start, end) + 1) / 7));
    const first = Math.floor(daysBetween(this.start, start) / 7);
    const last = Math.floor(daysBetween(this.start, end) / 7);
    for (let w = Math.max(0, first); w <= Math.min(this.weeks - 1, last); w++) this.take(w, weekly, isDpp);
  }

  /** The earliest start where the activity fits, marked as taken; undefined when it does not fit in the grid. */
  place(hours: number, weeks: number, isDpp: boolean): Slot | undefined {
    const length = Math.max(1, Math.round(weeks));
    const weekly = hours / length;
    for (let s = 0; s + length <= this.weeks; s++) {
      if (!this.fits(s, length, weekly, isDpp)) continue;
      for (let w = s; w < s + length; w++) this.take(w, weekly, isDpp);
      return { start: addDays(this.start, 7 * s), end: addDays(this.start, 7 * (s + length) - 1) };
    }
    return undefined;
  }

  private fits(first: number, length: number, weekly: number, isDpp: boolean): boolean {
    const alone = weekly > this.budget + EPSILON;
    for (let w = first; w < first + length; w++) {
      if (alone ? this.count[w]! > 0 : this.load[w]! + weekly > this.budget + EPSILON) return false;
      if (isDpp && this.dpp[w]) return false;
    }
    return true;
  }

  private take(week: number, weekly: number, isDpp: boolean): void {
    this.load[week]! += weekly;
    this.count[week]! += 1;
    if (isDpp) this.dpp[week] = true;
  }
}

/** The closing «Рефлексивная диагностика»: the last `days` of the period, not before the window start. */
export function reflexiveSlot(windowStart: IsoDate, periodEnd: IsoDate, days: number): Slot {
  const start = addDays(periodEnd, -(days - 1));
  return { start: start > windowStart ? start : windowStart, end: periodEnd };
}

/** The grid for the other activities: whole weeks from the window start that end before the reflexive diagnostics. */
export const gridWeeks = (windowStart: IsoDate, reflexiveStart: IsoDate): number =>
  Math.max(0, Math.floor(daysBetween(windowStart, reflexiveStart) / 7));
