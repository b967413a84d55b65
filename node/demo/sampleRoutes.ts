// Routes a municipality already had in September, built from last year's results: generation leaves these people
// alone (their route overlaps the period), so deficits this autumn's diagnostics found in other groups stay without
// an activity — the demand for courses the region sees.
import type { Cell } from "../../shared/cells.ts";
import { isDate } from "../../shared/cells.ts";
import { DEFAULT_CATALOG } from "../../shared/iom/defaultCatalog.ts";
import { COMPETENCE_GROUPS, type CompetenceGroup } from "../../shared/schema/enums.ts";
import type { CatalogRow, RouteRow } from "../../shared/schema/sheets.ts";
import { ROUTES_HEADERS, ROUTES_SHEET_TITLE, routeRowCells } from "../../shared/tables/routesTable.ts";
import type { SheetToWrite } from "../../xlsx/writeWorkbook.ts";
import { fioOf } from "./names.ts";
import type { Random } from "./random.ts";
import type { StaffMember } from "./sampleStaff.ts";

/** Each person's weakest group in last year's results (rows dated 2025), when it was below 60 %. */
function lastYearWeakest(diagnostics: SheetToWrite): Map<string, CompetenceGroup> {
  const weakest = new Map<string, { group: CompetenceGroup; score: number }>();
  for (const [email, date, , group, score] of diagnostics.rows.slice(1)) {
    if (!isDate(date) || date.getFullYear() !== 2025 || typeof score !== "number" || score >= 60) continue;
    if (!COMPETENCE_GROUPS.includes(group as CompetenceGroup)) continue;
    const current = weakest.get(String(email));
    if (!current || score < current.score)
      weakest.set(String(email), { group: group as CompetenceGroup, score });
  }
  return new Map([...weakest].map(([email, { group }]) => [email, group]));
}

const catalogItem = (group: CompetenceGroup, type: CatalogRow["type"]) =>
  DEFAULT_CATALOG.find((row) => row.type === type && row.groups.includes(group) && !row.subject)!;

export function existingRoutesSheet(
  random: Random,
  staff: StaffMember[],
  diagnostics: SheetToWrite,
): SheetToWrite {
  const weakest = lastYearWeakest(diagnostics);
  const rows: Cell[][] = [[...ROUTES_HEADERS]];
  for (const s of staff) {
    const group = weakest.get(s.email);
    if (!group || !random.chance(0.85)) continue;
    const route = {
      email: s.email,
      fio: fioOf(s.person),
      org: s.org.name,
      from: "2026-09-01",
      to: "2027-05-31",
    };
    const course = catalogItem(group, "ДПП");
    const seminar = catalogItem(group, "мероприятие");
    const done = random.chance(0.5);
    const activities: RouteRow[] = [
      {
        ...route,
        group,
        code: course.code,
        title: course.title,
        type: course.type,
        federal: course.federal,
        hours: course.hours,
        start: "2026-09-07",
        end: "2026-10-18",
        controlPoint: "сертификат",
        state: done ? "выполнено" : "в процессе",
        ...(done ? { doneDate: "2026-10-18" } : {}),
      },
      {
        ...route,
        group,
        code: seminar.code,
        title: seminar.title,
        type: seminar.type,
        federal: false,
        hours: seminar.hours,
        start: "2026-12-07",
        end: "2026-12-13",
        controlPoint: "методическая разработка",
        state: "запланировано",
      },
    ];
    rows.push(...activities.map(routeRowCells));
  }
  return { name: ROUTES_SHEET_TITLE, rows };
}
