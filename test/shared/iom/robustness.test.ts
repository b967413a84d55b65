// Any cell value in any sheet never makes route generation throw, and the JSON document always fits spec §7.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readBook, type RawSheet } from "../../../shared/book.ts";
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
import { anyCell, sheetOfAnyCells } from "../../helpers/arbitraries.ts";

const sheet = (def: Parameters<typeof sheetOfAnyCells>[0]) => sheetOfAnyCells(def, 8);

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
