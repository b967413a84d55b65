// Benchmark: the .xlsx readers on the same workbooks (2 000, 20 000, 100 000 staff) — time, peak memory, same cells.
// Each reading runs in its own process with Node's default heap. Usage: npx tsx bench/readers.ts [staff…]
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import type { RawSheet } from "../shared/book.ts";
import type { Cell } from "../shared/cells.ts";
import { readWithSheetJs } from "../node/xlsx/sheetjsReader.ts";
import { localWallClock } from "../node/xlsx/worksheetCells.ts";
import { readXlsx } from "../node/xlsx/xlsxReader.ts";
import { writeCountifsWorkbook } from "./countifs/workbook.ts";

/** exceljs cell values as getValues() gives them (the reader the CLI used before). */
function exceljsCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return localWallClock(value);
  if (typeof value !== "object") return value;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value)
    return exceljsCell((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("error" in value) return String(value.error);
  if ("text" in value) return exceljsCell((value as ExcelJS.CellHyperlinkValue).text);
  return "";
}

function rowValues(row: ExcelJS.Row, cells: Cell[] = []): Cell[] {
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    const merged = cell.isMerged && cell.master.address !== cell.address;
    cells[column - 1] = merged ? "" : exceljsCell(cell.value);
  });
  return Array.from(cells, (cell) => cell ?? "");
}

const READERS: Record<string, (path: string) => Promise<RawSheet[]>> = {
  "быстрый (yauzl + разбор XML)": readXlsx,
  "SheetJS @e965/xlsx": readWithSheetJs,
  "exceljs в памяти": async (path) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    return workbook.worksheets.map((sheet) => {
      const rows: Cell[][] = [];
      for (let r = 1; r <= sheet.rowCount; r++) rows.push(rowValues(sheet.getRow(r)));
      return { name: sheet.name, values: rows };
    });
  },
  "exceljs потоком (WorkbookReader)": async (path) => {
    const sheets: RawSheet[] = [];
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: "cache", styles: "cache" });
    for await (const sheet of reader) {
      const rows: Cell[][] = [];
      for await (const row of sheet) rows[row.number - 1] = rowValues(row);
      sheets.push({
        name: (sheet as unknown as { name: string }).name,
        values: Array.from(rows, (row) => row ?? []),
      });
    }
    return sheets;
  },
};

/**
 * A digest of the cells (dates as their local wall-clock time), to compare readers without holding two books. Blank
 * cells at the ends of rows and blank rows at the end are left out: readers differ in how far a sheet extends
 * (exceljs counts formula cells without a result, the others only cells with values).
 */
function digest(sheets: readonly RawSheet[]): string {
  const hash = createHash("sha1");
  for (const sheet of sheets) {
    hash.update(`\n${sheet.name}`);
    let blankRows = 0;
    for (const row of sheet.values) {
      let end = row.length;
      while (end > 0 && row[end - 1] === "") end--;
      if (end === 0) {
        blankRows++;
        continue;
      }
      for (; blankRows > 0; blankRows--) hash.update("[]");
      hash.update(
        JSON.stringify(
          row.slice(0, end).map((cell) => (cell instanceof Date ? `D${cell.toString()}` : cell)),
        ),
      );
    }
  }
  return hash.digest("hex");
}

interface Reading {
  readonly ms?: number;
  readonly peakMb?: number;
  readonly digest?: string;
  readonly failure?: string;
}

async function child(reader: string, path: string): Promise<void> {
  const start = performance.now();
  const sheets = await READERS[reader]!(path);
  const ms = Math.round(performance.now() - start);
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify({ ms, peakMb, digest: digest(sheets) }));
}

async function measure(reader: string, path: string): Promise<Reading> {
  const self = fileURLToPath(import.meta.url);
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", self, "--child", reader, path],
      { timeout: 10 * 60_000, maxBuffer: 1 << 20 },
    );
    return JSON.parse(stdout) as Reading;
  } catch (error) {
    const { stderr = "", killed } = error as { stderr?: string; killed?: boolean };
    return {
      failure: killed ? "дольше 10 мин" : /heap out of memory/u.test(stderr) ? "не хватило памяти" : "ошибка",
    };
  }
}

export async function benchReaders(sizes = [2_000, 20_000, 100_000]) {
  const dir = await mkdtemp(join(tmpdir(), "marshrut-readers-"));
  const rows = [];
  try {
    for (const staff of sizes) {
      const path = join(dir, `book-${staff}.xlsx`);
      const { rows: dataRows } = await writeCountifsWorkbook(path, staff);
      const readings = [];
      for (const reader of Object.keys(READERS)) readings.push({ reader, ...(await measure(reader, path)) });
      const reference = readings[0]!.digest;
      for (const r of readings)
        rows.push({
          staff,
          dataRows,
          reader: r.reader,
          ms: r.ms ?? r.failure,
          peakMb: r.peakMb ?? "",
          sameCells: r.digest === undefined ? "" : r.digest === reference ? "да" : "НЕТ",
        });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

export const printReaders = (rows: Awaited<ReturnType<typeof benchReaders>>) =>
  console.table(
    rows.map((r) => ({
      сотрудников: r.staff,
      строк: r.dataRows,
      чтение: r.reader,
      мс: r.ms,
      "пик памяти, МБ": r.peakMb,
      "те же ячейки": r.sameCells,
    })),
  );

if (process.argv[2] === "--child") await child(process.argv[3]!, process.argv[4]!);
else if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number);
  printReaders(await benchReaders(sizes.length > 0 ? sizes : undefined));
}
