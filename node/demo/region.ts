// The regional part of the demo: the functions on the embedded emulator receive each report and freeze the month.
import { writeFile } from "node:fs/promises";
import type { RegionReport } from "../../shared/report/aggregate.ts";
import type { MunicipalReport } from "../../shared/report/municipalReport.ts";
import { startLocalRegion } from "../firebase/localRegion.ts";

export interface Submission {
  readonly report: MunicipalReport;
  readonly status: number;
  readonly message: string;
}

export interface RegionOutcome {
  readonly submissions: Submission[];
  readonly report: RegionReport;
  readonly revision: number;
  readonly documents: number;
}

async function postReport(url: string, key: string, report: MunicipalReport): Promise<Submission> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
    body: JSON.stringify(report),
  });
  const body = (await response.json()) as { message?: string };
  return { report, status: response.status, message: body.message ?? "" };
}

/**
 * Registers the municipalities, submits their reports over HTTP with their keys, runs the monthly schedule on
 * the 1st of the next month and fetches the consolidated workbook into `svodPath`. Stops everything it started.
 */
export async function runRegion(
  reports: readonly MunicipalReport[],
  options: {
    storageDir: string;
    svodPath: string;
    scheduleTime: string;
    /** Municipalities registered that send nothing this month (shown as «нет данных»). */
    silent?: readonly { code: string; name: string }[];
  },
): Promise<RegionOutcome> {
  const region = await startLocalRegion({
    storageDir: options.storageDir,
    now: () => new Date(options.scheduleTime),
  });
  try {
    for (const { code, name } of options.silent ?? []) await region.register(code, name);
    const submissions: Submission[] = [];
    for (const report of reports) {
      const key = await region.register(report.code, report.name);
      submissions.push(await postReport(region.submitReportUrl, key, report));
    }
    await region.runMonthlySnapshot(options.scheduleTime);
    const month = reports[0]!.month;
    const headers = { Authorization: `Bearer ${region.regionalKey}` };
    const json = (await (await fetch(`${region.getConsolidatedUrl}?month=${month}`, { headers })).json()) as {
      revision: number;
      report: RegionReport;
    };
    const xlsx = await fetch(`${region.getConsolidatedUrl}?month=${month}&format=xlsx`, { headers });
    if (!xlsx.ok) throw new Error(`getConsolidated ответил ${xlsx.status}`);
    await writeFile(options.svodPath, new Uint8Array(await xlsx.arrayBuffer()));
    return {
      submissions,
      report: json.report,
      revision: json.revision,
      documents: region.emulator.documents().length,
    };
  } finally {
    await region.stop();
  }
}
