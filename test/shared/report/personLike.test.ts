// Texts that look like a person: found in names, initials, numbers and addresses; real catalogue titles, subjects and
// municipality names pass; one pass over the text whatever it holds (a fuzz of long adversarial texts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOG } from "../../../shared/iom/defaultCatalog.ts";
import { KPI_DEFINITIONS } from "../../../shared/kpi/definitions.ts";
import { personLike } from "../../../shared/report/personLike.ts";

/** Titles and subjects as real catalogues, rosters and registries write them (ФРДПО, regional catalogues, ФОП). */
const REAL_TEXTS = [
  "Русский язык и литература",
  "Основы безопасности и защиты Родины",
  "ДПП «Реализация требований обновлённых ФГОС НОО, ФГОС ООО в работе учителя»",
  "ДПП «Реализация требований обновлённых ФГОС НОО, ФГОС ООО»",
  "Школа современного учителя. Развитие естественно-научной грамотности",
  "Функциональная грамотность: читательская, математическая, естественнонаучная",
  "Совершенствование компетенций учителя в соответствии с ФОП ООО и ФОП СОО",
  "Разговоры о важном: система работы классного руководителя (куратора)",
  "Деятельность советника директора по воспитанию и по взаимодействию с детскими общественными объединениями",
  "Обучение детей с ОВЗ в условиях инклюзивного образования",
  "Методика преподавания ОРКСЭ и ОДНКНР",
  "Иностранный (английский) язык",
  "Технология (труд)",
  "История России. Всеобщая история",
  "Вероятность и статистика",
  "Изобразительное искусство",
  "Физическая культура",
  "Основы финансовой грамотности",
  "Цифровая образовательная среда: новые компетенции педагога",
  "Наставничество «педагог — молодой специалист»",
  "Формирование функциональной грамотности обучающихся 5–9 классов",
  "Подготовка к ОГЭ и ЕГЭ по математике 2025-2026 учебного года",
  "Курс 72 ч., с 01.09.2026 по 31.05.2027",
  "Семинар 15.10.2026 в 14.00",
  "Приказ Минпросвещения России от 31.05.2021 № 286",
  "ДПП-2026-0001-01",
  "44.03.01 Педагогическое образование",
  "Модуль 1. Часть I. Основы",
  "МБОУ СОШ № 3 им. А. С. Пушкина",
  "Лицей имени М. В. Ломоносова",
  "Гимназия им. Пушкина А.С.",
  "Одинцовский городской округ",
  "Городской округ Павловский Посад",
  "Муниципальный округ Пушкинский",
  "без предмета",
  "прочие",
  "математика",
  "Начальные классы",
  "Педагог-психолог",
  "Учитель-логопед",
];

const PEOPLE: readonly [string, string][] = [
  ["Иванова Мария Петровна", "ФИО"],
  ["ИВАНОВА МАРИЯ ПЕТРОВНА", "ФИО"],
  ["Петров Иван Ильич", "ФИО"],
  ["Мария Петровна Иванова", "ФИО"],
  ["Ivanova Maria Petrovna", "ФИО"],
  ["наставник Иванова М. П.", "фамилия с инициалами"],
  ["Иванова М.П.", "фамилия с инициалами"],
  ["Иванова М.П", "фамилия с инициалами"],
  ["М.П. Иванова", "фамилия с инициалами"],
  ["М. П. Петрова-Водкина", "фамилия с инициалами"],
  ["Курс Ивановой М. П.", "фамилия с инициалами"],
  ["СНИЛС 123-456-789 00", "СНИЛС"],
  ["12345678901", "СНИЛС"],
  ["ИНН 500100732259", "ИНН"],
  ["+7 (495) 123-45-67", "номер телефона"],
  ["8 800 555 35 35", "номер телефона"],
  ["Курс отменён, запись по тел. 8-916-123-45-67", "номер телефона"],
  ["тел. (49624) 5-12-34", "номер телефона"],
  ["89161234567", "номер телефона"],
  ["ivanova@school1.ru", "адрес электронной почты"],
  ["mail: Иванова@школа.рф", "адрес электронной почты"],
];

describe("personLike", () => {
  it.each(PEOPLE)("finds «%s» (%s)", (text, kind) => expect(personLike(text)).toBe(kind));

  it.each(REAL_TEXTS)("leaves «%s» alone", (text) => expect(personLike(text)).toBeUndefined());

  it("leaves the example catalogue and the indicators' titles alone", () => {
    for (const row of DEFAULT_CATALOG) {
      expect(personLike(row.code), row.code).toBeUndefined();
      expect(personLike(row.title), row.title).toBeUndefined();
    }
    for (const { title } of KPI_DEFINITIONS) expect(personLike(title), title).toBeUndefined();
  });

  const alphabet = fc.constantFrom(..."Аа Мм.Пп-1 2@x'(),;Ёё".split(""));
  const text = (max: number) => fc.array(alphabet, { maxLength: max }).map((chars) => chars.join(""));

  it("finds a person wherever a text puts it, between separators", () => {
    fc.assert(
      fc.property(text(30), fc.constantFrom(...PEOPLE.map(([p]) => p)), text(30), (before, person, after) => {
        expect(personLike(`${before}; ${person} ;${after}`)).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });

  it("never throws and answers the same for the same text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (value) => {
        expect(personLike(value)).toBe(personLike(value));
      }),
      { numRuns: 300 },
    );
  });

  // The speed figures are bench/personLike.ts's; this only guards against a pattern that backtracks: a quadratic
  // scan of 64 KB takes seconds, a linear one well under a tenth of that.
  it("reads 64 KB of adversarial text in one pass", () => {
    const units = ["Аа ", "А. ", "А.", "Иванович ", "1-", "1 ", "8(", "a@", "a.", "Мм-", "Аа\u00a0", "+7 "];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { minLength: 1, maxLength: 4 }), (mix) => {
        const unit = mix.join("");
        const value = unit.repeat(Math.ceil((64 * 1024) / unit.length));
        const start = performance.now();
        personLike(value);
        expect(performance.now() - start).toBeLessThan(500);
      }),
      { numRuns: 40 },
    );
  });
});
