// `npm run bench`: every benchmark of the project in one table (validation, KPIs, routes, add-on, regional snapshot),
// then the command line: its start-up, the .xlsx readers and the side-by-side run against LibreOffice Calc.
import { captureStructuredLogs } from "../node/firebase/structuredLogs.ts";
import { benchAddon } from "./addon.ts";
import { benchDemand } from "./demand.ts";
import { stopBenchFunctions } from "./functionsContext.ts";
import { benchSideBySide, printSideBySide } from "./countifs/sideBySide.ts";
import { benchIom } from "./iom.ts";
import { benchKpi } from "./kpi.ts";
import { benchReaders, printReaders } from "./readers.ts";
import { benchSnapshot } from "./snapshot.ts";
import { benchStartup } from "./startup.ts";
import { benchValidate } from "./validate.ts";

type Row = Record<string, unknown>;

/** One shape for the summary: what was measured, its size, the time and any counts the goal is about. */
function line(bench: string, size: unknown, ms: unknown, extra = ""): Row {
  return { замер: bench, размер: size, мс: ms, примечание: extra };
}

async function main() {
  const table: Row[] = [];
  // The KPI bench first: it holds the largest heap, and the others' garbage would slow its collections.
  const kpi = await benchKpi();
  for (const r of kpi.rows)
    table.push(
      line(
        `kpi: ${r.step}`,
        `${r.staff} сотр., ${r.rows} строк`,
        r.ms,
        r.rowsPerSecond ? `${r.rowsPerSecond} строк/с` : "",
      ),
    );
  for (const r of benchDemand()) table.push(line(r.bench, r.size, r.ms, r.note));
  for (const r of benchValidate())
    table.push(line("validate (в памяти)", `${r.rows} строк`, r.ms, `${r.rowsPerSecond} строк/с`));
  for (const r of benchIom()) table.push(line(r.bench, `${r.people} чел.`, r.ms, `${r.routes} маршрутов`));
  const addon = await benchAddon();
  for (const a of addon.actions)
    table.push(
      line(
        `add-on: ${a.action}`,
        `${a.rows} строк`,
        a.ms,
        `вызовов Sheets ${a.sheetsCalls} (getValues ${a.getValues}, записей ${a.writes})`,
      ),
    );
  for (const c of addon.core)
    table.push(line(`add-on, ядро: ${c.step}`, `${addon.actions[0]?.rows ?? ""} строк`, c.ms));
  const snapshot = await captureStructuredLogs(() => benchSnapshot());
  for (const r of snapshot)
    table.push(
      line(
        `functions: ${r.bench}`,
        `${r.count}`,
        r.ms,
        `прочитано документов ${r.docsRead}, записано ${r.docsWritten}`,
      ),
    );
  table.push(...(await (await import("./personalData.ts")).personalDataTable()));
  await stopBenchFunctions();
  console.table(table);
  for (const note of kpi.notes) console.log(note);
  return benchCommandLine();
}

/** The command line (issue 14): start-up, the readers on one workbook, and marshrut kpi against LibreOffice Calc. */
async function benchCommandLine(): Promise<boolean> {
  console.log("\nmarshrut: время ответа (цель для --help < 150 мс)");
  console.table(await benchStartup());
  console.log("\nЧтение .xlsx (все читатели и размеры: npm run bench:readers)");
  printReaders(await benchReaders([2_000]));
  return printSideBySide(await benchSideBySide());
}

const goalsReached = await main();
process.exit(goalsReached ? 0 : 1);
