// The side-by-side bench workbook: N staff of the realistic register (bench/register.ts) plus the COUNTIFS helper columns a
// methodist keeps on «Педагоги» for K1, K2, K4, K6 and K12 (one formula per person), totalled on «Расчёт».
import ExcelJS from "exceljs";
import type { RawSheet } from "../../shared/book.ts";
import type { Cell } from "../../shared/cells.ts";
import { realisticRegister } from "../register.ts";

export const REPORT_DATE = "2026-11-30";
/** The sheet with the totals: one row per indicator, numerator in B, denominator in C. */
export const TOTALS_SHEET = "Расчёт";
export const CHECKED_KPIS = ["K1", "K2", "K4", "K6", "K12"] as const;
export type CheckedKpi = (typeof CHECKED_KPIS)[number];

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;
const RU_DAY = /^(\d{2})\.(\d{2})\.(\d{4})$/u;

/**
 * Dates as a real export has them: date cells, not text (COUNTIFS compares dates as numbers). exceljs stores a
 * Date as its UTC instant, so the wall-clock time is written as UTC and the sheet shows the same day anywhere.
 */
export function asExported(cell: Cell): Cell {
  if (cell instanceof Date)
    return new Date(
      Date.UTC(cell.getFullYear(), cell.getMonth(), cell.getDate(), cell.getHours(), cell.getMinutes()),
    );
  if (typeof cell !== "string") return cell;
  const iso = ISO_DAY.exec(cell);
  if (iso) return new Date(Date.UTC(+iso[1]!, +iso[2]! - 1, +iso[3]!));
  const ru = RU_DAY.exec(cell);
  if (ru) return new Date(Date.UTC(+ru[3]!, +ru[2]! - 1, +ru[1]!));
  return cell;
}

/** Writes the sheets as a real export has them (see asExported), streaming, as the benches' plain registers. */
export async function writeExported(path: string, sheets: readonly RawSheet[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const values of sheet.values) worksheet.addRow(values.map(asExported)).commit();
    worksheet.commit();
  }
  await workbook.commit();
}

const column = (sheet: string, letter: string, rows: number) => `'${sheet}'!$${letter}$2:$${letter}$${rows}`;

/** The helper columns (header and formula of row r) in the order they follow the staff columns (N, O, P, Q, R). */
function helperColumns(sheets: readonly RawSheet[]) {
  const rowsOf = (name: string) => sheets.find((s) => s.name === name)!.values.length;
  const diag = (l: string) => column("Диагностика", l, rowsOf("Диагностика"));
  const routes = (l: string) => column("ИОМ", l, rowsOf("ИОМ"));
  const register = (l: string) => column("Реестр ИОМ", l, rowsOf("Реестр ИОМ"));
  const [yearFrom, reportDay, yearTo] = ["DATE(2026,9,1)", "DATE(2026,11,30)", "DATE(2027,8,31)"];
  return [
    {
      kpi: "K1",
      header: "К1 диагностика",
      formula: (r: number) =>
        `IF(COUNTIFS(${diag("A")},$A${r},${diag("B")},">="&${yearFrom},${diag("B")},"<="&${reportDay})>0,1,0)`,
    },
    {
      kpi: "K2",
      header: "К2 есть ИОМ",
      formula: (r: number) =>
        `IF(COUNTIFS(${routes("A")},$A${r},${routes("D")},"<="&${yearTo},${routes("E")},">="&${yearFrom})` +
        `+COUNTIFS(${register("B")},$A${r},${register("I")},"<>",${register("A")},">="&${yearFrom},${register("A")},"<"&(${reportDay}+1))>0,1,0)`,
    },
    {
      kpi: "K4",
      header: "К4 ФГОС",
      formula: (r: number) => `IF(AND($D${r}="педагогический работник",$I${r}="да"),1,0)`,
    },
    {
      kpi: "K6",
      header: "К6 конкурсы",
      formula: (r: number) => `IF(AND($D${r}="педагогический работник",$K${r}="да"),1,0)`,
    },
    { kpi: "K12", header: "К12 сообщества", formula: (r: number) => `IF($J${r}="да",1,0)` },
  ] as const;
}

/** Writes the workbook (streaming, so 10 000 staff stay small in memory); returns its row count. */
export async function writeCountifsWorkbook(path: string, staff: number): Promise<{ rows: number }> {
  const sheets = realisticRegister(staff);
  const helpers = helperColumns(sheets);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  let rows = 0;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.values.forEach((values, index) => {
      const cells: unknown[] = values.map(asExported);
      if (sheet.name === "Педагоги")
        for (const helper of helpers)
          cells.push(index === 0 ? helper.header : { formula: helper.formula(index + 1) });
      worksheet.addRow(cells).commit();
    });
    rows += sheet.values.length - 1;
    worksheet.commit();
  }
  const last = staff + 1;
  const pedagogical = `COUNTIF('Педагоги'!$D$2:$D$${last},"педагогический работник")`;
  const denominators: Record<CheckedKpi, string> = {
    K1: `COUNTA('Педагоги'!$A$2:$A$${last})`,
    K2: `COUNTA('Педагоги'!$A$2:$A$${last})`,
    K4: pedagogical,
    K6: pedagogical,
    K12: `COUNTA('Педагоги'!$A$2:$A$${last})`,
  };
  const totals = workbook.addWorksheet(TOTALS_SHEET);
  totals.addRow(["Показатель", "Числитель", "Знаменатель"]).commit();
  helpers.forEach((helper, index) => {
    const letter = String.fromCharCode("N".charCodeAt(0) + index);
    totals
      .addRow([
        helper.kpi,
        { formula: `SUM('Педагоги'!$${letter}$2:$${letter}$${last})` },
        { formula: denominators[helper.kpi] },
      ])
      .commit();
  });
  totals.commit();
  await workbook.commit();
  return { rows };
}
