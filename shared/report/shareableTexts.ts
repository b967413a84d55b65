// Which texts of a municipality may go into its report (spec §6): a «Каталог» code or title, or a subject at least
// MIN_SUBJECT_PEOPLE people of the municipality share; anything else is counted under «прочие». A text that looks
// like a person (personLike) never goes, wherever it comes from: the server would refuse the whole report.
import { normalizeKey } from "../text/normalize.ts";
import { OTHER } from "./bounds.ts";
import { personLike } from "./personLike.ts";

/** Fewer people than this with one subject could be pointed at by it: their subject is sent as «прочие». */
export const MIN_SUBJECT_PEOPLE = 3;

/** The subjects (compared normalised) that at least MIN_SUBJECT_PEOPLE of `subjects` (one per person) share. */
export function sharedSubjects(subjects: Iterable<string>): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const subject of subjects) {
    const key = normalizeKey(subject);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= MIN_SUBJECT_PEOPLE).map(([key]) => key));
}

/** The subject as the report names it: itself when `shared` has it and it does not look like a person, else OTHER. */
export const subjectToSend = (subject: string, shared: ReadonlySet<string>): string =>
  shared.has(normalizeKey(subject)) && personLike(subject) === undefined ? subject : OTHER;

/** A «Каталог» code or title as the report names it, or undefined when it is empty or looks like a person. */
export const catalogueText = (text: string): string | undefined =>
  text !== "" && personLike(text) === undefined ? text : undefined;
