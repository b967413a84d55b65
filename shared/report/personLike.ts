// Texts that look like a person (spec §6): a full name, a surname with initials, a СНИЛС or ИНН, a phone number, an
// e-mail. One pass over the characters for names and one for numbers: linear in the text's length, whatever it holds.

export type PersonKind =
  "ФИО" | "фамилия с инициалами" | "СНИЛС" | "ИНН" | "номер телефона" | "адрес электронной почты";

/**
 * «local@domain.tld». The local part is only looked behind for (one character), so a match can start only at an
 * «@» and each character is scanned a bounded number of times: linear in the length of the value. The older
 * pattern (`[^…]+@…`) tried every start position and ran to the end each time — quadratic, ≈ 8 s for 60 000
 * letters (see bench/personalData.ts).
 */
const EMAIL_VALUE = /(?<=[^\s@<>"])@[^\s@<>"]+\.[^\s@<>".]{2,}/u;

/** Endings of Russian patronymics (Петрович, Ильич, Петровна, Ильинична) and of their Latin spellings. */
const PATRONYMIC_ENDINGS = [
  "ович",
  "евич",
  "ич",
  "овна",
  "евна",
  "ична",
  "ovich",
  "evich",
  "ovna",
  "evna",
  "ichna",
];
const patronymic = (text: string) => {
  const lower = text.toLowerCase();
  return PATRONYMIC_ENDINGS.some((ending) => lower.endsWith(ending));
};
/** Words before initials that name a namesake, not a person the report is about: «школа им. А. С. Пушкина». */
const NAMESAKE = new Set(["им", "имени"]);

const isLetter = (ch: string) =>
  (ch >= "а" && ch <= "я") ||
  (ch >= "А" && ch <= "Я") ||
  (ch >= "a" && ch <= "z") ||
  (ch >= "A" && ch <= "Z") ||
  (ch > "\u007f" && /[\p{L}\p{M}]/u.test(ch));
const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

interface Token {
  readonly text: string;
  readonly initial: boolean;
  readonly capital: boolean;
}

const word = (token: Token | undefined, minLength = 2): token is Token =>
  token !== undefined && !token.initial && token.capital && token.text.length >= minLength;
const initial = (token: Token | undefined) => token?.initial === true;
const namesake = (token: Token | undefined) => token !== undefined && NAMESAKE.has(token.text.toLowerCase());

/**
 * Names, read as words and initials (a capital letter and a dot) joined by spaces and dots only: a capitalised word
 * followed by a capitalised patronymic («Мария Петровна»), a surname and two initials («Иванова М. П.», «Иванова
 * М.П.») or two initials and a surname («М. П. Иванова») — but not after «им.»/«имени».
 */
function nameKind(text: string): PersonKind | undefined {
  // The last four tokens of the current chain (tokens separated by spaces and dots only), newest last.
  let chain: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (!isLetter(ch)) {
      if (ch !== " " && ch !== ".") chain = [];
      i++;
      continue;
    }
    let end = i + 1;
    // Letters, with a hyphen or an apostrophe between two letters (Петрова-Водкина, О'Нил) inside the word.
    while (
      end < text.length &&
      (isLetter(text[end]!) || ("-'’".includes(text[end]!) && isLetter(text[end + 1] ?? "")))
    )
      end++;
    const written = text.slice(i, end);
    const capital = isUpper(written[0]!);
    const afterInitial = initial(chain.at(-1));
    const isInitial = written.length === 1 && capital && (text[end] === "." || afterInitial);
    const token: Token = { text: written, initial: isInitial, capital };
    const [t3, t2, t1] = [chain.at(-3), chain.at(-2), chain.at(-1)];
    if (word(t1) && word(token, 4) && patronymic(written)) return "ФИО";
    if (!namesake(t3) && word(t2) && initial(t1) && token.initial) return "фамилия с инициалами";
    if (!namesake(t3) && initial(t2) && initial(t1) && word(token)) return "фамилия с инициалами";
    chain.push(token);
    if (chain.length > 4) chain = chain.slice(-4);
    i = end;
  }
  return undefined;
}

/** Characters that may join the digit groups of one number: «+7 (495) 123-45-67», «123-456-789 00». */
const NUMBER_JOINERS = " -().+";

/** How the subscriber part of a number is written after a 3-, 4- or 5-digit area code («123-45-67», «12-34-56»). */
const SUBSCRIBER_GROUPS: Record<number, readonly string[]> = {
  3: ["3,2,2", "7", "3,4"],
  4: ["2,2,2", "6", "3,3"],
  5: ["1,2,2", "5", "2,3", "3,2"],
};

/** Whether digit groups read as a 10-digit Russian number: all ten at once, or an area code and the subscriber's. */
const tenDigitNumber = (groups: readonly number[]) =>
  groups.join() === "10" || SUBSCRIBER_GROUPS[groups[0]!]?.includes(groups.slice(1).join()) === true;

/** What a number written as digit groups of `groups` lengths is, if it points at a person. */
function numberKind(groups: readonly number[], digits: string): PersonKind | undefined {
  const total = groups.reduce((sum, length) => sum + length, 0);
  if (groups.length === 1 && total === 12) return "ИНН";
  if (total === 11 && (groups.length === 1 || groups.join() === "3,3,3,2"))
    return groups.length === 1 && /^[78]/u.test(digits) ? "номер телефона" : "СНИЛС";
  // A country code (7 or 8) in front, then a 10-digit number.
  const withCountry = groups.length > 1 && groups[0] === 1 && /^[78]/u.test(digits);
  return tenDigitNumber(withCountry ? groups.slice(1) : groups) ? "номер телефона" : undefined;
}

/** Numbers: digit groups joined by at most two of NUMBER_JOINERS, each group's length kept (no regex, no backtracking). */
function digitsKind(text: string): PersonKind | undefined {
  let groups: number[] = [];
  let digits = "";
  let joiners = 0;
  const finish = () => {
    const kind = groups.length > 0 ? numberKind(groups, digits) : undefined;
    groups = [];
    digits = "";
    joiners = 0;
    return kind;
  };
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i] ?? "";
    if (ch >= "0" && ch <= "9") {
      if (joiners > 0 || groups.length === 0) groups.push(0);
      groups[groups.length - 1]!++;
      if (digits.length < 16) digits += ch;
      joiners = 0;
    } else if (ch !== "" && NUMBER_JOINERS.includes(ch) && joiners < 2) {
      joiners++;
    } else {
      const kind = finish();
      if (kind) return kind;
    }
  }
  return undefined;
}

/** What kind of personal data `text` looks like, if any (checked in this order: e-mail, number, name). */
export function personLike(text: string): PersonKind | undefined {
  if (EMAIL_VALUE.test(text)) return "адрес электронной почты";
  return digitsKind(text) ?? nameKind(text);
}
