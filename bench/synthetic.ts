// Synthetic municipal workbooks of any size, as the 2-D arrays a sheet gives (for benchmarks).
import type { RawSheet } from "../shared/book.ts";
import type { Cell } from "../shared/cells.ts";

const GROUPS = ["предметные", "методические", "психолого-педагогические", "коммуникативные", "цифровые"];
const SURNAMES = ["Иванова", "Петров", "Смирнова", "Кузнецов", "Соколова", "Попов", "Лебедева", "Козлов"];
const NAMES = ["Мария Петровна", "Иван Сергеевич", "Анна Викторовна", "Олег Игоревич"];

export const orgName = (i: number) => `МБОУ СОШ № ${i + 1}`;

/** A register of `rows` form submissions; every 50th row carries a mistake. */
export function syntheticRegister(rows: number, orgs = 40): RawSheet {
  const values: Cell[][] = [
    [
      "Отметка времени",
      "Адрес электронной почты",
      "ФИО",
      "ОО",
      "Должность",
      "Тема ИОМ",
      "Дата начала",
      "Дата окончания",
      "Статус ИОМ",
      "Пройденная программа ДПО",
      "Программа из федерального реестра",
      "Дата окончания обучения",
      "Ссылка на документ",
    ],
  ];
  for (let i = 0; i < rows; i++) {
    const day = (i % 28) + 1;
    const bad = i % 50 === 49;
    values.push([
      new Date(2026, 8 + (i % 3), day, 9, i % 60),
      bad ? `teacher${i}.school.ru` : `teacher${i}@school.ru`,
      `${SURNAMES[i % SURNAMES.length]} ${NAMES[i % NAMES.length]}`,
      orgName(i % orgs),
      "учитель",
      `Тема ${i % 17}`,
      `${String(day).padStart(2, "0")}.10.2026`,
      i % 3 === 2 ? "2026-11-15" : "2027-05-31",
      ["разработан", "реализуется", "реализован"][i % 3]!,
      i % 4 === 0 ? "Курс ДПП" : "",
      i % 4 === 0 ? "да" : "нет",
      i % 4 === 0 ? "20.10.2026" : "",
      i % 4 === 0 ? "https://example.org/doc" : "",
    ]);
  }
  return { name: "Реестр ИОМ", values };
}

export function syntheticOrgs(count = 40): RawSheet {
  const values: Cell[][] = [["Наименование ОО", "Тип ОО", "Мониторинг методических объединений"]];
  for (let i = 0; i < count; i++)
    values.push([orgName(i), "общеобразовательная", i % 2 === 0 ? "да" : "нет"]);
  return { name: "ОО", values };
}

/** Staff and their diagnostics (one row per person × two groups). */
export function syntheticStaff(people: number, orgs = 40): RawSheet[] {
  const staff: Cell[][] = [
    [
      "Email",
      "ФИО",
      "ОО",
      "Категория",
      "Должность",
      "Предмет",
      "Дата рождения",
      "Педагогический стаж",
      "Реализует обновлённые ФГОС",
      "Участие в методических объединениях",
      "Участие в конкурсах профессионального мастерства",
      "Наставничество",
      "Формы поддержки молодого педагога",
    ],
  ];
  const diagnostics: Cell[][] = [
    ["Email", "Дата диагностики", "Процедура", "Группа компетенций", "Результат, %", "Уровень", "Дефициты"],
  ];
  for (let i = 0; i < people; i++) {
    const email = `teacher${i}@school.ru`;
    staff.push([
      email,
      `${SURNAMES[i % SURNAMES.length]} ${NAMES[i % NAMES.length]}`,
      orgName(i % orgs),
      i % 10 === 0 ? "управленческий кадр" : "педагогический работник",
      i % 10 === 0 ? "директор" : "учитель математики",
      "математика",
      new Date(1965 + (i % 38), i % 12, (i % 27) + 1),
      i % 30,
      i % 3 === 0 ? "нет" : "да",
      i % 5 === 0 ? "нет" : "да",
      i % 20 === 3 ? "да" : "нет",
      i % 7 === 0 ? "наставляемый" : "нет",
      i % 9 === 0 ? "да" : "нет",
    ]);
    for (let g = 0; g < 2; g++)
      diagnostics.push([
        email,
        new Date(2026, 9, (i % 28) + 1),
        "муниципальная",
        GROUPS[(i + g) % GROUPS.length]!,
        (i * 37 + g * 11) % 101,
        "",
        "",
      ]);
  }
  return [
    { name: "Педагоги", values: staff },
    { name: "Диагностика", values: diagnostics },
  ];
}
