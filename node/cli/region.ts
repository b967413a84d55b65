// `marshrut region serve | key | register | snapshot`: the self-hosted regional server and its administration against
// DATABASE_URL; configuration and database failures become one Russian sentence and exit 2.
import { hashKey, issueRegionalKey } from "../../functions/src/keys.ts";
import { ConfigError } from "../region/config.ts";
import { DatabaseOpenError } from "../region/database.ts";
import { UsageError } from "./errors.ts";

const REGION_USAGE = `Использование:
  marshrut region serve                                      сервер региона (настройки — переменные окружения)
  marshrut region key                                        новый ключ региона и его хеш
  marshrut region register --code КОД --name "НАИМЕНОВАНИЕ" [--rotate]   ключ муниципалитета
  marshrut region snapshot [--month ГГГГ-ММ]                 свод за месяц (без --month — за прошедший)
Настройки: DATABASE_URL, PORT, HOST, REGIONAL_KEY_SHA256, REGION_ID, REGION_NAME, MARSHRUT_DATA_DIR,
REPORT_RECIPIENTS, SMTP_URL, MAIL_FROM, SNAPSHOT_TIME (docs/self-hosted.md).`;

/** Two `NAME=value` lines ready for an env file; the key goes to the region's coordinators, only the hash to the server. */
function keyCommand(): number {
  const key = issueRegionalKey();
  process.stdout.write(`REGIONAL_KEY=${key}\nREGIONAL_KEY_SHA256=${hashKey(key)}\n`);
  process.stderr.write(
    "Ключ региона (REGIONAL_KEY) передайте региональным координаторам; в настройки сервера впишите только REGIONAL_KEY_SHA256 и перезапустите его.\n",
  );
  return 0;
}

const SUBCOMMANDS: Record<string, (argv: readonly string[]) => Promise<number>> = {
  serve: async (argv) => (await import("./regionServe.ts")).serveCommand(argv),
  key: async (argv) => {
    if (argv.length > 0) throw new UsageError(`У region key нет параметров. ${REGION_USAGE}`);
    return keyCommand();
  },
  register: async (argv) => (await import("./regionAdmin.ts")).registerCommand(argv),
  snapshot: async (argv) => (await import("./regionAdmin.ts")).snapshotCommand(argv),
};

/** A configuration or database failure as the sentence that says what to fix. */
function describeRegionError(error: unknown): string | undefined {
  if (error instanceof ConfigError) return error.message;
  if (!(error instanceof DatabaseOpenError)) return undefined;
  const { target, detail, schema } = error;
  switch (error.problem) {
    case "UNREACHABLE":
      return `Не удалось подключиться к PostgreSQL (${target}): ${detail}. Проверьте, что сервер базы запущен и DATABASE_URL указывает на него.`;
    case "AUTH":
      return `PostgreSQL не принял имя пользователя или пароль из DATABASE_URL (${target}). Проверьте их.`;
    case "NO_DATABASE":
      return `В PostgreSQL нет базы, указанной в DATABASE_URL (${target}). Создайте её (createdb -O marshrut marshrut) или исправьте адрес.`;
    case "SCHEMA_TOO_NEW":
      return `База ${target} обновлена более новой версией «Маршрута» (схема ${schema?.found}), а эта версия знает схему до ${schema?.known}. Обновите «Маршрут» на этой машине; база не изменена.`;
    case "FAILED":
      return `Ошибка базы данных (${target}): ${detail}.`;
  }
}

export async function regionCommand(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h") {
    process.stdout.write(`${REGION_USAGE}\n`);
    return name ? 0 : 2;
  }
  const run = Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  if (!run) throw new UsageError(`Неизвестная команда «region ${name}». ${REGION_USAGE}`);
  try {
    return await run(rest);
  } catch (error) {
    const sentence = describeRegionError(error);
    if (sentence === undefined) throw error;
    process.stderr.write(`${sentence}\n`);
    return 2;
  }
}
