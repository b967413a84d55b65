// Short Russian names of the indicators (for a card too narrow for the full title) and the line under K2 (spec §5).
import type { KpiId } from "../kpi/definitions.ts";
import { plural } from "./ru.ts";

/** What each indicator counts, in a few words a methodist reads at a glance; the full title is in KPI_DEFINITIONS. */
export const KPI_SHORT_NAMES: Readonly<Record<KpiId, string>> = {
  K1: "Прошли диагностику",
  "K1.1": "Из них с уровнем не ниже базового",
  K2: "Есть ИОМ по итогам диагностики",
  "K2.1": "ИОМ реализованы успешно",
  K3: "Учителя прошли курсы федерального реестра по ИОМ",
  K4: "Работают по обновлённым ФГОС",
  K5: "Молодые педагоги получают поддержку",
  K6: "Участники конкурсов мастерства, человек",
  K7: "Педагоги школ прошли курсы федерального реестра",
  K8: "ОО в мониторинге методических объединений",
  K9: "Школы с целевой моделью наставничества",
  K10: "Школы — площадки наставничества",
  K11: "ОО выявляют кадровые потребности",
  K12: "Участвуют в методических объединениях и сообществах",
};

export const kpiTexts = {
  /** The label of the line under K2, on sheets, in the sidebar and in the printed summaries. */
  k2DiagnosedLabel: "из них прошли диагностику в этом учебном году",
  /** The one line saying why K2 may be above K1. */
  k2AboveK1:
    "K2 может быть выше K1: ИОМ учитываются по реестру, в том числе составленные по диагностике прошлого года.",
  /** After the label in a region's svod when only some reports give the figure: «по данным 20 из 21 муниципалитета». */
  k2DiagnosedPartly: (reported: number, of: number) =>
    `по данным ${reported} из ${of} ${plural(of, "муниципалитета", "муниципалитетов", "муниципалитетов")}`,
} as const;
