// Finds personal data in an incoming report (fields named ФИО, e-mail, birth date…; values that look like a person):
// only aggregates may leave a municipality.
import type { ReportIssue } from "./issues.ts";
import { formatPath } from "./issues.ts";
import { personLike, type PersonKind } from "./personLike.ts";

type PathKey = string | number;

/** Key fragments (lower-case, without spaces, «-», «_», «.») → what kind of personal data the key names. */
const PERSONAL_KEYS: readonly { kind: string; fragments: readonly string[]; exact?: readonly string[] }[] = [
  {
    kind: "ФИО",
    fragments: ["фио", "fio", "фамилия", "отчество", "surname", "lastname", "firstname", "middlename"],
    exact: ["имя", "fullname", "patronymic", "familyname", "givenname", "personname", "teachername"],
  },
  {
    kind: "адрес электронной почты",
    fragments: ["email", "почта", "емейл", "имейл"],
    exact: ["mail", "mailto"],
  },
  { kind: "дата рождения", fragments: ["birth", "рождени"], exact: ["dob"] },
  { kind: "телефон", fragments: ["phone", "телефон"] },
  { kind: "СНИЛС", fragments: ["snils", "снилс"] },
  { kind: "паспортные данные", fragments: ["passport", "паспорт"] },
];

const MAX_DEPTH = 20;

const normalizeKey = (key: string) =>
  key
    .toLowerCase()
    .replace(/ё/gu, "е")
    .replace(/[\s._\-–—]/gu, "");

/** The kind of personal data a field name stands for («ФИО», «адрес электронной почты»…), if any. */
export function personalKind(key: string): string | undefined {
  const normalized = normalizeKey(key);
  for (const entry of PERSONAL_KEYS)
    if (
      entry.fragments.some((fragment) => normalized.includes(fragment)) ||
      entry.exact?.includes(normalized)
    )
      return entry.kind;
  return undefined;
}

export const personalKeyMessage = (path: string, key: string, kind: string) =>
  `Поле «${path}» содержит персональные данные (${kind}): в регион передаются только сводные числа, без ФИО, адресов электронной почты и дат рождения. Удалите поле «${key}» из отчёта.`;

const LOOKS_LIKE: Record<PersonKind, string> = {
  ФИО: "фамилию, имя и отчество человека",
  "фамилия с инициалами": "фамилию с инициалами",
  СНИЛС: "номер СНИЛС",
  ИНН: "ИНН человека",
  "номер телефона": "номер телефона",
  "адрес электронной почты": "адрес электронной почты",
};

/** The sentence for a value of field `path` that looks like personal data of `kind`. */
export const personalValueMessage = (path: string, kind: PersonKind) =>
  `Значение поля «${path}» похоже на ${LOOKS_LIKE[kind]} — это персональные данные, в регион они не передаются. Уберите их из текста: в отчёт попадают только коды и названия из «Каталога» и предметы, которые ведут не меньше 3 человек.`;

/** Every field named like personal data and every value that looks like a person (personLike), anywhere in `input`. */
export function findPersonalData(input: unknown): ReportIssue[] {
  const issues: ReportIssue[] = [];
  const walk = (value: unknown, path: PathKey[], depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (typeof value === "string") {
      const kind = personLike(value);
      if (kind) {
        const where = formatPath(path);
        issues.push({ path: where, message: personalValueMessage(where, kind) });
      }
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...path, index], depth + 1));
      return;
    }
    if (value === null || typeof value !== "object") return;
    for (const [key, item] of Object.entries(value)) {
      const kind = personalKind(key);
      if (kind) {
        const where = formatPath([...path, key]);
        issues.push({ path: where, message: personalKeyMessage(where, key, kind) });
      } else walk(item, [...path, key], depth + 1);
    }
  };
  walk(input, [], 0);
  return issues;
}
