// `marshrut region serve`: starts the self-hosted regional server from the environment, says in Russian what it runs
// with, and stops cleanly on SIGTERM (systemd) or Ctrl+C.
import { readConfig, regionalKeyHash } from "../../functions/src/config.ts";
import { readServerConfig, type ServerConfig } from "../region/config.ts";
import { shownAddress } from "../region/database.ts";
import { startRegionServer } from "../region/regionServer.ts";
import { UsageError } from "./errors.ts";

const pad = (n: number) => String(n).padStart(2, "0");

function describe(config: ServerConfig, url: string, migrated: readonly number[]): string[] {
  const { regionId, regionName, recipients } = readConfig();
  const mail =
    recipients.length === 0
      ? "не отправляется: REPORT_RECIPIENTS пуст"
      : config.smtpUrl
        ? `через ${new URL(config.smtpUrl).host} для ${recipients.join(", ")}`
        : `не отправляется: не задан SMTP_URL (письма ждут в базе и уйдут, когда он будет задан)`;
  return [
    `Сервер региона «${regionName || regionId}» работает: ${url} (/submitReport, /refreshSnapshot, /getConsolidated)`,
    `  база: ${shownAddress(config.databaseUrl)}${migrated.length ? ` (применены миграции: ${migrated.join(", ")})` : ""}`,
    `  книги свода: ${config.dataDir}`,
    config.snapshotTime
      ? `  ежемесячный свод: 1-го числа в ${pad(config.snapshotTime.hour)}:${pad(config.snapshotTime.minute)} по Москве`
      : "  ежемесячный свод: по расписанию сервера не снимается (SNAPSHOT_TIME=off) — запускайте marshrut region snapshot по cron",
    `  письмо со сводом: ${mail}`,
    regionalKeyHash()
      ? "  ключ региона: задан"
      : "  ключ региона: не задан REGIONAL_KEY_SHA256 — запросы свода будут отклонены (marshrut region key)",
  ];
}

export async function serveCommand(argv: readonly string[]): Promise<number> {
  if (argv.length > 0)
    throw new UsageError(
      "У region serve нет параметров: настройки задаются переменными окружения (docs/self-hosted.md).",
    );
  const config = readServerConfig();
  const region = await startRegionServer(config);
  process.stdout.write(`${describe(config, region.url, region.database.migrated).join("\n")}\n`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGTERM", resolve);
    process.once("SIGINT", resolve);
  });
  process.stdout.write(`Получен ${signal}: сервер останавливается, начатые запросы завершаются.\n`);
  await region.stop();
  return 0;
}
