// `marshrut send <book.xlsx> --url <…/submitReport> --key <key> [--date D] [--json]`: the month's report built from the
// workbook exactly as the add-on builds it (counts only), sent to the region; exit 0 accepted, 1 refused, 2 no answer.
import { basename } from "node:path";
import { readBook } from "../../shared/book.ts";
import { monthOf, russianDate } from "../../shared/dates.ts";
import { computeMunicipalFigures } from "../../shared/kpi/compute.ts";
import {
  buildMunicipalReport,
  type MunicipalReport,
  reportMoment,
} from "../../shared/report/municipalReport.ts";
import { outgoingReport } from "../../shared/report/outgoingReport.ts";
import { monthName } from "../../shared/tables/kpiTable.ts";
import { countBySeverity, isMissingSheet } from "../../shared/validation/finding.ts";
import { readWorkbook } from "../xlsx/readWorkbook.ts";
import { printJson } from "./args.ts";
import { MissingSheetsError, UsageError } from "./errors.ts";
import { checkedDate, parseOwnArgs } from "./ownArgs.ts";

const USAGE =
  "Использование: marshrut send <книга.xlsx> --url <адрес submitReport> --key <ключ муниципалитета> [--date ГГГГ-ММ-ДД] [--json]";
/** How long the region's server has to answer. */
const TIMEOUT_MS = 60_000;

/** The report the add-on would send for this workbook on `date` (its settings give the code and the name). */
export function reportFromBook(
  sheets: Parameters<typeof readBook>[0],
  file: string,
  date?: string,
): MunicipalReport {
  const book = readBook(sheets, { reportDate: date });
  // Without them every figure is «нет данных» or a share of nothing: a wrong file, not a report to send.
  const missing = book.findings.filter(isMissingSheet);
  if (missing.length > 0) throw new MissingSheetsError(file, missing);
  const code = book.settings.municipalityCode?.trim();
  const name = book.settings.municipalityName?.trim();
  if (!code || !name)
    throw new UsageError(
      `В книге «${basename(file)}» не указаны ${code ? "наименование" : "код"} муниципалитета. Добавьте на лист «Настройки» строки «Код муниципалитета» и «Муниципалитет» (код выдаёт регион вместе с ключом).`,
    );
  const { kpis, demand } = computeMunicipalFigures(book);
  // The moment it is made: a later run's figures replace an earlier run's, even for the same report date.
  const report = buildMunicipalReport(
    code,
    name,
    monthOf(book.reportDate),
    kpis,
    demand,
    reportMoment(new Date()),
  );
  const checked = outgoingReport(report);
  if (!checked.ok)
    throw new UsageError(`Книга «${basename(file)}»: отчёт не сформирован. ${checked.message}`);
  const { errors } = countBySeverity(book.findings);
  if (errors > 0)
    process.stderr.write(
      `В книге ошибок: ${errors}; строки с ошибками не вошли в показатели (подробно: marshrut validate «${basename(file)}»).\n`,
    );
  return checked.report;
}

interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown> | undefined;
}

async function post(url: string, key: string, report: MunicipalReport): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
    body: JSON.stringify(report),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const text = await response.text();
  let body: Record<string, unknown> | undefined;
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed !== null && typeof parsed === "object") body = parsed as Record<string, unknown>;
  } catch {
    body = undefined;
  }
  return { status: response.status, body };
}

function destination(url: string | undefined): URL {
  if (!url) throw new UsageError(`Укажите адрес сервера региона: --url https://…/submitReport. ${USAGE}`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(
      `Адрес «${url}» не похож на адрес сервера. Укажите его полностью: --url https://…/submitReport.`,
    );
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    throw new UsageError(`Адрес «${url}» должен начинаться с https://.`);
  return parsed;
}

const isLocal = (url: URL) => ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);

export async function sendCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseOwnArgs(
    argv,
    { url: { type: "string" }, key: { type: "string" }, date: { type: "string" }, json: { type: "boolean" } },
    USAGE,
  );
  if (positionals.length !== 1) throw new UsageError(`Укажите одну книгу. ${USAGE}`);
  const url = destination(values.url);
  const key = values.key ?? process.env.MUNICIPALITY_KEY;
  if (!key)
    throw new UsageError(
      `Укажите ключ муниципалитета: --key <ключ> (или переменная окружения MUNICIPALITY_KEY). ${USAGE}`,
    );
  const file = positionals[0]!;
  const report = reportFromBook(await readWorkbook(file), file, checkedDate(values.date));
  if (url.protocol === "http:" && !isLocal(url))
    process.stderr.write("Внимание: адрес без https — ключ и отчёт уйдут по сети незашифрованными.\n");
  if (!values.json)
    process.stdout.write(
      `Отчёт «${report.code}» за ${monthName(report.month)} на ${russianDate(report.reportDate)} отправляется на ${url.origin}…\n`,
    );
  let answer: Answer;
  try {
    answer = await post(url.href, key, report);
  } catch (error) {
    const reason =
      error instanceof Error && error.name === "TimeoutError"
        ? "нет ответа за минуту"
        : String((error as Error).cause ?? error);
    process.stderr.write(
      `Сервер региона не ответил (${url.origin}): ${reason}. Проверьте адрес и подключение и отправьте снова.\n`,
    );
    return 2;
  }
  return printAnswer(answer, values.json ?? false);
}

/** The server's own sentence (it is Russian), its issues one per line; the exit code by the answer. */
function printAnswer({ status, body }: Answer, json: boolean): number {
  const code = status === 200 || status === 201 ? 0 : status >= 400 && status < 500 && body ? 1 : 2;
  if (json) {
    printJson({ httpStatus: status, ...(body ?? {}) });
    return code;
  }
  const message =
    typeof body?.message === "string" ? body.message : `Сервер региона ответил HTTP ${status} без пояснения.`;
  if (code === 0) {
    process.stdout.write(`${message}\n`);
    return 0;
  }
  const issues = Array.isArray(body?.issues) ? (body.issues as { path?: string; message?: string }[]) : [];
  const lines = [
    `Отчёт не принят (HTTP ${status}): ${message}`,
    ...issues.map((i) => `  ${i.path ? `${i.path}: ` : ""}${i.message}`),
  ];
  if (code === 2) lines.push("Сервер не смог обработать отчёт; повторите отправку позже.");
  process.stderr.write(`${lines.join("\n")}\n`);
  return code;
}
