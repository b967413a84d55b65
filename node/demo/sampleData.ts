// Realistic sample workbooks of three municipalities (seeded, reproducible), with the mistakes real registers have.
import { defaultCatalogTable } from "../../shared/iom/defaultCatalog.ts";
import type { SheetToWrite } from "../../xlsx/writeWorkbook.ts";
import { Random } from "./random.ts";
import { diagnosticsSheet, registerSheet } from "./sampleRecords.ts";
import { existingRoutesSheet } from "./sampleRoutes.ts";
import { makeOrgs, makeStaff, orgsSheet, staffSheet } from "./sampleStaff.ts";

export interface Municipality {
  readonly code: string;
  readonly name: string;
  readonly seed: number;
  readonly orgs: number;
  /** Mean diagnostic score: municipalities differ, so the region's figures do too. */
  readonly level: number;
  /** The form-responses sheet name (one municipality keeps Google's default name). */
  readonly registerSheet: string;
}

export const DEMO_MUNICIPALITIES: readonly Municipality[] = [
  {
    code: "odin",
    name: "Одинцовский городской округ",
    seed: 4,
    orgs: 9,
    level: 74,
    registerSheet: "Реестр ИОМ",
  },
  {
    code: "krasn",
    name: "Городской округ Красногорск",
    seed: 7,
    orgs: 7,
    level: 68,
    registerSheet: "Ответы на форму (1)",
  },
  {
    code: "serp",
    name: "Городской округ Серпухов",
    seed: 11,
    orgs: 6,
    level: 63,
    registerSheet: "Реестр ИОМ",
  },
];

export function municipalityWorkbook(municipality: Municipality, reportDate: Date): SheetToWrite[] {
  const random = new Random(municipality.seed);
  const orgs = makeOrgs(random, municipality.orgs);
  const staff = makeStaff(random, orgs);
  const register = registerSheet(random, staff, municipality.registerSheet);
  const people = staffSheet(random, staff);
  const organisations = orgsSheet(random, orgs);
  const diagnostics = diagnosticsSheet(random, staff, municipality.level);
  return [
    register,
    people,
    organisations,
    diagnostics,
    // Its own generator, so the sheets above stay what they were before routes were added to the sample.
    existingRoutesSheet(new Random(municipality.seed + 1000), staff, diagnostics),
    // The example catalogue stands for the municipality's own (its codes say «ПРИМЕР»).
    { name: "Каталог", rows: defaultCatalogTable() },
    {
      name: "Настройки",
      rows: [
        ["Параметр", "Значение"],
        ["Код муниципалитета", municipality.code],
        ["Муниципалитет", municipality.name],
        ["Дата отчёта", reportDate],
        ["Часов в неделю", 10],
      ],
    },
  ];
}
