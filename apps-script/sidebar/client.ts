// Typed calls to the server through google.script.run: a renamed server function breaks the build, not the user.
import type * as Server from "../server/api.ts";
import { platformLimitText } from "../server/errors.ts";
import type * as Region from "../server/region.ts";

type Entries = typeof Server & typeof Region;
type Api = { [K in keyof Entries]: Entries[K] };
export type ServerName = keyof Api;

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

/**
 * The Russian sentence to show for a failed call: the server words its own errors; Google's own failures (an
 * execution stopped at 6 minutes, a value google.script.run refuses) reach the page in English.
 */
export function failureText(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  if (/[а-яё]/iu.test(text)) return text.replace(/^(Error|Exception|Ошибка):\s*/u, "");
  const limit = platformLimitText(text);
  if (limit) return limit;
  if (/network|failed to fetch|offline/iu.test(text))
    return "Нет связи с Google. Проверьте подключение к интернету и повторите.";
  return `Не удалось выполнить запрос${text ? ` (${text})` : ""}. Обновите страницу таблицы и повторите.`;
}

export function call<K extends ServerName>(
  name: K,
  ...args: Parameters<Api[K]>
): Promise<Awaited<ReturnType<Api[K]>>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as Awaited<ReturnType<Api[K]>>))
      .withFailureHandler((error) => reject(new Error(failureText(error))));
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
