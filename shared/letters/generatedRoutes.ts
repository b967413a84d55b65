// The printable routes right after generation: the book read again with «ИОМ» as generation leaves it.
import { readBook, type RawSheet, type ReadBookOptions } from "../book.ts";
import { sameSheetName } from "../headers.ts";
import type { RoutesResult } from "../iom/schema.ts";
import { ROUTES_SHEET_TITLE, routesTable } from "../tables/routesTable.ts";
import { routeDocuments, type RouteDocument } from "./routeDocument.ts";

/**
 * Every person's route document (kept and new routes alike) as the add-on would print it after writing the
 * generated «ИОМ» sheet; `options` as for the first read (the same report date).
 */
export function generatedRouteDocuments(
  sheets: readonly RawSheet[],
  result: Pick<RoutesResult, "rows">,
  options: ReadBookOptions,
): RouteDocument[] {
  const others = sheets.filter((sheet) => !sameSheetName(sheet.name, ROUTES_SHEET_TITLE));
  return routeDocuments(
    readBook([...others, { name: ROUTES_SHEET_TITLE, values: routesTable(result.rows) }], options),
  );
}
