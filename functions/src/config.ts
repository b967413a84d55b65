// The only reader of the functions' configuration: params and secrets (Secret Manager), read inside handlers only.
import { defineSecret, defineString } from "firebase-functions/params";
import { REGION_TIME_ZONE } from "../../shared/report/reportCalendar.ts";

/** Where the functions run: a deploy-time choice (Frankfurt, the closest region to Russia), not runtime config. */
export const FUNCTIONS_LOCATION = "europe-west3";
export const REGION_ID = defineString("REGION_ID", {
  default: "region",
  description: "Код региона латиницей: папка сводов в Cloud Storage, reports/<REGION_ID>/ГГГГ-ММ.xlsx",
});
export const REGION_NAME = defineString("REGION_NAME", {
  default: "",
  description: "Название региона для заголовков свода, например «Московская область»",
});
export const REPORT_RECIPIENTS = defineString("REPORT_RECIPIENTS", {
  default: "",
  description: "Адреса получателей ежемесячного свода через запятую (письмо через расширение Trigger Email)",
});
export const REPORTS_BUCKET = defineString("REPORTS_BUCKET", {
  default: "",
  description: "Бакет Cloud Storage для сводов; пусто — бакет проекта по умолчанию",
});
/** SHA-256 (hex) of the regional key; the key itself is given only to regional staff. */
export const REGIONAL_KEY_SHA256 = defineSecret("REGIONAL_KEY_SHA256");

/** Options every trigger shares. */
export const TRIGGER_OPTIONS = { region: FUNCTIONS_LOCATION, maxInstances: 5 } as const;
/**
 * HTTPS endpoints are called by Apps Script (UrlFetchApp) with our own keys, not with Google identities. Anyone
 * may send them up to 32 MB (https://cloud.google.com/functions/quotas), and the Functions Framework parses all of
 * it before a handler can refuse it: 32 MB of JSON empty arrays take ≈ 460 MiB of heap (≈ 660 MiB RSS) and ≈ 10 s
 * of CPU (test/functions/platformLimits.test.ts). So one request at a time per instance (`concurrency`, see
 * https://firebase.google.com/docs/reference/functions/2nd-gen/node/firebase-functions.https.httpsoptions) with room for it (`memory`).
 * docs/production.md says what stands in front of the functions.
 */
export const HTTP_OPTIONS = {
  ...TRIGGER_OPTIONS,
  invoker: "public",
  memory: "2GiB",
  concurrency: 1,
} as const;

export const SNAPSHOT_SCHEDULE = "0 6 1 * *";
/** The Moscow clock the region counts its months in (shared/report/reportCalendar.ts). */
export const SNAPSHOT_TIME_ZONE = REGION_TIME_ZONE;

export interface RuntimeConfig {
  readonly regionId: string;
  readonly regionName: string;
  readonly recipients: readonly string[];
  readonly bucket: string;
}

export const REGION_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/u;

/** Params as the handlers use them; `.value()` is empty when a param was never set, so defaults apply here. */
export function readConfig(): RuntimeConfig {
  const regionId = REGION_ID.value().trim().toLowerCase();
  return {
    regionId: REGION_ID_PATTERN.test(regionId) ? regionId : "region",
    regionName: REGION_NAME.value().trim(),
    recipients: REPORT_RECIPIENTS.value()
      .split(/[,;\s]+/u)
      .map((address) => address.trim())
      .filter((address) => address.includes("@")),
    bucket: REPORTS_BUCKET.value().trim(),
  };
}

/** The regional key's hash, or "" when the secret is not set (then every regional call is refused). */
export const regionalKeyHash = (): string => (REGIONAL_KEY_SHA256.value() ?? "").trim().toLowerCase();
