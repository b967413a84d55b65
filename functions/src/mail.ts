// The notice to regional recipients: a `mail` document in the Trigger Email extension's format, with the workbook.
import type { RegionReport } from "../../shared/report/aggregate.ts";
import { formatValue, monthName, statusOf } from "../../shared/tables/kpiTable.ts";
import type { MailDoc } from "./documents.ts";

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/gu,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

function kpiRows(report: RegionReport): string {
  return report.region.kpis
    .map((kpi) => {
      const kind = kpi.id === "K6" ? "count" : "share";
      const value =
        kpi.value === null ? null : kind === "share" ? Math.round(kpi.value * 1000) / 10 : kpi.value;
      return `<tr><td>${kpi.id}</td><td>${escapeHtml(kpi.title)}</td><td>${formatValue(value, kind)}</td><td>${statusOf(kpi)}</td></tr>`;
    })
    .join("");
}

export const workbookFileName = (month: string, revision: number) =>
  revision === 1 ? `svod-${month}.xlsx` : `svod-${month}-r${revision}.xlsx`;

export interface SnapshotMailInput {
  readonly recipients: readonly string[];
  readonly regionName: string;
  readonly report: RegionReport;
  readonly revision: number;
  readonly workbookPath: string;
  /** Where the workbook is kept («в Cloud Storage», «на сервере региона»). */
  readonly storagePlace?: string;
  /** Municipalities whose stored report could not be read: left out, asked to send it again. */
  readonly unreadable?: readonly string[];
  readonly workbook: Uint8Array;
}

export function snapshotMail(input: SnapshotMailInput): MailDoc {
  const { report, revision } = input;
  const month = monthName(report.month);
  const total = report.municipalities.length + report.missing.length;
  const region = input.regionName ? `${input.regionName}: с` : "С";
  const missing =
    report.missing.length === 0
      ? "<p>Отчёты прислали все муниципалитеты.</p>"
      : `<p>Нет данных от: ${report.missing.map((m) => escapeHtml(m.name)).join(", ")}.</p>`;
  const unreadable = input.unreadable?.length
    ? `<p>Не прочитаны сохранённые отчёты (записаны прежней версией сервера, в свод не вошли): ${input.unreadable.map(escapeHtml).join(", ")}. Попросите эти муниципалитеты отправить отчёт заново.</p>`
    : "";
  const revisionNote =
    revision === 1
      ? ""
      : `<p>Это редакция ${revision}: после фиксации свода пришли новые или исправленные отчёты.</p>`;
  return {
    to: [...input.recipients],
    message: {
      subject: `${region}вод по муниципалитетам за ${month}${revision === 1 ? "" : ` (редакция ${revision})`}`,
      html: [
        `<p>${region}вод по муниципалитетам за ${month} сформирован.</p>`,
        revisionNote,
        `<p>Отчитались ${report.municipalities.length} из ${total}.</p>`,
        missing,
        unreadable,
        `<table border="1" cellpadding="4" cellspacing="0"><tr><th>Код</th><th>Показатель</th><th>Регион</th><th>Статус</th></tr>${kpiRows(report)}</table>`,
        `<p>Книга приложена к письму и сохранена ${escapeHtml(input.storagePlace ?? "в Cloud Storage")}: ${escapeHtml(input.workbookPath)}.</p>`,
      ].join(""),
      attachments: [
        {
          filename: workbookFileName(report.month, revision),
          content: Buffer.from(input.workbook).toString("base64"),
          encoding: "base64",
        },
      ],
    },
  };
}
