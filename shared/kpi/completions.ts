// Federal-registry ДПП completions in the academic year up to the report date (spec §5, K3 and K7).
import { inWindow, type KpiInput } from "./input.ts";

export interface FederalCompletions {
  /** People with an «ИОМ» activity: ДПП, «Федеральный реестр» = да, выполнено, «Дата выполнения» in the window. */
  readonly inRoute: ReadonlySet<string>;
  /** People with a submission: «Программа из федерального реестра» = да, «Дата окончания обучения» in the window. */
  readonly inRegister: ReadonlySet<string>;
}

export function federalCompletions(input: KpiInput): FederalCompletions {
  const inRoute = new Set<string>();
  for (const row of input.routes)
    if (
      row.type === "ДПП" &&
      row.federal &&
      row.state === "выполнено" &&
      inWindow(row.doneDate, input.window)
    )
      inRoute.add(row.email);
  const inRegister = new Set<string>();
  for (const row of input.register)
    if (row.courseFederal && inWindow(row.courseDate, input.window)) inRegister.add(row.email);
  return { inRoute, inRegister };
}

/** Any federal ДПП completion (K7). */
export const completedFederal = (completions: FederalCompletions, email: string) =>
  completions.inRoute.has(email) || completions.inRegister.has(email);

/**
 * A federal ДПП completion that is an activity of the person's ИОМ (K3). An «ИОМ» activity is one by
 * definition. The register has no link between a course and a route, so a course reported in the register
 * counts as part of the ИОМ when the person has an ИОМ this academic year (a route overlapping it or a
 * submission with a status): the form is where teachers report the courses of their ИОМ.
 */
export const completedFederalInIom = (completions: FederalCompletions, email: string, hasIom: boolean) =>
  completions.inRoute.has(email) || (hasIom && completions.inRegister.has(email));
