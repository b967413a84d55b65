// `marshrut consolidate <book.xlsx | folder>… --month YYYY-MM [--out svod.xlsx] [--json]`: spec §6 over municipal workbooks.
import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { aggregateRegion, consolidateJson, type RegionReport } from "../../shared/report/aggregate.ts";
import { consolidatedCaption } from "../../shared/tables/consolidatedTables.ts";
import { k2DiagnosedRow, kpiTableRow } from "../../shared/tables/kpiTable.ts";
import { kpiTexts } from "../../shared/text/kpiTexts.ts";
import { WorkbookError } from "../xlsx/readWorkbook.ts";
import { printJson, type CommonArgs } from "./args.ts";
import { describeError, UsageError } from "./errors.ts";
import type { Municipality } from "./municipality.ts";
import { readMunicipalities } from "./readInParallel.ts";

const USAGE = "marshrut consolidate <книга.xlsx | папка>… --month ГГГГ-ММ [--out свод.xlsx] [--json]";

export interface WorkbookPath {
  readonly path: string;
  /** Found in a given folder (not named by the user): when it cannot be read it is listed and skipped. */
  readonly inFolder: boolean;
}

const isWorkbookName = (name: string) => /\.(xlsx|ods)$/iu.test(name) && !name.startsWith("~$");

/** The given files, and the .xlsx (.ods) files of the given folders (sorted; Excel's «~$» lock files skipped). */
export async function workbookPaths(paths: readonly string[]): Promise<WorkbookPath[]> {
  const files: WorkbookPath[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push({ path, inFolder: false });
      continue;
    }
    const names = (await readdir(path)).filter(isWorkbookName).sort();
    if (names.length === 0)
      throw new UsageError(`В папке «${path}» нет книг .xlsx. Укажите папку с книгами муниципалитетов.`);
    files.push(...names.map((name) => ({ path: join(path, name), inFolder: true })));
  }
  return files;
}

/** A file that is not a workbook at all, or that cannot be opened (no access). */
const isUnreadable = (error: unknown) =>
  (error instanceof WorkbookError && error.code === "NOT_A_WORKBOOK") ||
  ["EACCES", "EPERM", "EISDIR", "EBUSY"].includes((error as NodeJS.ErrnoException).code ?? "");

export interface Consolidation {
  readonly report: RegionReport;
  /** Files of the given folders that could not be read, with the reason: listed and left out. */
  readonly skipped: readonly { readonly file: string; readonly reason: string }[];
}

/**
 * Every given workbook is a known municipality; one whose figures are all empty is listed as missing
 * («нет данных») and left out of the sums, as a municipality that sent nothing. A file of a folder that cannot be
 * read is skipped and listed; a file named by the user must be read.
 */
export async function consolidateWorkbooks(paths: readonly string[], month: string): Promise<Consolidation> {
  const municipalities: Municipality[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const files = await workbookPaths(paths);
  const read = await readMunicipalities(
    files.map((file) => file.path),
    month,
  );
  for (const [index, { path: file, inFolder }] of files.entries()) {
    const result = read[index]!;
    if (result.status === "rejected") {
      if (!inFolder || !isUnreadable(result.reason)) throw result.reason;
      skipped.push({ file, reason: describeError(result.reason) });
      continue;
    }
    const municipality = result.value;
    const twin = municipalities.find((m) => m.report.code === municipality.report.code);
    if (twin)
      throw new UsageError(
        `Книги «${basename(twin.file)}» и «${basename(file)}» относятся к одному муниципалитету (код «${municipality.report.code}»). Оставьте одну из них или исправьте код на листе «Настройки».`,
      );
    municipalities.push(municipality);
  }
  if (municipalities.length === 0)
    throw new UsageError(
      `Ни одна книга не прочитана: ${skipped.map((s) => `«${basename(s.file)}»`).join(", ")}. Укажите книги муниципалитетов (.xlsx).`,
    );
  const report = aggregateRegion({
    month,
    known: municipalities.map(({ report }) => ({ code: report.code, name: report.name })),
    reports: municipalities.filter((m) => m.hasData).map((m) => m.report),
  });
  return { report, skipped };
}

/** One line of the region's indicators: value, status, then «N из M» (K6's count alone, as `kpi` prints it). */
const regionLine = (id: string, value: string, status: string, count: string, indicator: string) =>
  `  ${id.padEnd(5)} ${value.padEnd(9)} ${status.padEnd(13)} ${count}  ${indicator}`;

/**
 * K2's line under it: how many of K2's people were diagnosed this academic year, summed over the reports that give
 * it (the number of them said when not all do); undefined when none does.
 */
function k2DiagnosedLine(report: RegionReport): string | undefined {
  const sum = report.region.k2Diagnosed;
  if (!sum) return undefined;
  const row = k2DiagnosedRow(sum.diagnosed, sum.withIom);
  const of = report.municipalities.length;
  const partly = sum.municipalities === of ? "" : ` (${kpiTexts.k2DiagnosedPartly(sum.municipalities, of)})`;
  return regionLine("", row.valueText, "", row.countText, `${kpiTexts.k2DiagnosedLabel}${partly}`);
}

export function formatConsolidated(report: RegionReport): string {
  const lines = [...consolidatedCaption(report), "", "Регион"];
  const k2 = k2DiagnosedLine(report);
  for (const row of report.region.kpis.map(kpiTableRow)) {
    lines.push(regionLine(row.id, row.valueText, row.status, row.countText, row.indicator));
    if (row.id === "K2" && k2) lines.push(k2);
  }
  if (k2) lines.push("", kpiTexts.k2AboveK1);
  lines.push("", "Муниципалитеты");
  for (const m of report.municipalities) {
    const met = m.kpis.filter((kpi) => kpi.met === true).length;
    const known = m.kpis.filter((kpi) => kpi.met !== null).length;
    lines.push(`  ${m.code}  ${m.name}: достигнуто ${met} из ${known} показателей с данными`);
  }
  for (const m of report.missing) lines.push(`  ${m.code}  ${m.name}: нет данных`);
  return lines.join("\n");
}

export async function consolidateCommand(args: CommonArgs): Promise<number> {
  if (args.files.length === 0) throw new UsageError(`Укажите книги или папку: ${USAGE}.`);
  if (!args.month)
    throw new UsageError(`Укажите месяц: --month ГГГГ-ММ (например, --month 2026-11). ${USAGE}.`);
  const { report, skipped } = await consolidateWorkbooks(args.files, args.month);
  // Said on stderr, so that --json still prints one JSON document and nothing else.
  for (const { file, reason } of skipped)
    process.stderr.write(`Пропущен файл «${basename(file)}»: ${reason}\n`);
  if (args.out) {
    // exceljs (1 MB) is loaded only to write, as in kpi.
    const { writeConsolidatedWorkbook } = await import("../../xlsx/consolidatedWorkbook.ts");
    await writeConsolidatedWorkbook(args.out, report);
  }
  if (args.json) printJson(consolidateJson(report));
  else process.stdout.write(`${formatConsolidated(report)}\n`);
  return 0;
}
