// The only reader of the self-hosted server's environment: every setting with its default and its Russian description
// (docs/self-hosted.md shows the same table). REGION_ID, REGION_NAME, REPORT_RECIPIENTS and REGIONAL_KEY_SHA256 are
// the Cloud Functions' params of the same names, which the shared handlers read from the environment themselves.
import { resolve } from "node:path";
import { REGION_ID_PATTERN } from "../../functions/src/config.ts";

export interface Setting {
  readonly name: string;
  /** The default, as the table shows it; "" when there is none. */
  readonly byDefault: string;
  readonly description: string;
}

export const SETTINGS: readonly Setting[] = [
  {
    name: "DATABASE_URL",
    byDefault: "",
    description:
      "Адрес базы PostgreSQL 15+, например postgres://marshrut:пароль@127.0.0.1:5432/marshrut (обязательно)",
  },
  { name: "PORT", byDefault: "8080", description: "Порт HTTP-сервера" },
  {
    name: "HOST",
    byDefault: "0.0.0.0",
    description: "Адрес, на котором слушает сервер; 127.0.0.1 — только для прокси на той же машине",
  },
  {
    name: "REGIONAL_KEY_SHA256",
    byDefault: "",
    description: "SHA-256 ключа региона (выдаёт marshrut region key); без него запросы свода отклоняются",
  },
  {
    name: "REGION_ID",
    byDefault: "region",
    description: "Код региона латиницей: папка сводов reports/<REGION_ID>/",
  },
  { name: "REGION_NAME", byDefault: "", description: "Название региона в заголовках свода и письма" },
  {
    name: "MARSHRUT_DATA_DIR",
    byDefault: "./marshrut-data",
    description: "Папка для книг свода (reports/<REGION_ID>/ГГГГ-ММ/svod-ГГГГ-ММ.xlsx)",
  },
  {
    name: "REPORT_RECIPIENTS",
    byDefault: "",
    description: "Адреса получателей ежемесячного письма со сводом через запятую",
  },
  {
    name: "SMTP_URL",
    byDefault: "",
    description: "Почтовый сервер для письма: smtps://логин:пароль@smtp.example.ru:465 или smtp://…:587",
  },
  {
    name: "MAIL_FROM",
    byDefault: "",
    description: "Адрес отправителя письма; по умолчанию — логин из SMTP_URL",
  },
  {
    name: "SNAPSHOT_TIME",
    byDefault: "06:00",
    description:
      "Время ежемесячного свода по Москве (1-го числа, ЧЧ:ММ); off — свод только по cron (region snapshot)",
  },
];

export interface ServerConfig {
  readonly databaseUrl: string;
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly smtpUrl?: string;
  readonly mailFrom?: string;
  /** The monthly snapshot's time on the 1st (Moscow), or undefined when only cron takes it. */
  readonly snapshotTime?: { readonly hour: number; readonly minute: number };
}

/** A setting with a value the server cannot use: named, with what it must be. */
export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(message);
  }
}

type Env = Readonly<Record<string, string | undefined>>;
const value = (env: Env, name: string) => env[name]?.trim() ?? "";

/** A setting's value, else its default as SETTINGS shows it (the table and the server cannot disagree). */
function valueOrDefault(env: Env, name: string): string {
  const setting = SETTINGS.find((s) => s.name === name);
  if (!setting?.byDefault) throw new Error(`${name} has no default in SETTINGS`);
  return value(env, name) || setting.byDefault;
}

/** The database's address alone (the region commands need nothing else). */
export function databaseUrl(env: Env = process.env): string {
  const url = value(env, "DATABASE_URL");
  if (!url)
    throw new ConfigError(
      "DATABASE_URL",
      "Не задан DATABASE_URL — адрес базы PostgreSQL, например DATABASE_URL=postgres://marshrut:пароль@127.0.0.1:5432/marshrut.",
    );
  if (!/^postgres(ql)?:\/\//u.test(url))
    throw new ConfigError("DATABASE_URL", "DATABASE_URL должен начинаться с postgres:// или postgresql://.");
  return url;
}

function snapshotTime(text: string): ServerConfig["snapshotTime"] {
  if (text.toLowerCase() === "off") return undefined;
  const match = /^([01]?\d|2[0-3]):([0-5]\d)$/u.exec(text);
  if (!match)
    throw new ConfigError(
      "SNAPSHOT_TIME",
      `SNAPSHOT_TIME «${text}» — не время ЧЧ:ММ. Укажите, например, SNAPSHOT_TIME=06:00 или off.`,
    );
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The server's settings, checked; the first unusable one is a ConfigError with a Russian sentence. */
export function readServerConfig(env: Env = process.env): ServerConfig {
  const port = Number(valueOrDefault(env, "PORT"));
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new ConfigError("PORT", `PORT «${value(env, "PORT")}» — не номер порта (0–65535).`);
  const regionId = value(env, "REGION_ID");
  if (regionId && !REGION_ID_PATTERN.test(regionId))
    throw new ConfigError(
      "REGION_ID",
      `REGION_ID «${regionId}» не подходит: строчные латинские буквы, цифры, «_» и «-», до 40 знаков.`,
    );
  const keyHash = value(env, "REGIONAL_KEY_SHA256");
  if (keyHash && !/^[0-9a-fA-F]{64}$/u.test(keyHash))
    throw new ConfigError(
      "REGIONAL_KEY_SHA256",
      "REGIONAL_KEY_SHA256 — это 64 шестнадцатеричных знака, которые печатает marshrut region key (а не сам ключ).",
    );
  const smtpUrl = value(env, "SMTP_URL");
  if (smtpUrl && !/^smtps?:\/\//u.test(smtpUrl))
    throw new ConfigError("SMTP_URL", "SMTP_URL должен начинаться с smtp:// или smtps://.");
  return {
    databaseUrl: databaseUrl(env),
    port,
    host: valueOrDefault(env, "HOST"),
    dataDir: resolve(valueOrDefault(env, "MARSHRUT_DATA_DIR")),
    ...(smtpUrl ? { smtpUrl } : {}),
    ...(value(env, "MAIL_FROM") ? { mailFrom: value(env, "MAIL_FROM") } : {}),
    snapshotTime: snapshotTime(valueOrDefault(env, "SNAPSHOT_TIME")),
  };
}
