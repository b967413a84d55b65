// Who counts as staff, pedagogical worker, teacher, young teacher and staff of a school (K3–K7, K12).
import { describe, expect, it } from "vitest";
import { fraction, kpiOf, org, person, reportOf, SCHOOL } from "./workbook.ts";

const D = "2026-11-30";
const young = (email: string, fields: Record<string, string | number>) =>
  person(email, { experience: 1, mentoring: "наставляемый", ...fields });

describe("young pedagogical workers (K5)", () => {
  it("turns 35 on the report date: no longer young; the day after the birthday is still 34", () => {
    const report = reportOf(
      {
        staff: [
          young("birthday@school.ru", { birthDate: "1991-11-30" }),
          young("tomorrow@school.ru", { birthDate: "1991-12-01" }),
        ],
      },
      D,
    );
    expect(fraction(report, "K5")).toEqual([1, 1]);
  });

  it("takes the «Возраст» column when there is no birth date", () => {
    const report = reportOf(
      {
        staff: [
          young("a@school.ru", { birthDate: "", age: 34 }),
          young("b@school.ru", { birthDate: "", age: 35 }),
          young("c@school.ru", { birthDate: "", age: 25, mentoring: "нет", youngSupport: "нет" }),
        ],
      },
      D,
    );
    expect(fraction(report, "K5")).toEqual([1, 2]);
  });

  it("counts «первые 3 года» as experience up to 3, and needs both age and experience", () => {
    const report = reportOf(
      {
        staff: [
          young("three@school.ru", { birthDate: "2000-01-01", experience: 3 }),
          young("four@school.ru", { birthDate: "2000-01-01", experience: 4 }),
          young("noexp@school.ru", { birthDate: "2000-01-01", experience: "" }),
          young("noage@school.ru", { birthDate: "" }),
        ],
      },
      D,
    );
    expect(fraction(report, "K5")).toEqual([1, 1]);
  });

  it("counts support by mentoring = наставляемый or «Формы поддержки» = да, pedagogical workers only", () => {
    const report = reportOf(
      {
        staff: [
          young("mentee@school.ru", { birthDate: "2000-01-01" }),
          young("support@school.ru", { birthDate: "2000-01-01", mentoring: "нет", youngSupport: "да" }),
          young("none@school.ru", { birthDate: "2000-01-01", mentoring: "наставник" }),
          young("head@school.ru", { birthDate: "2000-01-01", category: "управленческий кадр" }),
        ],
      },
      D,
    );
    expect(fraction(report, "K5")).toEqual([2, 3]);
  });
});

describe("categories and organisations", () => {
  const staff = [
    person("t1@school.ru", { position: "Учитель физики", fgos: "да", contest: "да", community: "да" }),
    person("t2@school.ru", { position: "учитель-логопед", fgos: "нет", contest: "да" }),
    person("psy@school.ru", { position: "педагог-психолог", fgos: "да", community: "да" }),
    person("kg@school.ru", { org: "МБДОУ Детский сад № 5", position: "воспитатель", fgos: "да" }),
    person("head@school.ru", {
      category: "управленческий кадр",
      position: "директор",
      fgos: "да",
      contest: "да",
    }),
    person("nocat@school.ru", { category: "", fgos: "да", community: "да" }),
  ];
  const orgs = [
    org(SCHOOL, { moMonitoring: "да", mentoringModel: "да", platform: "да", staffingNeeds: "да" }),
    org("МБДОУ Детский сад № 5", { type: "дошкольная", moMonitoring: "да", mentoringModel: "да" }),
    org("МБОУ СОШ № 2", { mentoringModel: "нет", staffingNeeds: "да" }),
  ];
  const report = reportOf({ staff, orgs }, D);

  it("K4: ФГОС among pedagogical workers only", () => {
    expect(fraction(report, "K4")).toEqual([3, 4]);
  });

  it("K6: a count of pedagogical workers in contests, met at the target of 1", () => {
    expect(kpiOf(report, "K6")).toMatchObject({ numerator: 2, denominator: 4, value: 2, met: true });
  });

  it("K12: every staff row, whatever the category", () => {
    expect(fraction(report, "K12")).toEqual([3, 6]);
  });

  it("K3 denominators: teachers are pedagogical workers whose position starts with «учитель»", () => {
    expect(fraction(report, "K3")).toEqual([0, 2]);
  });

  it("K7 denominators: pedagogical workers of общеобразовательная organisations", () => {
    expect(fraction(report, "K7")).toEqual([0, 3]);
  });

  it("K8, K11 over all organisations; K9, K10 over schools", () => {
    expect(fraction(report, "K8")).toEqual([2, 3]);
    expect(fraction(report, "K11")).toEqual([2, 3]);
    expect(fraction(report, "K9")).toEqual([1, 2]);
    expect(fraction(report, "K10")).toEqual([1, 2]);
  });
});
