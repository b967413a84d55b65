// Fetches a month's consolidated snapshot from getConsolidated and checks it with the shared RegionReport schema.
import * as z from "zod/mini";
import { RegionReport } from "../../shared/report/aggregate.ts";
import { MONTH } from "../../shared/report/municipalReport.ts";
import { monthName } from "../../shared/tables/kpiTable.ts";
import { errorText } from "./errors.ts";

export const REGION_ERROR_TEXT = {
  NO_URL:
    "Не указан адрес свода региона. Откройте вкладку «Регион» на панели «Маршрут» и укажите адрес свода, который сообщил региональный координатор (начинается с https://).",
  NO_KEY:
    "Не указан ключ региона. Откройте вкладку «Регион» на панели «Маршрут» и введите ключ, выданный региональному координатору.",
  BAD_MONTH: "Месяц свода указан неверно. Выберите месяц в виде ГГГГ-ММ, например 2026-11.",
  UNREACHABLE:
    "Не удалось связаться с сервером региона. Проверьте адрес свода на вкладке «Регион» и подключение к интернету, затем повторите загрузку.",
  TOO_LARGE:
    "Ответ сервера региона больше 50 МБ — столько Google не принимает за один запрос. Сообщите региональному координатору: свод за месяц так велик быть не должен.",
  NOT_JSON:
    "Сервер ответил не сводом. Проверьте адрес свода на вкладке «Регион» (его сообщает региональный координатор) и повторите загрузку.",
  INVALID: "Свод не загружен: ответ сервера не прошёл проверку",
} as const;
export type RegionErrorCode = keyof typeof REGION_ERROR_TEXT;

/** A failure of the «Регион» mode; its message is already the Russian sentence for the user. */
export class RegionError extends Error {
  constructor(
    readonly code: RegionErrorCode | "SERVER",
    message: string = code === "SERVER" ? "" : REGION_ERROR_TEXT[code],
  ) {
    super(message);
    this.name = "RegionError";
  }
}

export const isRegionError = (error: unknown): error is RegionError =>
  error instanceof Error && error.name === "RegionError" && "code" in error;

/** The JSON getConsolidated answers with (only what the add-on uses; other fields are ignored). */
export const ConsolidatedAnswer = z.object({
  month: z.optional(z.string()),
  revision: z.optional(z.int().check(z.gte(1))),
  latestRevision: z.optional(z.int().check(z.gte(1))),
  takenAt: z.optional(z.string()),
  regionName: z.optional(z.string()),
  report: RegionReport,
});
export type ConsolidatedAnswer = z.infer<typeof ConsolidatedAnswer>;

/** The server's own Russian `message` of an error answer, or a sentence with the HTTP status. */
function serverMessage(status: number, body: string): string {
  try {
    const json = JSON.parse(body) as { message?: unknown };
    if (typeof json.message === "string" && json.message.trim() !== "") return json.message;
  } catch {
    // Not JSON (a proxy's HTML page): the status says enough.
  }
  return `Сервер региона ответил ошибкой (код ${status}). Повторите загрузку позже; если ошибка повторяется, сообщите региональному координатору.`;
}

const pathText = (path: readonly PropertyKey[]) => path.map(String).join(".") || "весь ответ";

/** GET `url?month=…` with the regional key; the checked answer, or a RegionError with a Russian sentence. */
export function fetchConsolidated(url: string, key: string, month: string): ConsolidatedAnswer {
  if (!MONTH.test(month)) throw new RegionError("BAD_MONTH");
  if (!url) throw new RegionError("NO_URL");
  if (!key) throw new RegionError("NO_KEY");
  let status: number;
  let body: string;
  try {
    const response = UrlFetchApp.fetch(`${url}${url.includes("?") ? "&" : "?"}month=${month}`, {
      method: "get",
      headers: { Authorization: `Bearer ${key}` },
      muteHttpExceptions: true,
    });
    status = response.getResponseCode();
    body = response.getContentText();
  } catch (error) {
    // "URL Fetch response size: 50 MB / call" (https://developers.google.com/apps-script/guides/services/quotas).
    const tooLarge = /response size|too large/iu.test(errorText(error));
    throw new RegionError(tooLarge ? "TOO_LARGE" : "UNREACHABLE");
  }
  if (status !== 200) throw new RegionError("SERVER", serverMessage(status, body));
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new RegionError("NOT_JSON");
  }
  const parsed = ConsolidatedAnswer.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? ` (первое расхождение — поле ${pathText(first.path)})` : "";
    throw new RegionError(
      "INVALID",
      `${REGION_ERROR_TEXT.INVALID}${where}. Обновите дополнение «Маршрут» или сообщите региональному координатору.`,
    );
  }
  if (parsed.data.report.month !== month)
    throw new RegionError(
      "INVALID",
      `${REGION_ERROR_TEXT.INVALID}: прислан свод за ${monthName(parsed.data.report.month)} вместо ${monthName(month)}. Проверьте адрес свода на вкладке «Регион».`,
    );
  return parsed.data;
}
