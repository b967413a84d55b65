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
const FATHERS = [
  "Александр",
  "Сергей",
  "Владимир",
  "Николай",
  "Иван",
  "Михаил",
  "Виктор",
  "Пётр",
  "Андрей",
  "Юрий",
  "Геннадий",
  "Борис",
];

const patronymic = (father: string, female: boolean) => {
  const stem = father.replace(/й$/u, "").replace(/ь$/u, "");
  if (father.endsWith("й")) return female ? `${stem}евна` : `${stem}евич`;
  return female ? `${father}овна` : `${father}ович`;
};

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
    patronymic: patronymic(random.pick(FATHERS), female),
    female,
  };
}

export const fioOf = (p: Person) => `${p.surname} ${p.name} ${p.patronymic}`;
