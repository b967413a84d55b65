// Sample diagnostics and register answers of a municipality's staff, with the mistakes real registers have.
import type { Cell } from "../../shared/cells.ts";
import { COMPETENCE_GROUPS } from "../../shared/schema/enums.ts";
import type { SheetToWrite } from "../../xlsx/writeWorkbook.ts";
import { fioOf, translit } from "./names.ts";
import type { Random } from "./random.ts";
import { d, yesNo, type StaffMember } from "./sampleStaff.ts";

const TOPICS = [
  "Функциональная грамотность на уроках",
  "Цифровые образовательные ресурсы",
  "Формирующее оценивание",
  "Работа с детьми с ОВЗ",
  "Проектная деятельность обучающихся",
  "Обновлённые ФГОС: рабочая программа",
];

export function diagnosticsSheet(random: Random, staff: StaffMember[], mean: number): SheetToWrite {
  const rows: Cell[][] = [
    ["Email", "Дата диагностики", "Процедура", "Группа компетенций", "Результат, %", "Уровень", "Дефициты"],
  ];
  for (const s of staff) {
    if (random.chance(0.3)) continue; // not everyone has been diagnosed yet
    const groups = COMPETENCE_GROUPS.filter((g) => (g === "управленческие" ? s.manager : random.chance(0.7)));
    const date = d(2026, random.int(9, 11), random.int(1, 20));
    for (const group of groups) {
      if (random.chance(0.25))
        rows.push([
          s.email,
          d(2025, 10, random.int(1, 28)),
          "муниципальная",
          group,
          random.score(mean - 8, 18),
          "",
          "",
        ]); // last year's result
      const score = random.score(mean, 14);
      rows.push([
        s.email,
        date,
        random.pick(["региональная", "муниципальная", "школьная"]),
        group,
        score,
        "",
        score < 50
          ? random.pick([
              "оценивание образовательных результатов",
              "цифровые сервисы",
              "работа с родителями",
              "индивидуализация обучения",
            ])
          : "",
      ]);
    }
  }
  return { name: "Диагностика", rows };
}

export function registerSheet(random: Random, staff: StaffMember[], sheetName: string): SheetToWrite {
  const rows: Cell[][] = [
    [
      "Отметка времени",
      "Адрес электронной почты",
      "ФИО",
      "Образовательная организация",
      "Должность",
      "Тема ИОМ",
      "Срок начала реализации ИОМ",
      "Срок окончания реализации ИОМ",
      "Статус ИОМ",
      "Пройденная программа ДПО",
      "Программа из федерального реестра",
      "Дата окончания обучения",
      "Ссылка на документ",
    ],
  ];
  for (const s of staff) {
    if (!random.chance(0.45)) continue;
    const submitted = new Date(
      2026,
      random.int(8, 10),
      random.int(1, 28),
      random.int(8, 20),
      random.int(0, 59),
    );
    const course = random.chance(0.3);
    // A short route of the autumn term has ended by the report date: implemented or not.
    const short = random.chance(0.2);
    const row: Cell[] = [
      submitted,
      s.email,
      fioOf(s.person),
      s.org.name,
      s.position,
      random.pick(TOPICS),
      short ? d(2026, 9, 1) : d(2026, 10, 1),
      short ? d(2026, 11, 20) : d(2027, 5, 31),
      short
        ? random.pick(["реализован", "реализован", "реализован", "не реализован"])
        : random.pick(["разработан", "реализуется", "реализуется"]),
      course
        ? random.pick([
            "Школа современного учителя",
            "Функциональная грамотность школьников",
            "Цифровая образовательная среда",
          ])
        : "",
      course ? yesNo(random.chance(0.7)) : "",
      course ? d(2026, random.int(9, 11), random.int(1, 20)) : "",
      course ? `https://disk.example.ru/cert/${translit(s.person.surname)}` : "",
    ];
    rows.push(row);
  }
  // The mistakes real registers have: one of each kind.
  const mistakes: ((row: Cell[]) => void)[] = [
    (row) => (row[1] = String(row[1]).replace("@", " @")),
    (row) => (row[2] = String(row[2]).split(" ")[0]!),
    (row) => (row[3] = String(row[3]).replace("№ ", "№")),
    (row) => (row[7] = d(2026, 9, 1)),
    (row) => (row[8] = "в работе"),
    (row) => (row[12] = "сертификат.pdf"),
    (row) => (row[6] = "первое октября"),
  ];
  mistakes.forEach((spoil, i) => {
    const row = rows[1 + ((i * 7 + 3) % (rows.length - 1))];
    if (row) spoil(row);
  });
  if (rows.length > 2)
    rows.push(
      [...rows[2]!].map((cell, i) => (i === 0 ? new Date((cell as Date).getTime() + 86_400_000) : cell)),
    ); // a repeated submission
  return { name: sheetName, rows };
}
