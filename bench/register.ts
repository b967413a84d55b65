// A municipal register shaped like a real one, of any size (seeded, the same on every machine), for the CLI benches.
//
// Shape per N staff, 40 organisations (24 schools, 14 kindergartens, 2 centres of further education):
// - «Педагоги»: N rows, one in ten a manager; teachers with a subject at schools, воспитатели, педагоги ДО.
// - «Диагностика»: three in four people diagnosed this autumn (Sep–Oct), one row per competence group (five, six for
//   managers) by a regional, municipal or school procedure; one group in ten also has last year's row, one in
//   fourteen a second procedure this year (November): ≈ 4.5 rows per staff member.
// - «Реестр ИОМ»: two in three people answered the form (Sep–Nov), one in six of them twice (a status update, the
//   same route sent again: a `duplicate` warning); three in ten report a course. ≈ 0.8 rows per staff member.
// - «ИОМ»: routes of one in three people, three activities each (one group each), some done: ≈ 1 row per staff member.
// - «ОО», «Каталог» (the example catalogue), «Настройки» (report date 30.11.2026).
// Every row is valid, so the helper COUNTIFS of a methodist and `marshrut kpi` count the same rows.
import type { RawSheet } from "../shared/book.ts";
import type { Cell } from "../shared/cells.ts";
import { defaultCatalogTable } from "../shared/iom/defaultCatalog.ts";
import { Random } from "../node/demo/random.ts";

export const REPORT_DATE = "2026-11-30";
export const ORGS = 40;
const SCHOOLS = 24;
const KINDERGARTENS = 14;

const GROUPS = ["предметные", "методические", "психолого-педагогические", "коммуникативные", "цифровые"];
const SURNAMES: readonly (readonly [string, string, string])[] = [
  ["Иванов", "Иванова", "ivanov"],
  ["Смирнов", "Смирнова", "smirnov"],
  ["Кузнецов", "Кузнецова", "kuznetsov"],
  ["Попов", "Попова", "popov"],
  ["Соколов", "Соколова", "sokolov"],
  ["Лебедев", "Лебедева", "lebedev"],
  ["Козлов", "Козлова", "kozlov"],
  ["Новиков", "Новикова", "novikov"],
  ["Морозов", "Морозова", "morozov"],
  ["Волков", "Волкова", "volkov"],
  ["Соловьёв", "Соловьёва", "solovyov"],
  ["Васильев", "Васильева", "vasilyev"],
];
const WOMEN = ["Мария", "Анна", "Елена", "Ольга", "Наталья", "Татьяна", "Светлана", "Ирина"];
const MEN = ["Иван", "Сергей", "Андрей", "Алексей", "Дмитрий", "Михаил"];
const PATRONYMICS: readonly (readonly [string, string])[] = [
  ["Петрович", "Петровна"],
  ["Сергеевич", "Сергеевна"],
  ["Юрьевич", "Юрьевна"],
  ["Викторович", "Викторовна"],
  ["Ильич", "Ильинична"],
];
const SUBJECTS = [
  "математика",
  "русский язык",
  "литература",
  "физика",
  "история",
  "биология",
  "английский язык",
];
const POSITIONS: Record<string, string> = {
  математика: "учитель математики",
  "русский язык": "учитель русского языка",
  литература: "учитель литературы",
  физика: "учитель физики",
  история: "учитель истории",
  биология: "учитель биологии",
  "английский язык": "учитель английского языка",
};
const TOPICS = [
  "Функциональная грамотность на уроках",
  "Цифровые образовательные ресурсы",
  "Формирующее оценивание",
  "Работа с детьми с ОВЗ",
  "Проектная деятельность обучающихся",
];
const DEFICITS = ["оценивание образовательных результатов", "цифровые сервисы", "работа с родителями"];
const PROCEDURES = ["региональная", "муниципальная", "школьная"];
const STATES = ["выполнено", "в процессе", "запланировано"];

const day = (y: number, m: number, d: number) => new Date(y, m - 1, d);
const yesNo = (value: boolean) => (value ? "да" : "нет");

