// Command-line options shared by every command: the workbook path(s), --date, --json, --out, --month.
import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { isoDate, type IsoDate } from "../../shared/dates.ts";
import { UsageError } from "./errors.ts";

export interface CommonArgs {
  readonly files: string[];
  readonly date?: IsoDate;
  readonly json: boolean;
  readonly out?: string;
  readonly month?: string;
  /** iom: replace not-started generated activities of existing routes (spec §4.6). */
  readonly regenerate: boolean;
  /** iom: the folder for one printable ИОМ per person. */
  readonly print?: string;
}

/** node:util parseArgs errors in Russian: the option named, what is wrong with it. */
export function usageProblem(error: Error & { code?: string }): string {
  const option = /'(-{1,2}[^'\s]+)/u.exec(error.message)?.[1] ?? "";
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `Неизвестный параметр «${option}».`;
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return /does not take/u.test(error.message)
      ? `Параметр «${option}» пишется без значения.`
      : `Параметру «${option}» нужно значение.`;
  return "Неверные параметры.";
}

const DATE_FORMS = [
  { pattern: /^(\d{4})-(\d{2})-(\d{2})$/u, year: 1, month: 2, day: 3 },
  { pattern: /^(\d{2})\.(\d{2})\.(\d{4})$/u, year: 3, month: 2, day: 1 },
];

/** The value of --date: ГГГГ-ММ-ДД or ДД.ММ.ГГГГ, a real calendar day. */
export function dateOption(text: string): IsoDate {
  for (const form of DATE_FORMS) {
    const parts = form.pattern.exec(text.trim());
    const date = parts && isoDate(+parts[form.year]!, +parts[form.month]!, +parts[form.day]!);
    if (date) return date;
  }
  throw new UsageError(
    `Дата «${text}» не распознана. Укажите её как ДД.ММ.ГГГГ или ГГГГ-ММ-ДД, например --date 30.11.2026.`,
  );
}

/** --out must name a file in a folder that exists: said before anything is computed, not as a failed write after. */
function checkOutPath(out: string): void {
  const folder = dirname(resolve(out));
  const kind = (path: string) => {
    try {
      return statSync(path).isDirectory() ? "folder" : "file";
    } catch {
      return "none";
    }
  };
  if (out.trim() === "") throw new UsageError("Укажите в --out имя файла, например --out итог.xlsx.");
  if (kind(out) === "folder")
    throw new UsageError(`«${out}» — папка, а не файл. Укажите в --out имя файла, например --out итог.xlsx.`);
  if (kind(folder) !== "folder")
    throw new UsageError(
      `Папки «${folder}» нет: файл «${out}» некуда записать. Создайте папку или укажите в --out другой путь.`,
    );
}

export function parseCommonArgs(argv: readonly string[]): CommonArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        date: { type: "string" },
        json: { type: "boolean", default: false },
        out: { type: "string" },
        regenerate: { type: "boolean", default: false },
        month: { type: "string" },
        print: { type: "string" },
      },
    });
  } catch (error) {
    throw new UsageError(`${usageProblem(error as Error & { code?: string })} Справка: marshrut --help.`);
  }
  const { values, positionals } = parsed;
  const date = values.date === undefined ? undefined : dateOption(values.date);
  if (values.out !== undefined) checkOutPath(values.out);
  const month = values.month;
  if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/u.test(month))
    throw new UsageError(`Месяц «${month}» не в формате ГГГГ-ММ. Укажите, например, --month 2026-11.`);
  const print = values.print;
  if (print !== undefined && print.trim() === "")
    throw new UsageError("Укажите папку для печатных ИОМ, например: --print ИОМ-печать.");
  return {
    files: positionals,
    date,
    json: values.json ?? false,
    out: values.out,
    month,
    regenerate: values.regenerate ?? false,
    print,
  };
}

export function oneFile(args: CommonArgs, command: string): string {
  if (args.files.length !== 1)
    throw new UsageError(
      `Укажите одну книгу: marshrut ${command} <книга.xlsx> [--date ГГГГ-ММ-ДД] [--json].`,
    );
  return args.files[0]!;
}

export const printJson = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
