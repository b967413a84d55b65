// Reads an .xlsx file into the same 2-D cell arrays Apps Script's getValues() gives (dates in local time, blanks as "").
import { open, stat } from "node:fs/promises";
import type { RawSheet } from "../../shared/book.ts";
import { WorkbookError } from "./workbookError.ts";
import { readXlsx } from "./xlsxReader.ts";

export { WorkbookError };

const ZIP_SIGNATURE = 0x04034b50;

/** An .xlsx is a zip archive: anything else (a CSV, a text, an old .xls) is refused before parsing. */
async function isZip(path: string): Promise<boolean> {
  const file = await open(path);
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.readUInt32LE(0) === ZIP_SIGNATURE;
  } finally {
    await file.close();
  }
}

/**
 * The fast reader first (node/xlsx/xlsxReader.ts: 4–6× quicker than SheetJS, see bench/readers.ts); a package it
 * does not read (an unusual layout) goes to SheetJS, and what neither reads is not a workbook.
 */
export async function readWorkbook(path: string): Promise<RawSheet[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new WorkbookError("NOT_FOUND", path);
  if (!(await isZip(path).catch(() => false))) throw new WorkbookError("NOT_A_WORKBOOK", path);
  try {
    return await readXlsx(path);
  } catch (fastError) {
    const { readWithSheetJs } = await import("./sheetjsReader.ts"); // loaded only when needed: SheetJS is 1 MB
    try {
      return await readWithSheetJs(path);
    } catch (generalError) {
      throw new WorkbookError("NOT_A_WORKBOOK", path, {
        cause: new AggregateError([fastError, generalError]),
      });
    }
  }
}
