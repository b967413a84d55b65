// Reads an .xlsx file into the same 2-D cell arrays Apps Script's getValues() gives (dates in local time, blanks as "").
import { stat } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { RawSheet } from "../../shared/book.ts";
import { isDate, type Cell } from "../../shared/cells.ts";

/** A coded error: the CLI turns the code into a Russian sentence. */
export class WorkbookError extends Error {
  constructor(
    readonly code: "NOT_FOUND" | "NOT_A_WORKBOOK",
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${path}`, options);
  }
}

/** exceljs gives the wall-clock time as a UTC instant; Apps Script gives it in local time. */
const localDate = (date: Date) =>
  new Date(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  );

export function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (isDate(value)) return localDate(value);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("formula" in value || "sharedFormula" in value)
      return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("error" in value) return String(value.error);
    if ("text" in value) return cellValue((value as ExcelJS.CellHyperlinkValue).text);
  }
  return "";
}

export function sheetValues(worksheet: ExcelJS.Worksheet): Cell[][] {
  const width = worksheet.columnCount;
  const rows: Cell[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const cells: Cell[] = new Array<Cell>(width).fill("");
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col > width) return;
      const merged = cell.isMerged && cell.master.address !== cell.address;
      cells[col - 1] = merged ? "" : cellValue(cell.value);
    });
    rows.push(cells);
  }
  return rows;
}

export async function readWorkbook(path: string): Promise<RawSheet[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw new WorkbookError("NOT_FOUND", path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (cause) {
    throw new WorkbookError("NOT_A_WORKBOOK", path, { cause });
  }
  return workbook.worksheets.map((worksheet) => ({ name: worksheet.name, values: sheetValues(worksheet) }));
}
