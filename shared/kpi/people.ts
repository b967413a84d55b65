// Who the staff are for the KPIs (spec §5): pedagogical workers, teachers, young teachers, staff of schools.
import { ageOn, type IsoDate } from "../dates.ts";
import type { OrgRow, StaffRow } from "../schema/sheets.ts";
import { normalizeKey } from "../text/normalize.ts";

export interface Person {
  /** E-mail, lower-cased by the parser in every sheet: the key people are matched by, in any case. */
  readonly email: string;
  readonly staff: StaffRow;
  /** Category «педагогический работник». */
  readonly pedagogical: boolean;
  /** A pedagogical worker whose position starts with «учитель». */
  readonly teacher: boolean;
  /** Aged under 35 with at most 3 years of experience on the report date (unknown age or experience: no). */
  readonly young: boolean;
  /** Works in an organisation of type «общеобразовательная». */
  readonly atSchool: boolean;
}

/** Names (normalised) of the organisations of type общеобразовательная. */
export function schoolNames(orgs: readonly OrgRow[]): Set<string> {
  return new Set(
    orgs.filter((org) => org.type === "общеобразовательная").map((org) => normalizeKey(org.name)),
  );
}

/** Age on the report date: from the birth date (a birthday on that date counts), else the «Возраст» column. */
export function ageOf(staff: StaffRow, reportDate: IsoDate): number | undefined {
  if (staff.birthDate) return ageOn(staff.birthDate, reportDate);
  return staff.age;
}

export function isYoung(staff: StaffRow, reportDate: IsoDate): boolean {
  const age = ageOf(staff, reportDate);
  return age !== undefined && age < 35 && staff.experience !== undefined && staff.experience <= 3;
}

export function classifyStaff(
  staff: readonly StaffRow[],
  orgs: readonly OrgRow[],
  reportDate: IsoDate,
): Person[] {
  const schools = schoolNames(orgs);
  return staff.map((row) => {
    const pedagogical = row.category === "педагогический работник";
    return {
      email: row.email,
      staff: row,
      pedagogical,
      teacher: pedagogical && normalizeKey(row.position ?? "").startsWith("учитель"),
      young: isYoung(row, reportDate),
      atSchool: schools.has(normalizeKey(row.org)),
    };
  });
}