export function orgOf(i: number): { name: string; type: string; domain: string } {
  if (i < SCHOOLS)
    return { name: `МБОУ СОШ № ${i + 1}`, type: "общеобразовательная", domain: `school${i + 1}` };
  if (i < SCHOOLS + KINDERGARTENS)
    return { name: `МБДОУ Детский сад № ${i + 1}`, type: "дошкольная", domain: `ds${i + 1}` };
  return { name: `МБУ ДО ЦДТ № ${i + 1}`, type: "дополнительного образования", domain: `cdt${i + 1}` };
}

interface Member {
  readonly email: string;
  readonly fio: string;
  readonly org: ReturnType<typeof orgOf>;
  readonly manager: boolean;
  readonly position: string;
}

function member(random: Random, i: number): Member {
  const org = orgOf(i % ORGS);
  const woman = random.chance(0.8);
  const [male, female, latin] = random.pick(SURNAMES);
  const patronymic = random.pick(PATRONYMICS)[woman ? 1 : 0];
  const fio = `${woman ? female : male} ${random.pick(woman ? WOMEN : MEN)} ${patronymic}`;
  const manager = i % 10 === 0;
  const subject = random.pick(SUBJECTS);
  const position = manager
    ? org.type === "общеобразовательная"
      ? "заместитель директора"
      : "заведующий"
    : org.type === "общеобразовательная"
      ? POSITIONS[subject]!
      : org.type === "дошкольная"
        ? "воспитатель"
        : "педагог дополнительного образования";
  return { email: `${latin}${woman ? "a" : ""}.${i}@${org.domain}.edu.ru`, fio, org, manager, position };
}

const STAFF_HEADERS = [
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
];
const DIAGNOSTICS_HEADERS = [
  "Email",
  "Дата диагностики",
  "Процедура",
  "Группа компетенций",
  "Результат, %",
  "Уровень",
  "Дефициты",
];
const REGISTER_HEADERS = [
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
];
const ROUTE_HEADERS = [
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
  "Контрольная точка",
  "Статус мероприятия",
  "Дата выполнения",
];

function staffRow(random: Random, m: Member): Cell[] {
  const young = random.chance(0.15);
  const experience = young ? random.int(0, 3) : random.int(4, 40);
  const subject =
    m.org.type === "общеобразовательная" && !m.manager ? m.position.replace(/^учитель /u, "") : "";
  return [
    m.email,
    m.fio,
    m.org.name,
    m.manager ? "управленческий кадр" : "педагогический работник",
    m.position,
    subject && Object.entries(POSITIONS).find(([, p]) => p === m.position)![0],
    day(young ? random.int(1993, 2003) : random.int(1962, 1992), random.int(1, 12), random.int(1, 28)),
    experience,
    yesNo(random.chance(0.7)),
    yesNo(random.chance(0.8)),
    yesNo(random.chance(0.12)),
    young ? "наставляемый" : random.chance(0.1) ? "наставник" : "нет",
    yesNo(young && random.chance(0.7)),
  ];
}

function diagnosticRows(random: Random, m: Member, rows: Cell[][]): void {
  if (!random.chance(0.75)) return;
  const on = day(2026, random.int(9, 10), random.int(1, 28));
  const procedure = random.pick(PROCEDURES);
  for (const group of m.manager ? [...GROUPS, "управленческие"] : GROUPS) {
    const score = random.score(68, 16);
    if (random.chance(0.1))
      rows.push([
        m.email,
        day(2025, 10, random.int(1, 28)),
        "муниципальная",
        group,
        random.score(60, 16),
        "",
        "",
      ]);
    rows.push([m.email, on, procedure, group, score, "", score < 50 ? random.pick(DEFICITS) : ""]);
    if (random.chance(1 / 14))
      rows.push([
        m.email,
        day(2026, 11, random.int(1, 25)),
        "муниципальная",
        group,
        Math.min(100, score + 10),
        "",
        "",
      ]);
  }
}

