// Reports waiting to reach the region: kept in document properties until the server accepts them, never dropped.
import * as z from "zod/mini";
import type { MunicipalReport } from "../../shared/report/municipalReport.ts";
import { errorText } from "./errors.ts";
import { getJson, jsonKeys, putJson, removeJson } from "./store.ts";

export const OutboxEntry = z.object({
  month: z.string(),
  report: z.record(z.string(), z.unknown()),
  createdAt: z.number(),
  attempts: z.int().check(z.gte(0)),
  lastAttempt: z.nullable(z.number()),
  /** The server's or the network's last answer, in Russian. */
  lastError: z.nullable(z.string()),
  /** False after an answer that retrying cannot change (a wrong key, an invalid report): resent only by hand. */
  retry: z.boolean(),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

export interface Answer {
  readonly month: string;
  readonly ok: boolean;
  /** HTTP status, or 0 when the server was not reached. */
  readonly status: number;
  readonly message: string;
  readonly revision: number | null;
}

const key = (month: string) => `outbox.${month}`;

/** Keeps the month's report, replacing an older unsent one of the same month (the newer figures win). */
export function keep(report: MunicipalReport, now: number): void {
  const entry: OutboxEntry = {
    month: report.month,
    report,
    createdAt: now,
    attempts: 0,
    lastAttempt: null,
    lastError: null,
    retry: true,
  };
  putJson(key(report.month), entry);
}

export function entries(): OutboxEntry[] {
  return jsonKeys("outbox.")
    .map((k) => OutboxEntry.safeParse(getJson(k)))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
    .sort((a, b) => (a.month < b.month ? -1 : 1));
}

const answerOf = (
  status: number,
  body: string,
): { message: string; revision: number | null; error: string | null } => {
  try {
    const json = JSON.parse(body) as { message?: unknown; revision?: unknown; error?: unknown };
    return {
      message: typeof json.message === "string" ? json.message : `Сервер региона ответил кодом ${status}.`,
      revision: typeof json.revision === "number" ? json.revision : null,
      error: typeof json.error === "string" ? json.error : null,
    };
  } catch {
    return { message: `Сервер региона ответил кодом ${status}.`, revision: null, error: null };
  }
};

/**
 * Answers retrying may change: overload, conflicts, server errors. Not the month's revision limit (429
 * «too-many-revisions»): the region takes no more reports of that month, so the report waits for the methodist.
 */
const retryable = (status: number, error: string | null) =>
  status === 0 ||
  status === 408 ||
  status === 409 ||
  (status === 429 && error !== "too-many-revisions") ||
  status >= 500;

/**
 * A report older than the one the region holds for its month (409 «older», the server names both report dates):
 * resending can never succeed, the region already has newer figures — the report leaves the outbox with its answer.
 */
const superseded = (status: number, error: string | null) => status === 409 && error === "older";

/** Sends kept reports (all, or only the retryable ones); accepted ones leave the outbox, the others stay. */
export function flush(endpoint: string, apiKey: string, onlyRetryable: boolean, now: () => number): Answer[] {
  const answers: Answer[] = [];
  for (const entry of entries()) {
    if (onlyRetryable && !entry.retry) continue;
    let status = 0;
    let body: string;
    try {
      const response = UrlFetchApp.fetch(endpoint, {
        method: "post",
        contentType: "application/json",
        payload: JSON.stringify(entry.report),
        headers: { Authorization: `Bearer ${apiKey}` },
        muteHttpExceptions: true,
      });
      status = response.getResponseCode();
      body = response.getContentText();
    } catch (error) {
      body = JSON.stringify({
        message: `Сервер региона недоступен (${errorText(error)}). Отчёт сохранён и будет отправлен повторно.`,
      });
    }
    const { message, revision, error } = answerOf(status, body);
    const ok = status === 200 || status === 201;
    answers.push({ month: entry.month, ok, status, message, revision });
    if (ok || superseded(status, error)) removeJson(key(entry.month));
    else
      putJson(key(entry.month), {
        ...entry,
        attempts: entry.attempts + 1,
        lastAttempt: now(),
        lastError: message,
        retry: retryable(status, error),
      });
  }
  return answers;
}
