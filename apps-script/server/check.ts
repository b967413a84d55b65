// «Проверить реестр»: validates the whole book, marks bad cells on every sheet, fills «Проверка», keeps the findings.
import type { Book } from "../../shared/book.ts";
import { countText } from "../../shared/text/ru.ts";
import { countBySeverity, type Finding } from "../../shared/validation/finding.ts";
import type { ParsedSheet } from "../../shared/validation/parseSheet.ts";
import { a1 } from "./a1.ts";
import type { Plan, Step } from "./jobs.ts";
import { checkTexts } from "../../shared/tables/checkColumn.ts";
import { ensureCheckColumn, marksOf, rowSpans, writeCheckColumn, writeMarks } from "./marks.ts";
import { loadBook, readWorkbook, sheetByName, type Workbook } from "./workbook.ts";

/** How many findings the sidebar lists; all of them are marked in the sheets. */
export const LISTED_FINDINGS = 150;

export interface FindingView {
  readonly sheet: string;
  readonly row: number;
  readonly column: string;
  readonly severity: Finding["severity"];
  readonly message: string;
  /** The cell to go to, or null for a missing sheet or column. */
  readonly a1: string | null;
}

export interface CheckResult {
  readonly checkedAt: number;
  readonly registerSheet: string | null;
  readonly rows: number;
  readonly errors: number;
  readonly warnings: number;
  readonly findings: readonly FindingView[];
}

const parsedSheets = (book: Book): ParsedSheet<unknown>[] =>
  [book.register, book.staff, book.orgs, book.diagnostics, book.catalog, book.routes].filter(
    (s) => s.present,
  );

/** 0-based column of a finding's cell in its sheet, when the finding is about one cell. */
function columnIndexer(book: Book): (finding: Finding) => number | undefined {
  const sheets = new Map(parsedSheets(book).map((sheet) => [sheet.name, sheet]));
  return (finding) => {
    const columns = sheets.get(finding.sheet)?.columns as
      Record<string, { index: number } | undefined> | undefined;
    return finding.row > 1 ? columns?.[finding.field]?.index : undefined;
  };
}

export function findingViews(book: Book, limit = LISTED_FINDINGS): FindingView[] {
  const columnOf = columnIndexer(book);
  return book.findings.slice(0, limit).map((f) => {
    const column = columnOf(f);
    return {
      sheet: f.sheet,
      row: f.row,
      column: f.column,
      severity: f.severity,
      message: f.message,
      a1: column === undefined ? null : a1(f.row, column + 1),
    };
  });
}

function markSteps(workbook: Workbook, book: Book): Step[] {
  const columnOf = columnIndexer(book);
  const steps: Step[] = [];
  for (const parsed of parsedSheets(book)) {
    const data = sheetByName(workbook, parsed.name);
    if (!data) continue;
    const marks = marksOf(
      book.findings.filter((f) => f.sheet === parsed.name),
      columnOf,
    );
    const width = data.values[0]?.length ?? 0;
    for (const span of rowSpans(data.values.length))
      steps.push({
        label: `Отметки на листе «${parsed.name}», строки ${span.from}–${span.to}`,
        run: () => writeMarks(data.sheet, span, width, marks),
      });
  }
  return steps;
}

function checkColumnSteps(workbook: Workbook, book: Book): Step[] {
  const data = book.register.present ? sheetByName(workbook, book.register.name) : undefined;
  if (!data) return [];
  const texts = checkTexts(book.findings, data.name);
  let column = 0;
  return rowSpans(data.values.length).map((span) => ({
    label: `Столбец «Проверка», строки ${span.from}–${span.to}`,
    run: () => {
      column ||= ensureCheckColumn(data.sheet, data.values[0] ?? []);
      writeCheckColumn(data.sheet, column, span, texts);
    },
  }));
}

export function checkSummary(book: Book): string {
  const { errors, warnings } = countBySeverity(book.findings);
  return `Проверено ${countText(book.register.rows.length, "строка", "строки", "строк")} реестра: ${countText(errors, "ошибка", "ошибки", "ошибок")}, ${countText(warnings, "предупреждение", "предупреждения", "предупреждений")}.`;
}

export function planCheck(): Plan {
  const workbook = readWorkbook();
  const book = loadBook(workbook);
  return {
    steps: [...checkColumnSteps(workbook, book), ...markSteps(workbook, book)],
    finish: () => {
      const result: CheckResult = {
        checkedAt: Date.now(),
        registerSheet: book.register.present ? book.register.name : null,
        rows: book.register.rows.length,
        ...countBySeverity(book.findings),
        findings: findingViews(book),
      };
      return { summary: checkSummary(book), result };
    },
  };
}
