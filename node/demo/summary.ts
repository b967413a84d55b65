// The Russian summary the demo prints: per municipality and for the region, KPIs met / missed, routes, errors.
import type { KpiResult } from "../../shared/kpi/definitions.ts";
import type { RegionReport } from "../../shared/report/aggregate.ts";
import { notCovered } from "../../shared/report/regionDemand.ts";
import { formatValue, k2DiagnosedRow, kpiTableRow } from "../../shared/tables/kpiTable.ts";
import { orgKpiTable } from "../../shared/tables/orgKpiTable.ts";
import { kpiTexts } from "../../shared/text/kpiTexts.ts";
import { countText } from "../../shared/text/ru.ts";
import type { MunicipalityResult } from "./municipality.ts";

export function kpiCounts(kpis: readonly KpiResult[]): string {
  const met = kpis.filter((k) => k.met === true).length;
  const missed = kpis.filter((k) => k.met === false).length;
  const none = kpis.length - met - missed;
  return `достигнуто ${met} из ${kpis.length}, не достигнуто ${missed}${none ? `, нет данных ${none}` : ""}`;
}

const mark = (k: KpiResult) => (k.met === true ? "✓" : k.met === false ? "✗" : "—");

export function municipalityLines(
  name: string,
  code: string,
  result: MunicipalityResult,
  file: string,
): string[] {
  const activities = result.routes.routes.reduce((sum, route) => sum + route.activities.length, 0);
  const lagging = orgKpiTable(result.figures.byOrg).focus.map((org) => `${org.org} (${org.missed})`);
  return [
    `${name} (${code})`,
    `  реестр «${result.book.register.name}»: ${countText(result.book.register.rows.length, "строка", "строки", "строк")}; ${countText(result.errors, "ошибка", "ошибки", "ошибок")}, ${countText(result.warnings, "предупреждение", "предупреждения", "предупреждений")}`,
    `  ИОМ: ${countText(result.routes.routes.length, "маршрут", "маршрута", "маршрутов")} (${countText(activities, "мероприятие", "мероприятия", "мероприятий")}), без диагностики — ${result.routes.withoutDiagnostics.length}, кандидатов в методический актив — ${result.routes.activCandidates.length}`,
    `  показатели: ${kpiCounts(result.figures.kpis.kpis)}`,
    ...(lagging.length > 0 ? [`  больше всего недостигнутых целей: ${lagging.join(", ")}`] : []),
    `  → ${file}`,
  ];
}

/** «✓ K1  72,5 %  цель 60 %  title»: the value and target as the «Показатели» table shows them. */
function kpiLine(k: KpiResult): string {
  const row = kpiTableRow(k);
  return `  ${mark(k)} ${k.id.padEnd(5)} ${row.valueText.padStart(8)}  цель ${formatValue(row.target, row.kind).padStart(6)}  ${k.title}`;
}

export function regionLines(report: RegionReport, revision: number, file: string): string[] {
  const reported = report.municipalities.length;
  const known = reported + report.missing.length;
  const missing = report.missing.map((m) => m.name).join(", ");
  const sum = report.region.k2Diagnosed;
  const k2 = sum && k2DiagnosedRow(sum.diagnosed, sum.withIom);
  const demand = (report.region.demand ?? [])
    .slice(0, 3)
    .map((row) => `${row.group} — ${row.subject} (${notCovered(row)})`);
  return [
    `Регион: отчёты прислали ${reported} из ${known} муниципалитетов${missing ? `; нет данных: ${missing}` : ""} (свод, редакция ${revision})`,
    `  показатели: ${kpiCounts(report.region.kpis)}`,
    ...report.region.kpis.flatMap((k) => [
      kpiLine(k),
      ...(k.id === "K2" && k2
        ? [`          ${kpiTexts.k2DiagnosedLabel}: ${k2.text}. ${kpiTexts.k2AboveK1}`]
        : []),
    ]),
    ...(demand.length > 0 ? [`  больше всего не охвачено ИОМ: ${demand.join("; ")}`] : []),
    `  → ${file}`,
  ];
}
