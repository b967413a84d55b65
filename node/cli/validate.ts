// `marshrut validate <book.xlsx> [--date D] [--json]`: the findings of spec §3; exit 1 when there are errors.
import { readBook, type Book } from "../../shared/book.ts";
import { russianDate } from "../../shared/dates.ts";
import { countText } from "../../shared/text/ru.ts";
import { countBySeverity } from "../../shared/validation/finding.ts";
import { readWorkbook } from "../xlsx/readWorkbook.ts";
import { oneFile, printJson, type CommonArgs } from "./args.ts";

export function validationReport(book: Book) {
  return { findings: book.findings, ...countBySeverity(book.findings) };
}

export function formatFindings(book: Book, file: string): string {
  const { errors, warnings } = countBySeverity(book.findings);
  const lines = [`Проверка книги «${file}» на ${russianDate(book.reportDate)}`];
  let sheet: string | undefined;
  for (const finding of book.findings) {
    if (finding.sheet !== sheet) {
      sheet = finding.sheet;
      lines.push("", `Лист «${sheet}»`);
    }
    const mark = finding.severity === "error" ? "ошибка" : "предупреждение";
    const column = finding.column ? `, столбец «${finding.column}»` : "";
    lines.push(`  строка ${finding.row}${column} — ${mark}: ${finding.message}`);
  }
  lines.push(
    "",
    book.findings.length === 0
      ? "Ошибок и предупреждений нет."
      : `Итого: ${countText(errors, "ошибка", "ошибки", "ошибок")}, ${countText(warnings, "предупреждение", "предупреждения", "предупреждений")}.`,
  );
  return lines.join("\n");
}

export async function validateCommand(args: CommonArgs): Promise<number> {
  const file = oneFile(args, "validate");
  const book = readBook(await readWorkbook(file), { reportDate: args.date });
  const report = validationReport(book);
  if (args.json) printJson(report);
  else process.stdout.write(`${formatFindings(book, file)}\n`);
  return report.errors > 0 ? 1 : 0;
}
