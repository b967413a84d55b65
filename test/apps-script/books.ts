// Workbooks for the add-on tests: the sample book with known mistakes, and a large register of any size.
import type { Cell } from "../../shared/cells.ts";
import { sampleSheets, sheetOf, type TestSheet } from "../helpers/sampleBook.ts";

/** The sample book with three register mistakes: a bad e-mail (row 2), an unknown school (row 3), a bad status (row 4). */
export function bookWithMistakes(): TestSheet[] {
  const sheets = sampleSheets();
  const register = sheetOf(sheets, "Реестр ИОМ").rows;
  register[1]![1] = "ivanova(at)school1.ru";
  register[2]![3] = "МБОУ СОШ № 77";
  register.push([
    new Date(2026, 10, 2, 12, 0),
    "director@school1.ru",
    "Сидорова Анна Ильинична",
    "МБОУ СОШ № 1",
    "директор",
    "Управление изменениями",
    "01.11.2026",
    "31.05.2027",
    "почти готов",
    "",
    "нет",
    "",
    "",
  ]);
  return sheets;
}

const GROUPS = ["предметные", "методические", "цифровые", "коммуникативные"];

/**
 * A municipality with `n` register rows, `n` staff and `n` diagnostic rows; every 10th register row has a bad
 * e-mail and every 17th an unknown school, so every run has marks to write whatever the size.
 */
export function largeBook(n: number): TestSheet[] {
  const sheets = sampleSheets().filter((s) => s.name === "ОО" || s.name === "Настройки");
  const register: Cell[][] = [sheetOf(sampleSheets(), "Реестр ИОМ").rows[0]!];
  const staff: Cell[][] = [sheetOf(sampleSheets(), "Педагоги").rows[0]!];
  const diagnostics: Cell[][] = [sheetOf(sampleSheets(), "Диагностика").rows[0]!];
  for (let i = 0; i < n; i++) {
    const email = `teacher${i}@school${i % 7}.ru`;
    const org = i % 3 === 0 ? "МБДОУ Детский сад № 5" : "МБОУ СОШ № 1";
    register.push([
      new Date(2026, 8, 1 + (i % 28), 9, 0),
      i % 10 === 9 ? `teacher${i}-school.ru` : email,
      `Учитель${String.fromCharCode(1072 + (i % 26))} Анна Петровна`,
      i % 17 === 16 ? "МБОУ СОШ № 99" : org,
      "учитель математики",
      `Тема ${i % 5}`,
      new Date(2026, 9, 1),
      new Date(2027, 4, 31),
      ["разработан", "реализуется", "реализован"][i % 3]!,
      "",
      "нет",
      "",
      "",
    ]);
    staff.push([
      email,
      `Учитель${String.fromCharCode(1072 + (i % 26))} Анна Петровна`,
      org,
      "педагогический работник",
      "учитель математики",
      "математика",
      new Date(1970 + (i % 35), i % 12, 1 + (i % 27)),
      i % 40,
      i % 2 === 0 ? "да" : "нет",
      i % 3 === 0 ? "да" : "нет",
      i % 11 === 0 ? "да" : "нет",
      ["нет", "наставник", "наставляемый"][i % 3]!,
      "нет",
    ]);
    diagnostics.push([
      email,
      new Date(2026, 8, 10 + (i % 20)),
      "муниципальная",
      GROUPS[i % 4]!,
      (i * 37) % 101,
      "",
      "",
    ]);
  }
  return [
    { name: "Реестр ИОМ", rows: register },
    { name: "Педагоги", rows: staff },
    ...sheets,
    { name: "Диагностика", rows: diagnostics },
  ];
}

/** A form answer in the order of the register form's columns: time, e-mail, then the questions. */
export const formAnswer = (
  email: string,
  org = "МБОУ СОШ № 1",
  status = "разработан",
  fio = "Кузнецова Ольга Игоревна",
): Cell[] => [
  new Date(2026, 10, 20, 10, 0),
  email,
  fio,
  org,
  "учитель химии",
  "Проектная деятельность",
  new Date(2026, 10, 23),
  new Date(2027, 4, 31),
  status,
  "",
  "нет",
  "",
  "",
];

/** Organisations added by schoolsBook: the last one's name begins with a digit (text that must stay text). */
export const EXTRA_SCHOOLS = ["МАОУ Лицей № 3", "МБОУ Гимназия № 2", "МБОУ СОШ № 4", "2-я Лесная школа"];

/**
 * The sample book with four more schools, 2–5 teachers each, whose staff differ in diagnostics, ФГОС, methodical
 * associations and contests, so that the schools miss different numbers of targets.
 */
export function schoolsBook(): TestSheet[] {
  const sheets = sampleSheets();
  const orgs = sheetOf(sheets, "ОО").rows;
  const staff = sheetOf(sheets, "Педагоги").rows;
  const diagnostics = sheetOf(sheets, "Диагностика").rows;
  EXTRA_SCHOOLS.forEach((org, k) => {
    orgs.push([org, "общеобразовательная", k % 2 ? "да" : "нет", "да", "нет", "да", "нет"]);
    for (let i = 0; i < k + 2; i++) {
      const email = `t${i}@school-${k + 2}.ru`;
      staff.push([
        email,
        `Учитель${String.fromCharCode(1072 + i)} Ольга Ивановна`,
        org,
        "педагогический работник",
        "учитель русского языка",
        "русский язык",
        new Date(1975 + i * 4, k, 10),
        3 + i * 5,
        i < k ? "да" : "нет",
        i % 2 === 0 && k > 1 ? "да" : "нет",
        k === 3 && i === 0 ? "да" : "нет",
        "нет",
        "нет",
      ]);
      if (i <= k)
        diagnostics.push([email, "2026-10-05", "муниципальная", GROUPS[(i + k) % 4]!, 30 + 20 * i, "", ""]);
    }
  });
  return sheets;
}
