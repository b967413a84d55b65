// Sample organisations and staff of a municipality (Russian names, ages, positions), and their two sheets.
import type { Cell } from "../../shared/cells.ts";
import type { SheetToWrite } from "../../xlsx/writeWorkbook.ts";
import { fioOf, randomPerson, translit, type Person } from "./names.ts";
import type { Random } from "./random.ts";

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
export interface Org {
  name: string;
  type: "общеобразовательная" | "дошкольная" | "дополнительного образования";
  domain: string;
}

export function makeOrgs(random: Random, count: number): Org[] {
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

export interface StaffMember {
  person: Person;
  email: string;
  org: Org;
  manager: boolean;
  position: string;
  subject: string;
  birth: Date;
  experience: number;
}

export const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);

export function makeStaff(random: Random, orgs: Org[]): StaffMember[] {
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

export const yesNo = (value: boolean): Cell => (value ? "да" : "нет");

export function staffSheet(random: Random, staff: StaffMember[]): SheetToWrite {
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

export function orgsSheet(random: Random, orgs: Org[]): SheetToWrite {
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
