// `marshrut region register` and `marshrut region snapshot`: a municipality's key and a month's snapshot, by hand or by
// cron, against DATABASE_URL — the same registry and snapshot code the servers run.
import { moscowMonth, previousMonth } from "../../functions/src/calendar.ts";
import { readConfig } from "../../functions/src/config.ts";
import { registerMunicipality, registrationNotice, RegistryError } from "../../functions/src/registry.ts";
import type { Services } from "../../functions/src/services.ts";
import { registeredSince, takeSnapshotFrom, type SnapshotOutcome } from "../../functions/src/snapshot.ts";
import { texts } from "../../functions/src/texts.ts";
import { monthName } from "../../shared/tables/kpiTable.ts";
import { databaseUrl, readServerConfig } from "../region/config.ts";
import { openDatabase, type RegionDatabase } from "../region/database.ts";
import { fileStorage } from "../region/fileStorage.ts";
import { deliverMail, mailerOf } from "../region/mailer.ts";
import { UsageError } from "./errors.ts";
import { checkedMonth, parseOwnArgs } from "./ownArgs.ts";

const REGISTER_USAGE = 'Использование: marshrut region register --code КОД --name "НАИМЕНОВАНИЕ" [--rotate]';
const SNAPSHOT_USAGE = "Использование: marshrut region snapshot [--month ГГГГ-ММ]";

async function withDatabase<T>(url: string, work: (database: RegionDatabase) => Promise<T>): Promise<T> {
  const database = await openDatabase(url);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** The key on the last line as `MUNICIPALITY_KEY=…`; a refusal of the registry is exit 1, a bad code or name exit 2. */
export async function registerCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseOwnArgs(
    argv,
    { code: { type: "string" }, name: { type: "string" }, rotate: { type: "boolean" } },
    REGISTER_USAGE,
  );
  if (positionals.length > 0 || !values.code || values.name === undefined)
    throw new UsageError(`Укажите код и наименование муниципалитета. ${REGISTER_USAGE}`);
  const { code, name, rotate = false } = values;
  return withDatabase(databaseUrl(), async ({ store }) => {
    try {
      const { key, rotated } = await registerMunicipality(store, { code, name, rotate });
      process.stdout.write(`${registrationNotice(code, name, rotated)}\nMUNICIPALITY_KEY=${key}\n\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof RegistryError)) throw error;
      process.stderr.write(`${error.message}\n`);
      return error.code === "BAD_CODE" || error.code === "BAD_NAME" ? 2 : 1;
    }
  });
}

function describeSnapshot(outcome: SnapshotOutcome, dataDir: string): { text: string; code: number } {
  const { month } = outcome;
  switch (outcome.status) {
    case "created": {
      const total = outcome.reported.length + outcome.missing.length;
      const lines = [
        texts.snapshotCreated(month, outcome.revision),
        `Отчитались ${outcome.reported.length} из ${total}${outcome.missing.length ? `; нет данных: ${outcome.missing.join(", ")}` : ""}.`,
        ...(outcome.unreadable?.length
          ? [
              `Не прочитаны сохранённые отчёты (в свод не вошли, их нужно отправить заново): ${outcome.unreadable.join(", ")}.`,
            ]
          : []),
        `Книга: ${dataDir}/${outcome.workbookPath}`,
      ];
      return { text: lines.join("\n"), code: 0 };
    }
    case "unchanged":
      return { text: texts.snapshotUnchanged(month, outcome.revision), code: 0 };
    case "before-registration":
      return { text: texts.beforeRegistration(month, outcome.since), code: 1 };
    case "no-municipalities":
      return { text: texts.noMunicipalities, code: 1 };
    case "busy":
      return { text: texts.busy, code: 1 };
  }
}

/**
 * Without --month: the month just ended, as the schedule takes it (for cron on the 1st). With it: any finished month
 * since the first registration, as /refreshSnapshot takes it. Then the letter, when SMTP_URL is set.
 */
export async function snapshotCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseOwnArgs(argv, { month: { type: "string" } }, SNAPSHOT_USAGE);
  if (positionals.length > 0) throw new UsageError(SNAPSHOT_USAGE);
  const config = readServerConfig();
  const now = new Date();
  const month = checkedMonth(values.month) ?? previousMonth(now);
  if (month >= moscowMonth(now))
    throw new UsageError(
      `Свод за ${monthName(month)} снимать рано: месяц ещё не закончился. Укажите прошедший месяц, например --month ${previousMonth(now)}.`,
    );
  return withDatabase(config.databaseUrl, async (database) => {
    const deps: Services = { store: database.store, storage: fileStorage(config.dataDir), now: () => now };
    // A month before the first registration is refused as an admin's would be: the schedule never meets one, cron on
    // a new server may. The state read to tell is the one the snapshot is taken from.
    const state = await deps.store.regionState();
    const since = registeredSince(state);
    const trigger = values.month || (since !== undefined && month < since) ? "admin" : "schedule";
    const outcome = await takeSnapshotFrom(deps, state, month, trigger);
    const { text, code } = describeSnapshot(outcome, config.dataDir);
    (code === 0 ? process.stdout : process.stderr).write(`${text}\n`);
    if (outcome.status === "created" && readConfig().recipients.length > 0) {
      const mailer = mailerOf(config);
      if (!mailer) process.stdout.write("Письмо со сводом ждёт в базе: не задан SMTP_URL.\n");
      else {
        const sent = await deliverMail(database.pool, mailer.send, mailer.from);
        process.stdout.write(
          sent.failed === 0
            ? `Письмо со сводом отправлено (${sent.sent}).\n`
            : `Письмо со сводом не отправлено (почтовый сервер отказал); сервер региона повторит попытку.\n`,
        );
      }
    }
    return code;
  });
}
