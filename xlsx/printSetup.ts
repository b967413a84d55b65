// Applies a sheet model's print set-up to an exceljs worksheet: A4 landscape, one page wide, header rows frozen,
// repeated on every page and the title in the page header.
// exceljs page set-up: https://github.com/exceljs/exceljs#page-setup and #headers-and-footers
// (paperSize 9 = A4; fitToHeight 0 = as many pages tall as needed; printTitlesRow = rows repeated at the top).
import type ExcelJS from "exceljs";
import type { PrintSetup } from "../shared/tables/sheetModel.ts";

const PAPER_SIZES = { A4: 9 } as const;

/** In a header or footer «&» starts a code («&P» = page number): a literal one is written «&&». */
const headerText = (text: string) => text.replace(/&/gu, "&&");

export function applyPrintSetup(worksheet: ExcelJS.Worksheet, print: PrintSetup): void {
  worksheet.views = print.headerRows > 0 ? [{ state: "frozen", ySplit: print.headerRows }] : [];
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: PAPER_SIZES[print.paperSize],
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(print.headerRows > 0 ? { printTitlesRow: `1:${print.headerRows}` } : {}),
  };
  worksheet.headerFooter = {
    ...worksheet.headerFooter,
    oddHeader: `&C&"Arial,Bold"&10${headerText(print.pageTitle)}`,
    oddFooter: "&CСтраница &P из &N",
  };
}
