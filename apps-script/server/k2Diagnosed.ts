// How many of K2's people (staff with an ИОМ) were diagnosed in the academic year, for the line under K2 in the
// sidebar's KPI card (spec §5). Counted from the shared KPI context, as K1 and K2 themselves are.
import type { Book } from "../../shared/book.ts";
import { kpiContext } from "../../shared/kpi/context.ts";

export interface K2Diagnosed {
  /** K2's numerator: staff who have an ИОМ. */
  readonly withIom: number;
  /** Of them, those with a «Диагностика» row dated in the academic year up to the report date (K1's rule). */
  readonly diagnosed: number;
}

export function k2Diagnosed(book: Book): K2Diagnosed {
  const { people, ioms, latest } = kpiContext(book);
  let withIom = 0;
  let diagnosed = 0;
  for (const { email } of people)
    if (ioms.has(email)) {
      withIom++;
      if (latest.has(email)) diagnosed++;
    }
  return { withIom, diagnosed };
}
