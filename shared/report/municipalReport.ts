// The monthly report a municipality sends to the region: aggregates only (spec §6), a strict schema, built from a KpiReport.
import * as z from "zod/mini";
import { ISO_DATE, isoDate, monthOf } from "../dates.ts";
import { CoverageRow, KPI_IDS, KpiResult, type KpiReport } from "../kpi/definitions.ts";
import type { DemandFigures } from "../kpi/demand.ts";
import { fitDemand } from "./demandCaps.ts";
import { Count, FORMULA_LIKE, MAX_COUNT } from "./bounds.ts";
import { checkDemandTotals, DemandList, ProgrammeList } from "./demandReport.ts";

export { FORMULA_LIKE, MAX_COUNT } from "./bounds.ts";

/** A municipality code as written in «Настройки»: letters, digits, «_» and «-» (it is part of document ids and keys). */
export const MUNICIPALITY_CODE = /^[\p{L}\p{N}_-]{1,40}$/u;
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/u;

const realDate = (date: string) =>
  isoDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))) !== undefined;

export const MunicipalityCode = z.string().check(
  z.regex(MUNICIPALITY_CODE, {
    error: "код муниципалитета — от 1 до 40 букв, цифр, «_» или «-» (без пробелов и точек)",
  }),
);
export const Month = z
  .string()
  .check(z.regex(MONTH, { error: "месяц указывается в виде ГГГГ-ММ, например 2026-11" }));
export const ReportDate = z
  .string()
  .check(
    z.regex(ISO_DATE, { error: "дата указывается в виде ГГГГ-ММ-ДД, например 2026-11-30" }),
    z.refine(realDate, { error: "такой даты нет в календаре" }),
  );
const FORMULA_LIKE_NAME =
  "наименование не может начинаться с «=», «+», «-» или «@» и содержать табуляцию или переводы строк (таблица прочла бы его как формулу); напишите его словами";
export const MunicipalityName = z.string().check(
  z.trim(),
  z.minLength(1, { error: "укажите наименование муниципалитета" }),
  z.maxLength(200, { error: "наименование муниципалитета длиннее 200 символов" }),
  z.refine((name) => !FORMULA_LIKE.test(name), { error: FORMULA_LIKE_NAME }),
);

const KpiEntry = z.strictObject({
  ...KpiResult.shape,
  title: z.string().check(z.maxLength(300)),
  numerator: Count,
  denominator: Count,
  target: z.number().check(z.gte(0), z.lte(MAX_COUNT)),
});

/** Each indicator exactly once, numerator never above its denominator. */
const Kpis = z.array(KpiEntry).check(
  z.maxLength(2 * KPI_IDS.length),
  z.superRefine((kpis, ctx) => {
    const seen = new Set<string>();
    kpis.forEach((kpi, index) => {
      if (seen.has(kpi.id))
        ctx.addIssue({ code: "custom", path: [index, "id"], message: `показатель ${kpi.id} указан дважды` });
      seen.add(kpi.id);
      if (kpi.numerator > kpi.denominator)
        ctx.addIssue({
          code: "custom",
          path: [index, "numerator"],
          message: `у показателя ${kpi.id} числитель (${kpi.numerator}) больше знаменателя (${kpi.denominator})`,
        });
    });
    const absent = KPI_IDS.filter((id) => !seen.has(id));
    if (absent.length > 0)
      ctx.addIssue({ code: "custom", path: [], message: `нет показателей: ${absent.join(", ")}` });
  }),
);

export const MunicipalReport = z
  .strictObject({
    code: MunicipalityCode,
    name: MunicipalityName,
    month: Month,
    reportDate: ReportDate,
    /** Rows with errors left out of every figure. */
    excludedRows: Count,
    kpis: Kpis,
    monthly: z
      .array(z.strictObject({ month: Month, developed: Count, implemented: Count }))
      .check(z.maxLength(24)),
    coverage: z
      .array(z.strictObject({ ...CoverageRow.shape, withDeficit: Count, withIom: Count }))
      .check(z.maxLength(6)),
    /** Of K2's numerator, those diagnosed in the academic year (absent in reports of earlier versions). */
    k2Diagnosed: z.optional(Count),
    /** Demand for courses (absent in reports of earlier versions: the region lists such municipalities). */
    demand: z.optional(DemandList),
    programmes: z.optional(ProgrammeList),
  })
  .check(
    z.superRefine((report, ctx) => {
      if (monthOf(report.reportDate) !== report.month)
        ctx.addIssue({
          code: "custom",
          path: ["reportDate"],
          message: `дата отчёта ${report.reportDate} не относится к месяцу ${report.month}`,
        });
      checkDemandTotals(report, ctx);
      const k2 = report.kpis.find((kpi) => kpi.id === "K2");
      if (report.k2Diagnosed !== undefined && k2 && report.k2Diagnosed > k2.numerator)
        ctx.addIssue({
          code: "custom",
          path: ["k2Diagnosed"],
          message: `прошедших диагностику среди владельцев ИОМ (${report.k2Diagnosed}) больше, чем владельцев ИОМ в K2 (${k2.numerator})`,
        });
    }),
  );
export type MunicipalReport = z.infer<typeof MunicipalReport>;

/** A report serialised stays under the server's 64 KB limit (MAX_REPORT_BYTES in functions/src/config.ts). */
export const REPORT_BYTES_BUDGET = 60 * 1024;

/**
 * The report of one municipality for `month` from its computed KPIs and, when given, its demand for courses
 * (capped to fit REPORT_BYTES_BUDGET, «прочие» keeping the totals); only aggregates are copied.
 */
export function buildMunicipalReport(
  code: string,
  name: string,
  month: string,
  report: KpiReport,
  demand?: DemandFigures,
): MunicipalReport {
  const base = kpiPart(code, name, month, report);
  if (!demand) return base;
  return fitDemand(demand, REPORT_BYTES_BUDGET, (capped) => ({
    ...base,
    demand: capped.demand.map(({ group, subject, withDeficit, withIom, done }) => ({
      group,
      subject,
      withDeficit,
      withIom,
      done,
    })),
    programmes: capped.programmes.map(({ code, title, type, federal, planned, inProgress, done }) => ({
      code,
      ...(title === undefined ? {} : { title }),
      type,
      federal,
      planned,
      inProgress,
      done,
    })),
  }));
}

function kpiPart(code: string, name: string, month: string, report: KpiReport): MunicipalReport {
  return {
    code,
    name,
    month,
    reportDate: report.reportDate,
    excludedRows: report.excludedRows,
    kpis: report.kpis.map((kpi) => ({
      id: kpi.id,
      title: kpi.title,
      numerator: kpi.numerator,
      denominator: kpi.denominator,
      value: kpi.value,
      target: kpi.target,
      met: kpi.met,
    })),
    monthly: report.monthly.map(({ month, developed, implemented }) => ({ month, developed, implemented })),
    coverage: report.coverage.map(({ group, withDeficit, withIom }) => ({ group, withDeficit, withIom })),
    ...(report.k2Diagnosed === undefined ? {} : { k2Diagnosed: report.k2Diagnosed }),
  };
}
