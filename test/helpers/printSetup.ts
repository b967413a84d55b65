// The print set-up every sheet the product writes must have, checked on a worksheet read back from .xlsx.
import type ExcelJS from "exceljs";
import { expect } from "vitest";

/**
 * A4 landscape, one page wide (or pages of columns, each one page wide), rows 1…N frozen and repeated on each page
 * (N ≥ 1), a title in the page header.
 */
export function expectPrintSetup(worksheet: ExcelJS.Worksheet, title?: string): number {
  const where = `«${worksheet.name}»`;
  const { pageSetup } = worksheet;
  expect(pageSetup.paperSize, where).toBe(9);
  expect(pageSetup.orientation, where).toBe("landscape");
  expect(pageSetup.fitToPage, where).toBe(true);
  expect(pageSetup.fitToWidth, where).toBe(1);
  expect(pageSetup.fitToHeight, where).toBe(0);
  const view = worksheet.views[0];
  expect(view?.state, where).toBe("frozen");
  const frozen = view?.state === "frozen" ? (view.ySplit ?? 0) : 0;
  expect(frozen, where).toBeGreaterThan(0);
  // A table printed in pages of columns repeats its own header rows (the caption runs over the first page only).
  if (pageSetup.printArea)
    expect(pageSetup.printTitlesRow, where).toMatch(new RegExp(`^\\d+:${frozen}$`, "u"));
  else expect(pageSetup.printTitlesRow, where).toBe(`1:${frozen}`);
  expect(worksheet.headerFooter.oddHeader ?? "", where).toMatch(/^&C.+/u);
  if (title) expect(worksheet.headerFooter.oddHeader, where).toContain(title.replace(/&/gu, "&&"));
  return frozen;
}
