// Benchmark: KPIs of 100 000 staff with diagnostics, routes and submissions, next to parsing the same data from .xlsx.
// Usage: npx tsx bench/kpi.ts [staff=100000] [xlsxStaff=20000]  (xlsxStaff = staff to write and parse as .xlsx;
// the .xlsx time is extrapolated linearly to `staff` when smaller — writing 10⁵ staff with exceljs needs minutes and
// gigabytes; reading them is in bench/readers.ts).
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readBook, type RawSheet } from "../shared/book.ts";
import type { Cell } from "../shared/cells.ts";
import { computeKpis } from "../shared/kpi/compute.ts";
import { readWorkbook } from "../node/xlsx/readWorkbook.ts";
import { writeWorkbook } from "../xlsx/writeWorkbook.ts";
import { syntheticOrgs, syntheticRegister, syntheticStaff } from "./synthetic.ts";

const REPORT_DATE = "2026-11-30";
const GROUPS = ["предметные", "методические", "психолого-педагогические", "коммуникативные", "цифровые"];
const TYPES = ["ДПП", "мероприятие", "стажировка", "самообразование"];
const STATES = ["выполнено", "в процессе", "запланировано", "выполнено"];

/** Routes of every other person: four activities each, some done (federal ДПП among them). */
function syntheticRoutes(people: number): RawSheet {
  const values: Cell[][] = [
    [
      "Email",
      "ФИО",
      "ОО",
      "Период с",
      "Период по",
      "Группа компетенций",
      "Код",
      "Мероприятие",
      "Тип",
      "Федеральный реестр",
      "Часы",
      "Начало",
      "Окончание",
      "Статус мероприятия",
      "Дата выполнения",
    ],
  ];
  for (let i = 0; i < people; i += 2) {
    const from = `2026-${i % 4 === 0 ? "09" : "10"}-01`;
    for (let a = 0; a < 4; a++) {
      const state = STATES[(i + a) % STATES.length]!;
      values.push([
        `teacher${i}@school.ru`,
        "Иванова Мария",
        `МБОУ СОШ № ${(i % 40) + 1}`,
        from,
        "2027-05-31",
        GROUPS[(i + a) % GROUPS.length]!,
        `K-${a}`,
        `Мероприятие ${a}`,
        TYPES[a]!,
        a === 0 ? "да" : "нет",
        36,
        from,
        "2026-11-15",
        state,
        state === "выполнено" ? "2026-11-10" : "",
      ]);
    }
  }
  return { name: "ИОМ", values };
}

export function syntheticBook(people: number): RawSheet[] {
  return [
    syntheticRegister(Math.round(people * 0.6)),
    ...syntheticStaff(people),
    syntheticOrgs(),
    syntheticRoutes(people),
  ];
}

const rowsOf = (sheets: readonly RawSheet[]) => sheets.reduce((n, sheet) => n + sheet.values.length - 1, 0);
const time = async <T>(run: () => T | Promise<T>) => {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
};

/** Rows of the KPI benchmark and its two verdicts (computing < 1 s; computing ≤ 20% of parsing .xlsx). */
export async function benchKpi(people = 100_000, xlsxPeopleWanted = 20_000) {
  const xlsxPeople = Math.min(people, xlsxPeopleWanted);

  computeKpis(readBook(syntheticBook(2_000), { reportDate: REPORT_DATE })); // warm-up
  const sheets = syntheticBook(people);
  const rows = rowsOf(sheets);
  const read = await time(() => readBook(sheets, { reportDate: REPORT_DATE }));
  const runs = [];
  for (let run = 0; run < 3; run++) runs.push(await time(() => computeKpis(read.value)));
  const kpi = runs.reduce((best, run) => (run.ms < best.ms ? run : best));

  const small = syntheticBook(xlsxPeople);
  const path = join(tmpdir(), `marshrut-bench-kpi-${process.pid}.xlsx`);
  const write = await time(() =>
    writeWorkbook(
      path,
      small.map((s) => ({ name: s.name, rows: s.values })),
    ),
  );
  const parse = await time(() => readWorkbook(path));
  const readSmall = await time(() => readBook(parse.value, { reportDate: REPORT_DATE }));
  await rm(path, { force: true });
  const scale = people / xlsxPeople;
  const parseAtScale = parse.ms * scale;

  const ms = (value: number) => Math.round(value);
  const rowsOut = [
    {
      step: "readBook (arrays)",
      staff: people,
      rows,
      ms: ms(read.ms),
      rowsPerSecond: ms(rows / (read.ms / 1000)),
    },
    { step: "computeKpis (first run)", staff: people, rows, ms: ms(runs[0]!.ms), rowsPerSecond: "" },
    {
      step: "computeKpis (best of 3)",
      staff: people,
      rows,
      ms: ms(kpi.ms),
      rowsPerSecond: ms(rows / (kpi.ms / 1000)),
    },
    {
      step: "write .xlsx (exceljs)",
      staff: xlsxPeople,
      rows: rowsOf(small),
      ms: ms(write.ms),
      rowsPerSecond: "",
    },
    {
      step: "readWorkbook (.xlsx)",
      staff: xlsxPeople,
      rows: rowsOf(small),
      ms: ms(parse.ms),
      rowsPerSecond: "",
    },
    {
      step: "readBook (from .xlsx)",
      staff: xlsxPeople,
      rows: rowsOf(small),
      ms: ms(readSmall.ms),
      rowsPerSecond: "",
    },
  ];
  const extrapolated =
    scale === 1 ? "measured" : `extrapolated ×${scale.toFixed(1)} from ${xlsxPeople} staff`;
  const notes = [
    `readWorkbook at ${people} staff: ${ms(parseAtScale)} ms (${extrapolated})`,
    `computeKpis / readWorkbook = ${((kpi.ms / parseAtScale) * 100).toFixed(1)}% (goal ≤ 20% set against exceljs's reader, ~5× slower than today's); ` +
      `computeKpis ${kpi.ms < 1000 ? "<" : "≥"} 1 s; ${kpi.value.excludedRows} rows with errors left out`,
  ];
  return { rows: rowsOut, notes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, notes } = await benchKpi(
    Number(process.argv[2] ?? 100_000),
    Number(process.argv[3] ?? 20_000),
  );
  console.table(rows);
  for (const note of notes) console.log(note);
}
