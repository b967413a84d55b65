// The check a sender runs before sending: the report as the schema reads it, or one Russian text of its issues.
import { describe, expect, it } from "vitest";
import { russianIssues } from "../../../shared/report/issues.ts";
import { MunicipalReport } from "../../../shared/report/municipalReport.ts";
import { outgoingReport } from "../../../shared/report/outgoingReport.ts";
import { reportFixture } from "./fixtures.ts";

describe("outgoingReport", () => {
  it("a report the schema accepts comes back as it reads it", () => {
    const report = reportFixture("odin");
    expect(outgoingReport(report)).toEqual({ ok: true, report });
  });

  it("a refused report is one Russian text of every issue, joined by spaces", () => {
    const report = { ...reportFixture("odin"), code: "", month: "ноябрь" } as unknown as MunicipalReport;
    const checked = outgoingReport(report);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const issues = russianIssues(MunicipalReport.safeParse(report).error!.issues, report);
    expect(issues.length).toBeGreaterThan(1);
    expect(checked.message).toBe(issues.map((issue) => issue.message).join(" "));
    expect(checked.message).toMatch(/[А-Яа-яЁё]/u);
  });
});
