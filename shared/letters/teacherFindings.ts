// What a teacher's letter says about each finding of their form answer: what they can correct themselves, or
// nothing when only the methodist can act (a roster, a repeated submission); «Проверка» keeps the full message.
import type { Book } from "../book.ts";
import { cellText } from "../cells.ts";
import { russianDate } from "../dates.ts";
import type { RegisterRow } from "../schema/sheets.ts";
import { closestName } from "../text/normalize.ts";
import type { Finding } from "../validation/finding.ts";
import type { ParsedRow } from "../validation/parseSheet.ts";
import { letterText as t } from "./texts.ts";

/**
 * Findings only the methodist can act on: the teacher has no access to «Педагоги» or the register's rows (a repeated
 * submission is a register row to delete). An unknown organisation stays: the teacher may have misspelt it.
 */
const METHODIST_ONLY = new Set<Finding["code"]>(["duplicate", "person.unknown"]);

export interface TeacherFindings {
  /** One line per finding the teacher can act on, errors and warnings apart. */
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
  /** Findings left to the methodist (not in the letter). */
  readonly leftToMethodist: number;
}

/** The line a teacher reads for `finding` of register row `row`, or null when the fix is the methodist's. */
export function teacherLine(finding: Finding, row: ParsedRow<RegisterRow>, book: Book): string | null {
  if (METHODIST_ONLY.has(finding.code)) return null;
  const column = finding.column;
  const index = (book.register.columns as Record<string, { index: number } | undefined>)[finding.field]
    ?.index;
  const value = index === undefined ? "" : cellText(row.cells[index]).trim();
  switch (finding.code) {
    case "required":
      return t.teacherRequired(column);
    case "org.unknown": {
      const names = book.orgs.rows.flatMap((org) => (org.data.name ? [org.data.name] : []));
      return t.teacherOrgUnknown(column, value, closestName(value, names));
    }
    case "status.early":
      return row.data.end ? t.teacherStatusEarly(column, russianDate(row.data.end)) : null;
    case "date.future":
      return t.teacherDateFuture(column, value);
    default:
      return t.fieldLine(column, finding.message);
  }
}

/** The teacher's part of `findings` (all of register row `row`), in their order. */
export function teacherFindings(
  findings: readonly Finding[],
  row: ParsedRow<RegisterRow>,
  book: Book,
): TeacherFindings {
  const errors: string[] = [];
  const warnings: string[] = [];
  let leftToMethodist = 0;
  for (const finding of findings) {
    const line = teacherLine(finding, row, book);
    if (line === null) leftToMethodist++;
    else (finding.severity === "error" ? errors : warnings).push(line);
  }
  return { errors, warnings, leftToMethodist };
}
