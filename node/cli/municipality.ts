// One municipal workbook of `marshrut consolidate`: read, checked and summed up as the report it sends (spec §6).
import { basename } from "node:path";
import { readBook } from "../../shared/book.ts";
import { lastDayOfMonth } from "../../shared/dates.ts";
import { computeMunicipalFigures } from "../../shared/kpi/compute.ts";
import type { KpiReport } from "../../shared/kpi/definitions.ts";
import { checkMunicipalReport } from "../../shared/report/checkReport.ts";
import { buildMunicipalReport, type MunicipalReport } from "../../shared/report/municipalReport.ts";
import { readWorkbook } from "../xlsx/readWorkbook.ts";
import { UsageError } from "./errors.ts";

export interface Municipality {
  readonly file: string;
  readonly report: MunicipalReport;
  readonly hasData: boolean;
}

/** A workbook lacks data when every indicator has a zero denominator (no staff, no organisations). */
const hasData = (report: KpiReport) => report.kpis.some((kpi) => kpi.denominator > 0);

export async function readMunicipality(file: string, month: string): Promise<Municipality> {
  const book = readBook(await readWorkbook(file), { reportDate: lastDayOfMonth(month) });
  const code = book.settings.municipalityCode?.trim();
  if (!code)
    throw new UsageError(
      `В книге «${basename(file)}» не указан код муниципалитета. Добавьте на лист «Настройки» строку «Код муниципалитета» со значением.`,
    );
  const name = book.settings.municipalityName?.trim() || code;
  const { kpis, demand } = computeMunicipalFigures(book);
  const checked = checkMunicipalReport(buildMunicipalReport(code, name, month, kpis, demand));
  if (!checked.ok)
    throw new UsageError(
      `Книга «${basename(file)}»: отчёт не сформирован. ${checked.issues.map((issue) => issue.message).join(" ")}`,
    );
  return { file, report: checked.report, hasData: hasData(kpis) };
}
