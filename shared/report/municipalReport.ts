// The monthly report a municipality sends to the region: aggregates only (spec §6), a strict schema, built from a KpiReport.
import * as z from "zod/mini";
import { ISO_DATE, isoDate, monthOf } from "../dates.ts";
import { CoverageRow, KPI_IDS, KpiResult, type KpiReport } from "../kpi/definitions.ts";
import type { DemandFigures } from "../kpi/demand.ts";
import { fitDemand } from "./demandCaps.ts";
import { Count, MAX_COUNT, StoredText } from "./bounds.ts";
import { checkDemandTotals, DemandList, ProgrammeList } from "./demandReport.ts";

export { MAX_COUNT } from "./bounds.ts";

/**
 * A municipality code as written in «Настройки»: a Latin letter, then letters, digits, «_» and «-». It is part of
 * document ids and keys, so it can never be a reserved id (`__…__`) or an object's own key (`__proto__`).
 */
export const MUNICIPALITY_CODE = /^[A-Za-z][\p{L}\p{N}_-]{0,39}$/u;
/**
 * A code as a workbook's «Настройки» may write it (any letter first, as earlier versions registered codes too):
 * reports, the command line's consolidation, stored snapshots. The server accepts a report only under its key's
 * code, and registration keeps those MUNICIPALITY_CODE.
 */
export const WORKBOOK_CODE = /^[\p{L}\p{N}_-]{1,40}$/u;
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/u;

const realDate = (date: string) =>
  isoDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))) !== undefined;

export const MunicipalityCode = z.string().check(
  z.regex(MUNICIPALITY_CODE, {
    error:
      "код муниципалитета — от 1 до 40 символов: первый — латинская буква, дальше буквы, цифры, «_» или «-» (без пробелов и точек), например odin или odintsovo-go",
  }),
);
export const WorkbookCode = z.string().check(
  z.regex(WORKBOOK_CODE, {
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
export const MunicipalityName = StoredText("наименование муниципалитета", 200);
/**
 * When the report was made: an ISO instant with milliseconds, later for every new report of the same spreadsheet
 * (the add-on never repeats or goes back; the command line uses its clock). The server keeps only a newer one.
 */
export const GeneratedAt = z.iso.datetime({
  precision: 3,
  error: "момент формирования отчёта указывается как 2026-11-30T09:15:00.000Z",
});

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
    code: WorkbookCode,
    name: MunicipalityName,
    month: Month,
    reportDate: ReportDate,
    /** Absent in reports of earlier versions: the server then refuses only a report dated before the accepted one. */
    generatedAt: z.optional(GeneratedAt),
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

/** A report serialised stays under the server's 64 KB limit (MAX_REPORT_BYTES in functions/src/bodyLimits.ts). */
export const REPORT_BYTES_BUDGET = 60 * 1024;

/**
 * The report of one municipality for `month` from its computed KPIs and, when given, its demand for courses
 * (capped to fit REPORT_BYTES_BUDGET, «прочие» keeping the totals) and the moment it is made (reportMoment);
 * only aggregates are copied.
 */
export function buildMunicipalReport(
  code: string,
  name: string,
  month: string,
  report: KpiReport,
  demand?: DemandFigures,
  generatedAt?: string,
): MunicipalReport {
  const base = {
    ...kpiPart(code, name, month, report),
    ...(generatedAt === undefined ? {} : { generatedAt }),
  };
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

/**
 * The generation moment of a report made at `now` (an ISO instant with milliseconds, as GeneratedAt wants it), later
 * than `previous` (the last moment the same spreadsheet sent) even when the clock stands still or goes back.
 */
export function reportMoment(now: Date, previous?: string): string {
  const last = previous === undefined ? Number.NaN : Date.parse(previous);
  return new Date(Number.isNaN(last) ? now.getTime() : Math.max(now.getTime(), last + 1)).toISOString();
}
