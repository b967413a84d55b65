// Any cell value in any sheet never makes route generation throw, and the JSON document always fits spec §7.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readBook, type RawSheet } from "../../../shared/book.ts";
import type { Cell } from "../../../shared/cells.ts";
import { buildRoutes } from "../../../shared/iom/buildRoutes.ts";
import { iomJson } from "../../../shared/iom/schema.ts";
import {
  CatalogSheet,
  DiagnosticsSheet,
  RegisterSheet,
  RoutesSheet,
  StaffSheet,
} from "../../../shared/schema/sheets.ts";
import { routesSummaryTable, routesTable } from "../../../shared/tables/routesTable.ts";

const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "да",
    "нет",
    "01.12.2026",
    "2026-11-30",
    "2027-05-31",
    "низкий",
    "базовый",
    "высокий",
    "ДПП",
    "наставничество",
    "выполнено",
    "в процессе",
    "цифровые",
    "методические, цифровые",
    "a@s.ru",
    "b@s.ru",
    "Школа 1",
    "Иванов Иван",
    "РД-ИОМ",
    "подобрать мероприятие",
    "",
    " ",
  ),
  fc.double(),
  fc.integer({ min: -10, max: 60000 }),
  fc.boolean(),
  fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 0, 1) }),
  fc.constant(new Date(Number.NaN)),
  fc.constant(null),
  fc.constant(undefined),
);

const sheet = (def: { title: string; fields: Record<string, { names: readonly string[] }> }) => {
  const headers = Object.values(def.fields).map((field) => field.names[0]!);
  return fc
    .array(fc.array(anyCell, { minLength: headers.length, maxLength: headers.length }), { maxLength: 8 })
    .map((rows): RawSheet => ({ name: def.title, values: [headers, ...rows] }));
};

const settings = fc
  .array(
    fc.tuple(
      fc.constantFrom("Часов в неделю", "Период ИОМ с", "Период ИОМ по", "Порог базового уровня"),
      anyCell,
    ),
  )
  .map((rows): RawSheet => ({ name: "Настройки", values: rows }));

describe("route generation on any input", () => {
  it("never throws and always produces a valid document and tables", () => {
    fc.assert(
      fc.property(
        fc.tuple(
          sheet(StaffSheet),
          sheet(DiagnosticsSheet),
          sheet(CatalogSheet),
          sheet(RoutesSheet),
          sheet(RegisterSheet),
          settings,
        ),
        fc.boolean(),
        (sheets, regenerate) => {
          const book = readBook(sheets, { reportDate: "2026-11-30" });
          const result = buildRoutes(book, { regenerate });
          expect(iomJson(result).success).toBe(true);
          expect(routesTable(result.rows)).toHaveLength(result.rows.length + 1);
          expect(routesSummaryTable(result)).toHaveLength(result.people.length + 1);
        },
      ),
      { numRuns: 200 },
    );
  });
});
