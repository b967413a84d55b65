// Property tests: any cell value in any column never throws, every finding speaks Russian, inputs stay untouched.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readBook, type RawSheet } from "../../../shared/book.ts";
import {
  CatalogSheet,
  DiagnosticsSheet,
  OrgsSheet,
  RegisterSheet,
  RoutesSheet,
  StaffSheet,
} from "../../../shared/schema/sheets.ts";
import { FINDING_CODES } from "../../../shared/validation/finding.ts";
import { validRows, type ParsedSheet } from "../../../shared/validation/parseSheet.ts";
import type * as z from "zod/mini";
import { sheetOfAnyCells } from "../../helpers/arbitraries.ts";

const SHEETS = [RegisterSheet, StaffSheet, OrgsSheet, DiagnosticsSheet, CatalogSheet, RoutesSheet];

const sheetArbitrary = (def: (typeof SHEETS)[number]) => sheetOfAnyCells(def);

const bookArbitrary = fc.tuple(...SHEETS.map(sheetArbitrary));

const snapshot = (sheets: RawSheet[]) =>
  JSON.stringify(sheets, (_key, value: unknown) =>
    typeof value === "number" && !Number.isFinite(value) ? String(value) : value,
  );

function expectSchema<T>(sheet: ParsedSheet<T>, schema: z.ZodMiniType) {
  for (const row of validRows(sheet)) expect(schema.safeParse(row).success, JSON.stringify(row)).toBe(true);
}

describe("validation over random cells", () => {
  it("never throws, explains every finding in Russian and never mutates its input", () => {
    fc.assert(
      fc.property(bookArbitrary, (sheets) => {
        const before = snapshot(sheets);
        const dates = sheets
          .flatMap((s) => s.values.flat())
          .filter((c): c is Date => c instanceof Date)
          .map((d) => d.getTime());
        const book = readBook(sheets, { reportDate: "2026-11-30" });
        expect(snapshot(sheets)).toBe(before);
        expect(
          sheets
            .flatMap((s) => s.values.flat())
            .filter((c): c is Date => c instanceof Date)
            .map((d) => d.getTime()),
        ).toEqual(dates);
        for (const finding of book.findings) {
          expect(FINDING_CODES).toContain(finding.code);
          expect(finding.message).toMatch(/[А-Яа-яЁё]{3}/u);
          expect(finding.row).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives rows without errors that satisfy the sheet's zod schema", () => {
    fc.assert(
      fc.property(bookArbitrary, (sheets) => {
        const book = readBook(sheets, { reportDate: "2026-11-30" });
        expectSchema(book.register, RegisterSheet.schema);
        expectSchema(book.staff, StaffSheet.schema);
        expectSchema(book.orgs, OrgsSheet.schema);
        expectSchema(book.diagnostics, DiagnosticsSheet.schema);
        expectSchema(book.catalog, CatalogSheet.schema);
        expectSchema(book.routes, RoutesSheet.schema);
      }),
      { numRuns: 300 },
    );
  });
});
