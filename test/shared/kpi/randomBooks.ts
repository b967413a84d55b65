// Random small workbooks for property tests: mostly valid cells, now and then one that breaks its row.
import fc from "fast-check";
import type { Cell } from "../../../shared/cells.ts";
import { SCHOOL, type BookParts } from "./workbook.ts";

const emails = ["a@school.ru", "B@School.ru", "c@school.ru", "d@school.ru", "e@school.ru"];
const dates = [
  "2025-08-31",
  "2025-09-01",
  "2026-08-31",
  "2026-09-01",
  "2026-10-15",
  "2026-11-30",
  "2026-12-01",
  "2027-05-31",
];
/** Mostly the given values; now and then a value that breaks the row (it must be excluded, never crash). */
const cell = (values: readonly Cell[], invalid: readonly Cell[] = []) =>
  fc.oneof(
    { weight: 30, arbitrary: fc.constantFrom(...values) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.constantFrom<Cell>("", "31.02.2026", "не-адрес", ...invalid),
        fc.string(),
        fc.integer({ min: -5, max: 200 }),
        fc.boolean(),
        fc.constant(null),
      ),
    },
  );
const yesNo = cell(["да", "нет", ""]);
const date = cell(dates);
const optionalDate = cell([...dates, ""]);

const row = (fields: Record<string, fc.Arbitrary<Cell>>) =>
  fc.record(fields) as fc.Arbitrary<Record<string, Cell>>;
const rows = (fields: Record<string, fc.Arbitrary<Cell>>) => fc.array(row(fields), { maxLength: 10 });
/** Staff and organisations need unique keys (a repeat is an error). */
const uniqueRows = (fields: Record<string, fc.Arbitrary<Cell>>, key: string) =>
  fc.uniqueArray(row(fields), { maxLength: 6, selector: (r) => String(r[key]).toLowerCase() });

/** Both organisations staff work at are always listed (else every staff row is an org.unknown error). */
const orgFields = (name: string) => ({
  name: cell([name]),
  type: cell(["общеобразовательная", "дошкольная", ""]),
  moMonitoring: yesNo,
  mentoringModel: yesNo,
  platform: yesNo,
  staffingNeeds: yesNo,
});

export const randomBookParts: fc.Arbitrary<BookParts> = fc.record({
  staff: uniqueRows(
    {
      email: cell(emails),
      fio: cell(["Иванова Мария"]),
      org: cell([SCHOOL, "Детский сад", ""]),
      category: cell(["педагогический работник", "управленческий кадр", ""]),
      position: cell(["учитель", "Учитель физики", "воспитатель", ""]),
      subject: cell(["математика", "Математика ", "физика", ""]),
      birthDate: cell(["1995-11-30", "1991-11-30", "1970-01-01", "2001-05-05", ""]),
      age: cell([25, 34, 35, ""]),
      experience: cell([0, 1, 3, 4, 20, ""]),
      fgos: yesNo,
      community: yesNo,
      contest: yesNo,
      mentoring: cell(["наставник", "наставляемый", "нет", ""]),
      youngSupport: yesNo,
    },
    "email",
  ),
  orgs: fc
    .tuple(
      row(orgFields(SCHOOL)),
      row(orgFields("Детский сад")),
      fc.array(row(orgFields("МБОУ СОШ № 2")), { maxLength: 1 }),
    )
    .map(([school, kindergarten, more]) => [school, kindergarten, ...more]),
  diagnostics: rows({
    email: cell(emails),
    date,
    group: cell(["цифровые", "предметные", "управленческие"]),
    score: cell([10, 49.9, 50, 70, 85, 100]),
    level: cell(["", "низкий", "базовый", "высокий"]),
  }),
  register: rows({
    submittedAt: date,
    email: cell(emails),
    fio: cell(["Иванова Мария"]),
    org: cell([SCHOOL]),
    start: cell(["2026-09-01", "2025-09-01"]),
    end: cell(["2026-10-31", "2027-05-31", ""]),
    status: cell(["разработан", "реализуется", "реализован", "не реализован", ""]),
    courseFederal: cell(["да", "нет"]),
    courseDate: optionalDate,
  }),
  routes: rows({
    email: cell(emails),
    org: cell([SCHOOL, "Гимназия № 5", ""]),
    code: cell(["ДПП-1", "дпп-1", "МЕР-2", "РД-ИОМ", ""]),
    from: cell(["2025-09-01", "2026-09-01", "2026-10-15"]),
    to: cell(["2026-10-31", "2027-05-31"]),
    group: cell(["цифровые", "предметные", ""]),
    title: cell(["Курс"]),
    type: cell(["ДПП", "ДПП", "мероприятие", ""]),
    federal: cell(["да", "да", "нет"]),
    state: cell(["запланировано", "в процессе", "выполнено", "выполнено", "не выполнено"]),
    doneDate: cell(["2025-10-20", "2026-09-20", "2026-10-20", ""]),
  }),
});

export const randomReportDate = fc.constantFrom("2026-08-31", "2026-09-01", "2026-11-30", "2027-05-31");
