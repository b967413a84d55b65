// Options of the commands that take their own (send, region …): node:util parseArgs, its errors in Russian.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { dateOption, usageProblem } from "./args.ts";
import { UsageError } from "./errors.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseOwnArgs<T extends Options>(argv: readonly string[], options: T, usage: string) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError(`${usageProblem(error as Error & { code?: string })} ${usage}`);
  }
}

/** A --date value as the other commands take it (ГГГГ-ММ-ДД or ДД.ММ.ГГГГ). */
export const checkedDate = (date: string | undefined): string | undefined =>
  date === undefined ? undefined : dateOption(date);

/** A --month value as the other commands take it. */
export function checkedMonth(month: string | undefined): string | undefined {
  if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/u.test(month))
    throw new UsageError(`Месяц «${month}» не в формате ГГГГ-ММ. Укажите, например, --month 2026-11.`);
  return month;
}
