// `marshrut kpi <book.xlsx> [--date D] [--json] [--out показатели.xlsx]`: the indicators of spec §5 (--out: with «Показатели по ОО»).
import { prettifyError } from "zod/mini";
import { readBook } from "../../shared/book.ts";
import { computeKpis } from "../../shared/kpi/compute.ts";
import { kpiContext } from "../../shared/kpi/context.ts";
import { KpiReport, specKpiDocument } from "../../shared/kpi/definitions.ts";
import { isMissingSheet } from "../../shared/validation/finding.ts";
import { readWorkbook } from "../xlsx/readWorkbook.ts";
import { oneFile, printJson, type CommonArgs } from "./args.ts";
import { MissingSheetsError } from "./errors.ts";
import { phaseTimings } from "./phaseTimings.ts";

export async function kpiCommand(args: CommonArgs): Promise<number> {
  const file = oneFile(args, "kpi");
  const timings = phaseTimings();
  const sheets = await readWorkbook(file);
  timings.mark("чтение");
  const book = readBook(sheets, { reportDate: args.date });
  timings.mark("проверка строк");
  // Without them every figure is «нет данных» or a share of nothing: a wrong file, not a report.
  const missing = book.findings.filter(isMissingSheet);
  if (missing.length > 0) throw new MissingSheetsError(file, missing);
  const context = kpiContext(book);
  timings.mark("маршруты и сотрудники");
  const checked = KpiReport.safeParse(computeKpis(book, context));
  timings.mark("показатели");
  if (!checked.success) throw new Error(`отчёт не соответствует схеме: ${prettifyError(checked.error)}`);
  const report = checked.data;
  if (args.json && !args.out) {
    printJson(specKpiDocument(report));
    timings.mark("вывод");
    timings.report();
    return 0;
  }
  // The table and the workbook are loaded only when asked for: `kpi --json` starts without their modules.
  const { kpiText, writeKpiOut } = await import("./kpiOutputs.ts");
  if (args.out) await writeKpiOut(args.out, report, context);
  if (args.json) printJson(specKpiDocument(report));
  else process.stdout.write(`${kpiText(report)}\n`);
  timings.mark("вывод");
  timings.report();
  return 0;
}
