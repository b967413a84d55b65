// Properties over random small workbooks: shares in [0, 1], numerator ≤ denominator, never a throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KPI_DEFINITIONS, KpiReport } from "../../../shared/kpi/definitions.ts";
import { randomBookParts, randomReportDate } from "./randomBooks.ts";
import { reportWithErrors } from "./workbook.ts";

describe("computeKpis on random workbooks", () => {
  it("never throws and gives a valid report whose shares are fractions of their denominators", () => {
    fc.assert(
      fc.property(randomBookParts, randomReportDate, (book, date) => {
        const report = reportWithErrors(book, date);
        expect(KpiReport.safeParse(report).success).toBe(true);
        for (const kpi of report.kpis) {
          const kind = KPI_DEFINITIONS.find((d) => d.id === kpi.id)!.kind;
          expect(kpi.value === null).toBe(kpi.denominator === 0);
          expect(kpi.met === null).toBe(kpi.value === null);
          if (kind === "share") {
            expect(kpi.numerator).toBeLessThanOrEqual(kpi.denominator);
            if (kpi.value !== null) {
              expect(kpi.value).toBeGreaterThanOrEqual(0);
              expect(kpi.value).toBeLessThanOrEqual(1);
            }
          }
        }
        for (const row of report.coverage) expect(row.withIom).toBeLessThanOrEqual(row.withDeficit);
      }),
      { numRuns: 300 },
    );
  });
});
