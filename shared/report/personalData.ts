// Finds personal data in an incoming report (ФИО, e-mail, birth date…): only aggregates may leave a municipality.
import type { ReportIssue } from "./issues.ts";
import { formatPath } from "./issues.ts";

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

/**
 * «local@domain.tld». The local part is only looked behind for (one character), so a match can start only at an
 * «@» and each character is scanned a bounded number of times: linear in the length of the value. The older
 * pattern (`[^…]+@…`) tried every start position and ran to the end each time — quadratic, ≈ 8 s for 60 000
 * letters (see bench/personalData.ts).
 */
const EMAIL_VALUE = /(?<=[^\s@<>"])@[^\s@<>"]+\.[^\s@<>".]{2,}/u;
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

/** Every field named like personal data and every value that looks like an e-mail address, anywhere in `input`. */
export function findPersonalData(input: unknown): ReportIssue[] {
  const issues: ReportIssue[] = [];
  const walk = (value: unknown, path: PathKey[], depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (typeof value === "string") {
      if (EMAIL_VALUE.test(value)) {
        const where = formatPath(path);
        issues.push({
          path: where,
          message: `Значение поля «${where}» похоже на адрес электронной почты — это персональные данные, в регион они не передаются. Удалите адрес из отчёта.`,
        });
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
