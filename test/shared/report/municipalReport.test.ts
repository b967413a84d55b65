// The municipal report schema: aggregates pass, anything personal or malformed is rejected with Russian messages.
import { describe, expect, it } from "vitest";
import { checkMunicipalReport } from "../../../shared/report/checkReport.ts";
import { buildMunicipalReport, MunicipalReport } from "../../../shared/report/municipalReport.ts";
import { kpiReportFixture, reportFixture } from "./fixtures.ts";

const cyrillic = /[а-яё]/iu;

function rejected(input: unknown) {
  const result = checkMunicipalReport(input);
  if (result.ok) throw new Error("expected the report to be rejected");
  for (const issue of result.issues) expect(issue.message).toMatch(cyrillic);
  return result.issues;
}

describe("buildMunicipalReport", () => {
  it("copies only aggregates of a KpiReport and passes the strict schema", () => {
    const kpiReport = kpiReportFixture("2026-11-30", { K1: [3, 10] });
    const report = buildMunicipalReport("odin", "Одинцовский городской округ", "2026-11", kpiReport);
    expect(MunicipalReport.safeParse(report).success).toBe(true);
    expect(Object.keys(report).sort()).toEqual(
      ["code", "coverage", "excludedRows", "kpis", "month", "monthly", "name", "reportDate"].sort(),
    );
    expect(report.kpis[0]).toEqual(kpiReport.kpis[0]);
    expect(report.kpis[0]).toMatchObject({ id: "K1", numerator: 3, denominator: 10, value: 0.3 });
  });

  it("drops anything extra a KpiReport might carry", () => {
    const kpiReport = kpiReportFixture("2026-11-30");
    const noisy = {
      ...kpiReport,
      kpis: kpiReport.kpis.map((kpi) => ({ ...kpi, people: ["ivanova@school1.ru"] })),
      coverage: kpiReport.coverage.map((row) => ({ ...row, emails: ["ivanova@school1.ru"] })),
    };
    const report = buildMunicipalReport("odin", "Одинцово", "2026-11", noisy);
    expect(checkMunicipalReport(report).ok).toBe(true);
    expect(JSON.stringify(report)).not.toContain("@");
  });
});

describe("checkMunicipalReport rejects personal data", () => {
  const base = reportFixture("odin");
  it.each([
    ["fio", "ФИО"],
    ["ФИО", "ФИО"],
    ["email", "адрес электронной почты"],
    ["e-mail", "адрес электронной почты"],
    ["Электронная почта", "адрес электронной почты"],
    ["birthDate", "дата рождения"],
    ["Дата рождения", "дата рождения"],
    ["lastName", "ФИО"],
  ])("a top-level field «%s»", (key, kind) => {
    const issues = rejected({ ...base, [key]: "x" });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe(key);
    expect(issues[0]!.message).toContain(kind);
    expect(issues[0]!.message).toContain("персональные данные");
  });

  it("a nested list of people inside an indicator", () => {
    const kpis = base.kpis.map((kpi, i) =>
      i === 2 ? { ...kpi, people: [{ fio: "Иванова Мария Петровна", email: "ivanova@school1.ru" }] } : kpi,
    );
    const issues = rejected({ ...base, kpis });
    const paths = issues.map((issue) => issue.path);
    expect(paths).toContain("kpis[2].people[0].fio");
    expect(paths).toContain("kpis[2].people[0].email");
    expect(paths).toContain("kpis[2]");
  });

  it("a value that looks like an e-mail address", () => {
    const issues = rejected({ ...base, name: "ivanova@school1.ru" });
    expect(issues.map((issue) => issue.path)).toEqual(["name"]);
    expect(issues[0]!.message).toContain("адрес электронной почты");
  });
});

describe("checkMunicipalReport rejects malformed reports", () => {
  const base = reportFixture("odin");
  it("names a missing field, a wrong type and an unknown field", () => {
    const { month: _month, ...withoutMonth } = base;
    const issues = rejected({ ...withoutMonth, excludedRows: "два", comment: "x" });
    const byPath = Object.fromEntries(issues.map((issue) => [issue.path, issue.message]));
    expect(byPath.month).toBe("Поле «month»: обязательное поле не заполнено.");
    expect(byPath.excludedRows).toBe("Поле «excludedRows»: ожидается число.");
    expect(byPath[""]).toContain("«comment»");
  });

  it("checks the month, the report date and the code", () => {
    expect(rejected({ ...base, month: "2026-13" })[0]!.message).toContain("ГГГГ-ММ");
    expect(rejected({ ...base, reportDate: "2026-10-31" })[0]!.message).toContain("не относится к месяцу");
    expect(rejected({ ...base, reportDate: "2026-11-31" })[0]!.message).toContain("нет в календаре");
    expect(rejected({ ...base, code: "od in" })[0]!.message).toContain("код муниципалитета");
  });

  it("requires every indicator once, numerator not above denominator", () => {
    const duplicated = rejected({ ...base, kpis: [...base.kpis, base.kpis[0]] });
    expect(duplicated.map((issue) => issue.message).join(" ")).toContain("K1 указан дважды");
    const missing = rejected({ ...base, kpis: base.kpis.filter((kpi) => kpi.id !== "K5") });
    expect(missing[0]!.message).toContain("нет показателей: K5");
    const inverted = rejected({
      ...base,
      kpis: base.kpis.map((kpi) => (kpi.id === "K4" ? { ...kpi, numerator: 5, denominator: 4 } : kpi)),
    });
    expect(inverted[0]!.path).toBe("kpis[5].numerator");
  });

  it("rejects a body that is not an object", () => {
    expect(rejected("отчёт")[0]!.message).toBe("Отчёт: ожидается объект с полями.");
    expect(rejected(null)[0]!.message).toBe("Отчёт: ожидается объект с полями.");
  });
});
