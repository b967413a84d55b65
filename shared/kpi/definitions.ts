// The indicators of the Odintsovo programme (spec §5, seed 004): ids, Russian titles, default targets, result schemas.
import * as z from "zod/mini";
import { ISO_DATE } from "../dates.ts";
import { COMPETENCE_GROUPS } from "../schema/enums.ts";

export const KPI_IDS = [
  "K1",
  "K1.1",
  "K2",
  "K2.1",
  "K3",
  "K4",
  "K5",
  "K6",
  "K7",
  "K8",
  "K9",
  "K10",
  "K11",
  "K12",
] as const;
export const KpiId = z.enum(KPI_IDS);
export type KpiId = z.infer<typeof KpiId>;

export interface KpiDefinition {
  readonly id: KpiId;
  readonly title: string;
  /** Target as a fraction (0.6 = 60%) for shares, a count for K6 (kind "count"). */
  readonly target: number;
  readonly kind: "share" | "count";
}

export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  {
    id: "K1",
    kind: "share",
    target: 0.6,
    title: "Доля педагогических и управленческих кадров, прошедших диагностику профессиональных дефицитов",
  },
  {
    id: "K1.1",
    kind: "share",
    target: 0.6,
    title: "Доля продиагностированных с высоким, повышенным или базовым уровнем",
  },
  {
    id: "K2",
    kind: "share",
    target: 0.6,
    title: "Доля кадров, для которых разработан ИОМ по результатам диагностики",
  },
  { id: "K2.1", kind: "share", target: 0.8, title: "Доля успешно реализованных ИОМ" },
  {
    id: "K3",
    kind: "share",
    target: 0.06,
    title:
      "Доля учителей, прошедших обучение по ДПП из федерального реестра, выбранным по результатам диагностики",
  },
  {
    id: "K4",
    kind: "share",
    target: 1,
    title: "Доля педагогических работников, реализующих обновлённые ФГОС",
  },
  {
    id: "K5",
    kind: "share",
    target: 0.6,
    title: "Доля молодых педагогов (до 35 лет, первые 3 года работы), вовлечённых в формы поддержки",
  },
  {
    id: "K6",
    kind: "count",
    target: 1,
    title: "Число педагогических работников — участников конкурсов профессионального мастерства",
  },
  {
    id: "K7",
    kind: "share",
    target: 0.08,
    title: "Доля педагогических работников школ, прошедших обучение по ДПП из федерального реестра",
  },
  { id: "K8", kind: "share", target: 1, title: "Доля ОО, включённых в мониторинг методических объединений" },
  { id: "K9", kind: "share", target: 1, title: "Доля школ, реализующих целевую модель наставничества" },
  { id: "K10", kind: "share", target: 0.2, title: "Доля школ — площадок системы наставничества" },
  { id: "K11", kind: "share", target: 1, title: "Доля ОО, участвующих в выявлении кадровых потребностей" },
  {
    id: "K12",
    kind: "share",
    target: 0.8,
    title: "Доля кадров, участвующих в методических объединениях и профессиональных сообществах",
  },
];

export const KpiResult = z.object({
  id: KpiId,
  title: z.string(),
  numerator: z.int().check(z.gte(0)),
  /** For K6 (a count) the denominator is the number of pedagogical workers, shown for context. */
  denominator: z.int().check(z.gte(0)),
  /** A fraction for shares (0.6, not 60), a count for K6; null when the denominator is 0. */
  value: z.nullable(z.number()),
  target: z.number().check(z.gte(0)),
  met: z.nullable(z.boolean()),
});
export type KpiResult = z.infer<typeof KpiResult>;

export const MonthlyFigure = z.object({
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/u)),
  developed: z.int().check(z.gte(0)),
  implemented: z.int().check(z.gte(0)),
});
export type MonthlyFigure = z.infer<typeof MonthlyFigure>;

export const CoverageRow = z.object({
  group: z.enum(COMPETENCE_GROUPS),
  withDeficit: z.int().check(z.gte(0)),
  withIom: z.int().check(z.gte(0)),
});
export type CoverageRow = z.infer<typeof CoverageRow>;

/**
 * The KPI report: the `kpi --json` document of spec §7 plus `k2Diagnosed`, how many of K2's numerator (staff with an
 * ИОМ) were diagnosed in the academic year up to the report date. K2 counts the register of ИОМ, so a route resting
 * on an earlier year's diagnostics counts and K2 may exceed K1; this figure shows how many rest on this year's. The
 * sheets, the sidebar and the municipal report show it; `kpi --json` prints the spec's keys only (specKpiDocument).
 */
export const KpiReport = z.object({
  reportDate: z.string().check(z.regex(ISO_DATE)),
  period: z.object({ from: z.string().check(z.regex(ISO_DATE)), to: z.string().check(z.regex(ISO_DATE)) }),
  excludedRows: z.int().check(z.gte(0)),
  kpis: z.array(KpiResult),
  monthly: z.array(MonthlyFigure),
  coverage: z.array(CoverageRow),
  k2Diagnosed: z.optional(z.int().check(z.gte(0))),
});
export type KpiReport = z.infer<typeof KpiReport>;

/** The `kpi --json` document exactly as spec §7 writes it: the report without the keys the spec does not name. */
export function specKpiDocument(report: KpiReport) {
  const { reportDate, period, excludedRows, kpis, monthly, coverage } = report;
  return { reportDate, period, excludedRows, kpis, monthly, coverage };
}
