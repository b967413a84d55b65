// Who has an ИОМ (K2), its status (latest submission, else the route's activities) and K2.1; e-mails in any case.
import { describe, expect, it } from "vitest";
import { activity, fraction, kpiOf, person, reportOf, submission } from "./workbook.ts";

const D = "2026-11-30";

describe("ИОМ status", () => {
  it("comes from the latest submission by time, not by sheet order", () => {
    const report = reportOf(
      {
        staff: [person("a@school.ru"), person("b@school.ru")],
        register: [
          submission("a@school.ru", "2026-11-20T10:00:00", { status: "реализован", end: "2026-11-15" }),
          submission("a@school.ru", "2026-10-01T10:00:00", { status: "не реализован", end: "2026-11-15" }),
          submission("b@school.ru", "2026-10-01T10:00:00", { status: "реализован", end: "2026-11-15" }),
          submission("b@school.ru", "2026-11-20T10:00:00", { status: "не реализован", end: "2026-11-15" }),
        ],
      },
      D,
    );
    expect(fraction(report, "K2.1")).toEqual([1, 2]);
    expect(report.monthly.map((m) => m.implemented)).toEqual([0, 0, 1]);
  });

  it("a submission without a status does not make an ИОМ", () => {
    const report = reportOf(
      {
        staff: [person("a@school.ru")],
        register: [submission("a@school.ru", "2026-10-01T10:00:00", { status: "" })],
      },
      D,
    );
    expect(fraction(report, "K2")).toEqual([0, 1]);
  });

  it("else comes from the route: all выполнено → реализован, some → реализуется, none → разработан", () => {
    const done = { state: "выполнено", doneDate: "2026-11-10" };
    const route = (email: string) => [email, "2026-09-01", "2026-11-20"] as const;
    const report = reportOf(
      {
        staff: [person("all@school.ru"), person("some@school.ru"), person("none@school.ru")],
        routes: [
          activity(...route("all@school.ru"), done),
          activity(...route("all@school.ru"), { ...done, doneDate: "2026-10-05" }),
          activity(...route("some@school.ru"), done),
          activity(...route("some@school.ru"), { state: "не выполнено" }),
          activity(...route("none@school.ru"), { state: "в процессе" }),
        ],
      },
      D,
    );
    // All three routes ended by the report date (20 Nov): only the fully done one is implemented.
    expect(fraction(report, "K2")).toEqual([3, 3]);
    expect(fraction(report, "K2.1")).toEqual([1, 3]);
    expect(report.monthly).toEqual([
      { month: "2026-09", developed: 3, implemented: 0 },
      { month: "2026-10", developed: 0, implemented: 0 },
      { month: "2026-11", developed: 0, implemented: 1 },
    ]);
  });

  it("the latest submission outranks the route; the end date is the route's «Период по»", () => {
    const report = reportOf(
      {
        staff: [person("a@school.ru"), person("b@school.ru")],
        register: [
          submission("a@school.ru", "2026-10-01T10:00:00", { status: "реализуется", end: "2026-10-31" }),
          submission("b@school.ru", "2026-10-01T10:00:00", { status: "реализуется", end: "2027-05-31" }),
        ],
        routes: [
          activity("a@school.ru", "2026-09-15", "2027-05-31", { state: "выполнено", doneDate: "2026-10-01" }),
          activity("b@school.ru", "2026-09-15", "2026-11-01", { state: "выполнено", doneDate: "2026-10-01" }),
        ],
      },
      D,
    );
    // a's route runs to May (not due); b's route ended 1 Nov (due) and b's status is реализуется.
    expect(kpiOf(report, "K2.1")).toMatchObject({ numerator: 0, denominator: 1, value: 0, met: false });
  });

  it("K2.1 counts an ИОМ when it has ended or has a final status; a status of реализован counts early", () => {
    const report = reportOf(
      {
        staff: [person("a@school.ru"), person("b@school.ru"), person("c@school.ru"), person("d@school.ru")],
        register: [
          submission("a@school.ru", "2026-10-01T10:00:00", { status: "реализован", end: "2027-05-31" }),
          submission("b@school.ru", "2026-10-01T10:00:00", { status: "не реализован", end: "2027-05-31" }),
          submission("c@school.ru", "2026-10-01T10:00:00", { status: "реализуется", end: "2026-11-30" }),
          submission("d@school.ru", "2026-10-01T10:00:00", { status: "реализуется", end: "2026-12-01" }),
        ],
      },
      D,
    );
    expect(fraction(report, "K2.1")).toEqual([1, 3]);
  });
});

describe("people are matched by e-mail in any case", () => {
  it("across «Педагоги», «Диагностика», «Реестр ИОМ» and «ИОМ»", () => {
    const report = reportOf(
      {
        staff: [person("Ivanova@School1.RU"), person("PETROV@school1.ru")],
        register: [submission("IVANOVA@school1.ru", "2026-10-01T10:00:00")],
        routes: [activity("petrov@SCHOOL1.ru", "2026-10-01", "2027-05-31")],
      },
      D,
    );
    expect(fraction(report, "K2")).toEqual([2, 2]);
  });
});

describe("targets", () => {
  it("come from «Настройки» over the defaults", () => {
    const report = reportOf(
      {
        staff: [person("a@school.ru"), person("b@school.ru")],
        register: [submission("a@school.ru", "2026-10-01T10:00:00")],
        settings: [
          ["Цель K2", "50%"],
          ["Цель K6", 3],
        ],
      },
      D,
    );
    expect(kpiOf(report, "K2")).toMatchObject({ value: 0.5, target: 0.5, met: true });
    expect(kpiOf(report, "K6").target).toBe(3);
    expect(kpiOf(report, "K1").target).toBe(0.6);
  });
});
