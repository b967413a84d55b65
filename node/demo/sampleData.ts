// Realistic sample workbooks of three municipalities (seeded, reproducible), with the mistakes real registers have.
import type { Cell } from "../../shared/cells.ts";
import { COMPETENCE_GROUPS } from "../../shared/schema/enums.ts";
import type { SheetToWrite } from "../xlsx/writeWorkbook.ts";
import { fioOf, randomPerson, translit, type Person } from "./names.ts";
import { Random } from "./random.ts";

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

const SUBJECTS = [
  "математика",
  "русский язык",
  "литература",
  "физика",
  "химия",
  "биология",
  "история",
  "английский язык",
  "информатика",
  "география",
];
const SUBJECT_POSITION: Record<string, string> = {
  математика: "учитель математики",
  "русский язык": "учитель русского языка",
  литература: "учитель литературы",
  физика: "учитель физики",
  химия: "учитель химии",
  биология: "учитель биологии",
  история: "учитель истории",
  "английский язык": "учитель английского языка",
  информатика: "учитель информатики",
  география: "учитель географии",
};
const TOPICS = [
  "Функциональная грамотность на уроках",
  "Цифровые образовательные ресурсы",
  "Формирующее оценивание",
  "Работа с детьми с ОВЗ",
  "Проектная деятельность обучающихся",
  "Обновлённые ФГОС: рабочая программа",
];

interface Org {
  name: string;
  type: "общеобразовательная" | "дошкольная" | "дополнительного образования";
  domain: string;
}

function makeOrgs(random: Random, count: number): Org[] {
  const orgs: Org[] = [];
  for (let i = 1; i <= count; i++) {
    const kind = i <= Math.ceil(count * 0.6) ? 0 : i < count ? 1 : 2;
    if (kind === 0)
      orgs.push({
        name: i % 3 === 0 ? `МАОУ Гимназия № ${i}` : `МБОУ СОШ № ${i}`,
        type: "общеобразовательная",
        domain: `school${i}`,
      });
    else if (kind === 1)
      orgs.push({
        name: `МБДОУ Детский сад № ${i * 3} «${random.pick(["Солнышко", "Ромашка", "Радуга", "Сказка"])}»`,
        type: "дошкольная",
        domain: `ds${i * 3}`,
      });
    else
      orgs.push({
        name: "МБУ ДО Центр детского творчества",
        type: "дополнительного образования",
        domain: "cdt",
      });
  }
  return orgs;
}

interface StaffMember {
  person: Person;
  email: string;
  org: Org;
  manager: boolean;
  position: string;
  subject: string;
  birth: Date;
  experience: number;
}

const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);

function makeStaff(random: Random, orgs: Org[]): StaffMember[] {
  const staff: StaffMember[] = [];
  const used = new Set<string>();
  for (const org of orgs) {
    const size = org.type === "общеобразовательная" ? random.int(14, 22) : random.int(6, 10);
    for (let i = 0; i < size; i++) {
      const person = randomPerson(random);
      let email = `${translit(person.surname)}.${translit(person.name[0]!)}${translit(person.patronymic[0]!)}@${org.domain}.edu.ru`;
      for (let n = 2; used.has(email); n++) email = email.replace(/(\d*)@/u, `${n}@`);
      used.add(email);
      const age = random.chance(0.2) ? random.int(22, 34) : random.int(35, 64);
      const manager = i === 0 || (i === 1 && org.type === "общеобразовательная");
      const subject = org.type === "общеобразовательная" && !manager ? random.pick(SUBJECTS) : "";
      const position = manager
        ? i === 0
          ? org.type === "дошкольная"
            ? "заведующий"
            : "директор"
          : "заместитель директора"
        : org.type === "общеобразовательная"
          ? SUBJECT_POSITION[subject]!
          : org.type === "дошкольная"
            ? "воспитатель"
            : "педагог дополнительного образования";
      const experience =
        age < 35 && random.chance(0.5) ? random.int(0, 3) : random.int(4, Math.max(4, age - 22));
      staff.push({
        person,
        email,
        org,
        manager,
        position,
        subject,
        birth: d(2026 - age, random.int(1, 12), random.int(1, 28)),
        experience,
      });
    }
  }
  return staff;
}

const yesNo = (value: boolean): Cell => (value ? "да" : "нет");

function staffSheet(random: Random, staff: StaffMember[]): SheetToWrite {
  const rows: Cell[][] = [
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
  for (const s of staff) {
    const young = s.experience <= 3 && 2026 - s.birth.getFullYear() < 35;
    rows.push([
      s.email,
      fioOf(s.person),
      s.org.name,
      s.manager ? "управленческий кадр" : "педагогический работник",
      s.position,
      s.subject,
      s.birth,
      s.experience,
      yesNo(random.chance(0.93)),
      yesNo(random.chance(0.78)),
      yesNo(random.chance(0.07)),
      young && random.chance(0.6)
        ? "наставляемый"
        : s.experience > 15 && random.chance(0.2)
          ? "наставник"
          : "нет",
      yesNo(young && random.chance(0.4)),
    ]);
  }
  return { name: "Педагоги", rows };
}

function diagnosticsSheet(random: Random, staff: StaffMember[], mean: number): SheetToWrite {
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

function registerSheet(random: Random, staff: StaffMember[], sheetName: string): SheetToWrite {
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

function orgsSheet(random: Random, orgs: Org[]): SheetToWrite {
  const rows: Cell[][] = [
    [
      "Наименование ОО",
      "Тип ОО",
      "Мониторинг методических объединений",
      "Целевая модель наставничества",
      "Стажировочная площадка",
      "Выявление кадровых потребностей",
      "Школа с низкими результатами",
    ],
  ];
  for (const org of orgs)
    rows.push([
      org.name,
      org.type,
      yesNo(random.chance(0.85)),
      yesNo(random.chance(0.75)),
      yesNo(random.chance(0.25)),
      yesNo(random.chance(0.9)),
      yesNo(random.chance(0.1)),
    ]);
  return { name: "ОО", rows };
}

/** The sheets of one municipality's register spreadsheet as a methodist would export it. */
export function municipalityWorkbook(municipality: Municipality, reportDate: Date): SheetToWrite[] {
  const random = new Random(municipality.seed);
  const orgs = makeOrgs(random, municipality.orgs);
  const staff = makeStaff(random, orgs);
  return [
    registerSheet(random, staff, municipality.registerSheet),
    staffSheet(random, staff),
    orgsSheet(random, orgs),
    diagnosticsSheet(random, staff, municipality.level),
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
