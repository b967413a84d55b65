// Federal-registry ДПП completions: K3 (teachers, as part of their ИОМ) and K7 (pedagogical workers of schools).
import { describe, expect, it } from "vitest";
import { activity, fraction, org, person, reportOf, SCHOOL, submission } from "./workbook.ts";

const D = "2026-11-30";
const ROUTE = ["2026-09-15", "2027-05-31"] as const;
const federalDone = { type: "ДПП", federal: "да", state: "выполнено", doneDate: "2026-11-01" };

describe("federal ДПП completions", () => {
  const staff = [
    person("route@school.ru"),
    person("notfederal@school.ru"),
    person("notdone@school.ru"),
    person("course@school.ru"),
    person("courseonly@school.ru"),
    person("oldcourse@school.ru"),
    person("kg@school.ru", { org: "МБДОУ Детский сад № 5" }),
    person("psy@school.ru", { position: "педагог-психолог" }),
  ];
  const report = reportOf(
    {
      staff,
      orgs: [org(SCHOOL), org("МБДОУ Детский сад № 5", { type: "дошкольная" })],
      routes: [
        activity("route@school.ru", ...ROUTE, federalDone),
        activity("notfederal@school.ru", ...ROUTE, { ...federalDone, federal: "нет" }),
        activity("notdone@school.ru", ...ROUTE, { ...federalDone, state: "в процессе", doneDate: "" }),
        activity("kg@school.ru", ...ROUTE, federalDone),
        activity("psy@school.ru", ...ROUTE, federalDone),
      ],
      register: [
        // A course reported by a teacher who has an ИОМ (a submission with a status).
        submission("course@school.ru", "2026-10-01T10:00:00", {
          courseFederal: "да",
          courseDate: "2026-10-20",
        }),
        // A course reported without a status: no ИОМ, so not «chosen from diagnostics» (K3), still a course (K7).
        submission("courseonly@school.ru", "2026-10-01T10:00:00", {
          status: "",
          courseFederal: "да",
          courseDate: "2026-10-20",
        }),
        // Finished before the academic year.
        submission("oldcourse@school.ru", "2026-10-01T10:00:00", {
          courseFederal: "да",
          courseDate: "2026-06-20",
        }),
      ],
    },
    D,
  );

  it("K3: teachers whose ИОМ includes a completed federal ДПП in the year up to the report date", () => {
    // Teachers: everyone but the psychologist (kg is «учитель математики» by default too).
    expect(fraction(report, "K3")).toEqual([3, 7]);
  });

  it("K7: pedagogical workers of schools with any federal ДПП completion", () => {
    // Of schools: everyone but kg; completions: route, course, courseonly, psy.
    expect(fraction(report, "K7")).toEqual([4, 7]);
  });
});
