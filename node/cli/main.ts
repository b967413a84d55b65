// The `marshrut` command line: dispatches to one file per command; every failure becomes one Russian line, exit 2.
import { parseCommonArgs } from "./args.ts";
import { consolidateCommand } from "./consolidate.ts";
import { describeError, UsageError } from "./errors.ts";
import { iomCommand } from "./iom.ts";
import { kpiCommand } from "./kpi.ts";
import { validateCommand } from "./validate.ts";

const COMMANDS: Record<string, (args: ReturnType<typeof parseCommonArgs>) => Promise<number>> = {
  validate: validateCommand,
  iom: iomCommand,
  kpi: kpiCommand,
  consolidate: consolidateCommand,
};

const USAGE = `Маршрут — проверка реестра ИОМ, маршруты и показатели.

Использование:
  marshrut validate <книга.xlsx> [--date ГГГГ-ММ-ДД] [--json]
  marshrut iom <книга.xlsx> [--date ГГГГ-ММ-ДД] [--json] [--out маршруты.xlsx] [--regenerate] [--print ПАПКА]
  marshrut kpi <книга.xlsx> [--date ГГГГ-ММ-ДД] [--json] [--out показатели.xlsx]
  marshrut consolidate <книга.xlsx | папка>… --month ГГГГ-ММ [--out свод.xlsx] [--json]

Коды выхода: 0 — ошибок нет, 1 — найдены ошибки, 2 — файл не прочитан или неверные параметры.`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  try {
    const run = COMMANDS[command];
    if (!run)
      throw new UsageError(
        `Неизвестная команда «${command}». Доступны: ${Object.keys(COMMANDS).join(", ")}.`,
      );
    return await run(parseCommonArgs(rest));
  } catch (error) {
    process.stderr.write(`${describeError(error)}\n`);
    return 2;
  }
}
