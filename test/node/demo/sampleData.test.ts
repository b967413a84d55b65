// The demo's sample workbooks: reproducible, realistic, and carrying one of each common register mistake.
import { describe, expect, it } from "vitest";
import { readBook } from "../../../shared/book.ts";
import { DEMO_MUNICIPALITIES, municipalityWorkbook } from "../../../node/demo/sampleData.ts";

const REPORT = new Date(2026, 10, 30);
const bookOf = (index: number) =>
  readBook(
    municipalityWorkbook(DEMO_MUNICIPALITIES[index]!, REPORT).map((s) => ({ name: s.name, values: s.rows })),
  );

describe("demo sample data", () => {
  it("is the same on every run", () => {
    const a = municipalityWorkbook(DEMO_MUNICIPALITIES[0]!, REPORT);
    const b = municipalityWorkbook(DEMO_MUNICIPALITIES[0]!, REPORT);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it("differs between municipalities", () => {
    expect(bookOf(0).staff.rows.map((r) => r.data.email)).not.toEqual(
      bookOf(1).staff.rows.map((r) => r.data.email),
    );
  });

  it.each([0, 1, 2])(
    "municipality %i has valid staff and organisations and the usual register mistakes",
    (index) => {
      const book = bookOf(index);
      expect(book.settings.municipalityCode).toBe(DEMO_MUNICIPALITIES[index]!.code);
      expect(book.register.present).toBe(true);
      const bySheet = (name: string) => book.findings.filter((f) => f.sheet === name);
      expect(bySheet("Педагоги")).toEqual([]);
      expect(bySheet("ОО")).toEqual([]);
      expect(bySheet("Диагностика")).toEqual([]);
      expect(new Set(bySheet(book.register.name).map((f) => f.code))).toEqual(
        new Set(["email", "fio", "org.unknown", "date.order", "enum", "url", "date", "duplicate"]),
      );
      expect(book.staff.rows.length).toBeGreaterThan(80);
      const groups = new Set(book.diagnostics.rows.map((r) => r.data.group));
      expect(groups.size).toBe(6);
    },
  );
});
