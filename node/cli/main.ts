// The `marshrut` command line: dispatches to one file per command; every failure becomes one Russian line, exit 2.
import type { CommonArgs } from "./args.ts";

type Command = (args: CommonArgs) => Promise<number>;

/**
 * Everything is loaded when it is needed: `--help` loads nothing, a command only its own module (in the bundle each
 * is a chunk of dist/cli-chunks/, read when imported), so the help answers as fast as Node starts.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import("./validate.ts")).validateCommand,
  iom: async () => (await import("./iom.ts")).iomCommand,
  kpi: async () => (await import("./kpi.ts")).kpiCommand,
  consolidate: async () => (await import("./consolidate.ts")).consolidateCommand,
};

/** Commands with options of their own parse their arguments themselves. */
const OWN_ARGS: Record<string, () => Promise<(argv: readonly string[]) => Promise<number>>> = {
  send: async () => (await import("./send.ts")).sendCommand,
  region: async () => (await import("./region.ts")).regionCommand,
};

const USAGE = `Маршрут — проверка реестра ИОМ, маршруты и показатели.

Использование:
  marshrut validate <книга.xlsx> [--date ГГГГ-ММ-ДД] [--json]
  marshrut iom <книга.xlsx> [--date ГГГГ-ММ-ДД] [--json] [--out маршруты.xlsx] [--regenerate] [--print ПАПКА]
  marshrut kpi <книга.xlsx> [--date ГГГГ-ММ-ДД] [--json] [--out показатели.xlsx]
  marshrut consolidate <книга.xlsx | папка>… --month ГГГГ-ММ [--out свод.xlsx] [--json]
  marshrut send <книга.xlsx> --url <адрес …/submitReport> --key <ключ> [--date ГГГГ-ММ-ДД] [--json]
  marshrut region serve | key | register --code КОД --name НАИМЕНОВАНИЕ [--rotate] | snapshot [--month ГГГГ-ММ]

Дата (--date): ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.
Коды выхода: 0 — ошибок нет, 1 — найдены ошибки, 2 — файл не прочитан или неверные параметры.
send: 0 — отчёт принят, 1 — отклонён сервером (причина выводится), 2 — книга не прочитана или сервер не ответил.`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const { describeError, UsageError } = await import("./errors.ts");
  try {
    const own = Object.hasOwn(OWN_ARGS, command) ? OWN_ARGS[command] : undefined;
    if (own) return await (await own())(rest);
    const load = COMMANDS[command];
    if (!load)
      throw new UsageError(
        `Неизвестная команда «${command}». Доступны: ${[...Object.keys(COMMANDS), ...Object.keys(OWN_ARGS)].join(", ")}.`,
      );
    const { parseCommonArgs } = await import("./args.ts");
    const args = parseCommonArgs(rest);
    const run = await load();
    return await run(args);
  } catch (error) {
    process.stderr.write(`${describeError(error)}\n`);
    return 2;
  }
}
