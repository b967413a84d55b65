// Russian surnames, first names and patronymics for sample staff (gender-consistent), and e-mail transliteration.
import type { Random } from "./random.ts";

const MALE = {
  surnames: [
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Петров",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
    "Алексеев",
    "Лебедев",
    "Семёнов",
    "Егоров",
    "Павлов",
    "Козлов",
    "Степанов",
    "Николаев",
    "Орлов",
    "Андреев",
    "Макаров",
    "Никитин",
    "Захаров",
  ],
  names: [
    "Александр",
    "Сергей",
    "Дмитрий",
    "Андрей",
    "Алексей",
    "Максим",
    "Евгений",
    "Иван",
    "Михаил",
    "Артём",
    "Николай",
    "Павел",
    "Владимир",
    "Олег",
    "Игорь",
  ],
};
const FEMALE = {
  surnames: MALE.surnames.map((s) => `${s}а`),
  names: [
    "Елена",
    "Ольга",
    "Наталья",
    "Татьяна",
    "Ирина",
    "Светлана",
    "Анна",
    "Мария",
    "Екатерина",
    "Юлия",
    "Марина",
    "Людмила",
    "Галина",
    "Анастасия",
    "Дарья",
    "Виктория",
    "Надежда",
    "Оксана",
  ],
};
/** Fathers' names; each keeps the initial of the name it replaced, so the demo's e-mail addresses stay the same. */
const FATHERS = [
  "Александр",
  "Сергей",
  "Владимир",
  "Никита",
  "Илья",
  "Михаил",
  "Виктор",
  "Пётр",
  "Андрей",
  "Юрий",
  "Геннадий",
  "Борис",
];

/** Patronymics that follow no rule below: a stem that changes (Пётр, Лев, Павел, Михаил, Яков) or an old form. */
const IRREGULAR: Record<string, readonly [male: string, female: string]> = {
  Пётр: ["Петрович", "Петровна"],
  Лев: ["Львович", "Львовна"],
  Павел: ["Павлович", "Павловна"],
  Михаил: ["Михайлович", "Михайловна"],
  Яков: ["Яковлевич", "Яковлевна"],
  Илья: ["Ильич", "Ильинична"],
  Никита: ["Никитич", "Никитична"],
  Фома: ["Фомич", "Фоминична"],
  Кузьма: ["Кузьмич", "Кузьминична"],
  Лука: ["Лукич", "Лукинична"],
};

const VOWELS = /[аеёиоуыэюя]/iu;

/**
 * The patronymic from the father's name by the rules of Russian: a consonant takes -ович/-овна (Иван →
 * Иванович), -ь and -ей/-ай take -евич/-евна (Игорь → Игоревич, Сергей → Сергеевич, Николай → Николаевич), -ий
 * after one consonant -ьевич/-ьевна (Юрий → Юрьевич, Геннадий → Геннадьевна) and after two -иевич/-иевна
 * (Дмитрий → Дмитриевич), -а/-я -ич/-ична (Савва → Саввич); the exceptions are listed in IRREGULAR.
 */
export function patronymicOf(father: string, female: boolean): string {
  const irregular = IRREGULAR[father];
  if (irregular) return female ? irregular[1] : irregular[0];
  const [male, woman] = ((): [string, string] => {
    if (father.endsWith("ий")) {
      const stem = father.slice(0, -2);
      const twoConsonants = stem.length >= 2 && !VOWELS.test(stem.at(-1)!) && !VOWELS.test(stem.at(-2)!);
      return twoConsonants ? [`${stem}иевич`, `${stem}иевна`] : [`${stem}ьевич`, `${stem}ьевна`];
    }
    if (/[ейа]й$/u.test(father) || father.endsWith("ь")) {
      const stem = father.slice(0, -1);
      return [`${stem}евич`, `${stem}евна`];
    }
    if (/[ая]$/u.test(father)) {
      const stem = father.slice(0, -1);
      return [`${stem}ич`, `${stem}ична`];
    }
    return [`${father}ович`, `${father}овна`];
  })();
  return female ? woman : male;
}

const TRANSLIT: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};
export const translit = (text: string) => [...text.toLowerCase()].map((c) => TRANSLIT[c] ?? c).join("");

export interface Person {
  readonly surname: string;
  readonly name: string;
  readonly patronymic: string;
  readonly female: boolean;
}

export function randomPerson(random: Random): Person {
  const female = random.chance(0.8); // most Russian teachers are women
  const pool = female ? FEMALE : MALE;
  return {
    surname: random.pick(pool.surnames),
    name: random.pick(pool.names),
    patronymic: patronymicOf(random.pick(FATHERS), female),
    female,
  };
}

export const fioOf = (p: Person) => `${p.surname} ${p.name} ${p.patronymic}`;
