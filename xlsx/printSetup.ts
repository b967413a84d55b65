// Applies a sheet model's print set-up to an exceljs worksheet: A4 landscape, header rows frozen, repeated on every
// page and the title in the page header; one page wide, or pages of column groups with the key columns repeated.
// exceljs page set-up: https://github.com/exceljs/exceljs#page-setup and #headers-and-footers
// (paperSize 9 = A4; fitToHeight 0 = as many pages tall as needed; printTitlesRow = rows repeated at the top;
// printArea «A1:K9&&L1:T9» = areas printed each on its own pages, written as one name by xlsx/workbook.ts).
import type ExcelJS from "exceljs";
import type { PrintSetup } from "../shared/tables/sheetModel.ts";
import { SHEET_FONT } from "../shared/tables/textMetrics.ts";

const PAPER_SIZES = { A4: 9 } as const;

/** In a header or footer «&» starts a code («&P» = page number): a literal one is written «&&». */
const headerText = (text: string) => text.replace(/&/gu, "&&");

export function applyPrintSetup(worksheet: ExcelJS.Worksheet, print: PrintSetup): void {
  worksheet.views = print.headerRows > 0 ? [{ state: "frozen", ySplit: print.headerRows }] : [];
  const letter = (column: number) => worksheet.getColumn(column).letter;
  const lastRow = Math.max(1, worksheet.rowCount);
  const split = print.columnPages.length > 0;
  // Later pages of columns start at the table: the caption runs across the first page's columns only.
  const areas = print.columnPages.map(
    (page, i) => `${letter(page.from)}${i === 0 ? 1 : print.tableRow}:${letter(page.to)}${lastRow}`,
  );
  const titles = split ? `${print.tableRow}:${print.headerRows}` : `1:${print.headerRows}`;
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: PAPER_SIZES[print.paperSize],
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(print.headerRows > 0 ? { printTitlesRow: titles } : {}),
    ...(split ? { printArea: areas.join("&&") } : {}),
    ...(split && print.repeatColumns > 0 ? { printTitlesColumn: `A:${letter(print.repeatColumns)}` } : {}),
  };
  worksheet.headerFooter = {
    ...worksheet.headerFooter,
    oddHeader: `&C&"${SHEET_FONT.name},Bold"&10${headerText(print.pageTitle)}`,
    oddFooter: `&C&"${SHEET_FONT.name},Regular"&9Страница &P из &N`,
  };
}
