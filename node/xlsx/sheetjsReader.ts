// The general reader (SheetJS): any layout SheetJS reads, for the packages the fast reader leaves to it.
import { readFile } from "node:fs/promises";
import * as XLSX from "@e965/xlsx";
import type { RawSheet } from "../../shared/book.ts";
import type { Cell } from "../../shared/cells.ts";
import { localWallClock } from "./worksheetCells.ts";

/**
 * Only what getValues() needs: values, dates as Date, no formatted text, formulas, HTML or styles
 * (options: https://deno.land/x/sheetjs@v0.18.3/docbits/80_parseopts.md).
 */
const PARSE_OPTIONS: XLSX.ParsingOptions = {
  type: "buffer",
  dense: true,
  cellDates: true,
  cellText: false,
  cellFormula: false,
  cellHTML: false,
  cellNF: false,
  cellStyles: false,
};

/** Error cells carry a code in `v` (https://deno.land/x/sheetjs@v0.18.3/docbits/52_datatype.md); the text a sheet shows. */
const ERROR_TEXT: Readonly<Record<number, string>> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

/** One cell as getValues() gives it: formulas as their cached value, rich text as its text, blanks as "". */
function cellValue(cell: XLSX.CellObject | undefined): Cell {
  if (!cell) return "";
  switch (cell.t) {
    case "s":
    case "n":
    case "b":
      return cell.v ?? "";
    case "d":
      // SheetJS gives the wall-clock time as a UTC instant (truncated to the millisecond, hence the rounding).
      return cell.v instanceof Date ? localWallClock(cell.v) : "";
    case "e":
      return ERROR_TEXT[cell.v as number] ?? "#ERROR!";
    default:
      return "";
  }
}

/** The sheet's cells from A1 to its last value; the covered cells of a merged range are "" as in Apps Script. */
function sheetValues(worksheet: XLSX.WorkSheet): Cell[][] {
  const data = worksheet["!data"] ?? [];
  let width = 0;
  let height = 0;
  data.forEach((row, r) => {
    if (row && row.length > 0) {
      width = Math.max(width, row.length);
      height = r + 1;
    }
  });
  const rows: Cell[][] = new Array<Cell[]>(height);
  for (let r = 0; r < height; r++) {
    const source = data[r];
    const cells = new Array<Cell>(width);
    for (let c = 0; c < width; c++) cells[c] = cellValue(source?.[c]);
    rows[r] = cells;
  }
  for (const range of worksheet["!merges"] ?? [])
    for (let r = range.s.r; r <= Math.min(range.e.r, height - 1); r++)
      for (let c = range.s.c; c <= Math.min(range.e.c, width - 1); c++)
        if (r !== range.s.r || c !== range.s.c) rows[r]![c] = "";
  return rows;
}

/**
 * SheetJS reports what it reads loosely (an .ods number format, a long name, …) in English on the console, which a
 * user of the command line would see; the values are read all the same, so nothing of it is shown.
 */
function quietly<T>(read: () => T): T {
  const { error, warn, log } = console;
  console.error = console.warn = console.log = () => {};
  try {
    return read();
  } finally {
    Object.assign(console, { error, warn, log });
  }
}

export async function readWithSheetJs(path: string): Promise<RawSheet[]> {
  const bytes = await readFile(path);
  const workbook = quietly(() => XLSX.read(bytes, PARSE_OPTIONS));
  return workbook.SheetNames.map((name) => {
    const values = sheetValues(workbook.Sheets[name]!);
    delete workbook.Sheets[name]; // its cell objects can go while the next sheet is converted
    return { name, values };
  });
}