function registerRows(random: Random, m: Member, rows: Cell[][]): void {
  if (!random.chance(2 / 3)) return;
  const course = random.chance(0.3);
  const short = random.chance(0.2);
  const topic = random.pick(TOPICS);
  const row = (submitted: Date, status: string): Cell[] => [
    submitted,
    m.email,
    m.fio,
    m.org.name,
    m.position,
    topic,
    short ? day(2026, 9, 1) : day(2026, 10, 1),
    short ? day(2026, 11, 20) : day(2027, 5, 31),
    status,
    course ? "Школа современного учителя" : "",
    course ? yesNo(random.chance(0.7)) : "",
    course ? day(2026, random.int(9, 11), random.int(1, 20)) : "",
    course ? `https://disk.example.ru/cert/${m.email.split("@")[0]}.pdf` : "",
  ];
  const first = new Date(2026, random.int(8, 9), random.int(1, 28), random.int(8, 20), random.int(0, 59));
  rows.push(row(first, short ? "реализуется" : "разработан"));
  if (random.chance(1 / 6))
    rows.push(
      row(new Date(first.getTime() + random.int(7, 40) * 86_400_000), short ? "реализован" : "реализуется"),
    );
}

function routeRows(random: Random, m: Member, rows: Cell[][]): void {
  if (!random.chance(1 / 3)) return;
  const [from, to] = random.chance(0.1)
    ? [day(2025, 10, 1), day(2026, 5, 31)]
    : [day(2026, 10, 1), day(2027, 5, 31)];
  for (let a = 0; a < 3; a++) {
    const group = random.pick(GROUPS);
    const state = random.pick(STATES);
    const abbr = {
      предметные: "ПРЕД",
      методические: "МЕТ",
      "психолого-педагогические": "ПСИ",
      коммуникативные: "КОМ",
      цифровые: "ЦИФ",
    }[group]!;
    const start = new Date(from.getFullYear(), from.getMonth() + a, 1);
    rows.push([
      m.email,
      m.fio,
      m.org.name,
      from,
      to,
      group,
      `ПРИМЕР-${abbr}-${a + 1}`,
      a === 0 ? "ДПП (федеральный реестр)" : "Методическое мероприятие",
      a === 0 ? "ДПП" : "мероприятие",
      yesNo(a === 0),
      a === 0 ? 36 : 8,
      start,
      new Date(start.getFullYear(), start.getMonth() + 1, 15),
      a === 0 ? "удостоверение о повышении квалификации" : "выступление на ШМО",
      state,
      state === "выполнено" ? day(2026, 11, random.int(1, 25)) : "",
    ]);
  }
}

/** The workbook's sheets as getValues() gives them (dates as Date in local time). */
export function realisticRegister(
  staff: number,
  { seed = 22, code = "bench", name = "Синтетический округ" } = {},
): RawSheet[] {
  const random = new Random(seed);
  const people: Cell[][] = [STAFF_HEADERS];
  const diagnostics: Cell[][] = [DIAGNOSTICS_HEADERS];
  const register: Cell[][] = [REGISTER_HEADERS];
  const routes: Cell[][] = [ROUTE_HEADERS];
  for (let i = 0; i < staff; i++) {
    const m = member(random, i);
    people.push(staffRow(random, m));
    diagnosticRows(random, m, diagnostics);
    registerRows(random, m, register);
    routeRows(random, m, routes);
  }
  // Form answers come in time order, as Google Forms appends them.
  const answers = register.slice(1).sort((a, b) => (a[0] as Date).getTime() - (b[0] as Date).getTime());
  const orgs: Cell[][] = [
    ["Наименование ОО", "Тип ОО", "Мониторинг методических объединений", "Целевая модель наставничества"],
  ];
  for (let i = 0; i < ORGS; i++)
    orgs.push([orgOf(i).name, orgOf(i).type, yesNo(i % 2 === 0), yesNo(i % 3 === 0)]);
  return [
    { name: "Реестр ИОМ", values: [REGISTER_HEADERS, ...answers] },
    { name: "Педагоги", values: people },
    { name: "ОО", values: orgs },
    { name: "Диагностика", values: diagnostics },
    { name: "ИОМ", values: routes },
    { name: "Каталог", values: defaultCatalogTable() },
    {
      name: "Настройки",
      values: [
        ["Параметр", "Значение"],
        ["Код муниципалитета", code],
        ["Муниципалитет", name],
        ["Дата отчёта", "30.11.2026"],
      ],
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const staff = Number(process.argv[2] ?? 5_000);
  for (const sheet of realisticRegister(staff))
    console.log(
      `${sheet.name}: ${sheet.values.length - 1} строк (${((sheet.values.length - 1) / staff).toFixed(2)} на сотрудника)`,
    );
}
