// A validation finding (spec §3) and the list that collects them.

export const FINDING_CODES = [
  "required",
  "email",
  "fio",
  "date",
  "date.order",
  "date.future",
  "number",
  "enum",
  "org.unknown",
  "person.unknown",
  "duplicate",
  "level.mismatch",
  "status.early",
  "url",
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];
export type Severity = "error" | "warning";

export interface Finding {
  /** The sheet's name as written in the workbook. */
  readonly sheet: string;
  /** Row number as the spreadsheet shows it (header = 1). */
  readonly row: number;
  /** The column header as written in the sheet ("" for a missing sheet). */
  readonly column: string;
  readonly field: string;
  readonly severity: Severity;
  readonly code: FindingCode;
  readonly message: string;
}

export const countBySeverity = (findings: readonly Finding[]) => {
  let errors = 0;
  for (const finding of findings) if (finding.severity === "error") errors++;
  return { errors, warnings: findings.length - errors };
};

/** A missing sheet is reported once, on row 1, with no column and no field (see parseSheet). */
export const isMissingSheet = (finding: Finding) =>
  finding.code === "required" && finding.row === 1 && finding.column === "" && finding.field === "";
