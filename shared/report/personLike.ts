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

const LETTER = /[\p{L}\p{M}]/u;

/** Whether the character at `i` is a letter (or a combining mark): Cyrillic and Latin by their codes, others by regex. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451) return true; // А–я, Ё, ё
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true; // A–Z, a–z
  return c >= 0x80 && LETTER.test(text[i]!);
}
const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** A word or an initial of the text: where it is, and what the patterns ask of it. */
interface Token {
  readonly start: number;
  readonly end: number;
  readonly initial: boolean;
  readonly capital: boolean;
}

const word = (token: Token | undefined, minLength = 2): token is Token =>
  token !== undefined && !token.initial && token.capital && token.end - token.start >= minLength;
const initial = (token: Token | undefined) => token?.initial === true;

/**
 * Names, read as words and initials (a capital letter and a dot) joined by spaces and dots only: a capitalised word
 * followed by a capitalised patronymic («Мария Петровна»), a surname and two initials («Иванова М. П.», «Иванова
 * М.П.») or two initials and a surname («М. П. Иванова») — but not after «им.»/«имени». Each character is read once
 * and only the last three tokens are kept.
 */
function nameKind(text: string): PersonKind | undefined {
  const namesake = (token: Token | undefined) =>
    token !== undefined && NAMESAKE.has(text.slice(token.start, token.end).toLowerCase());
  // The last three tokens of the current chain (tokens separated by spaces and dots only), t1 the newest.
  let t1: Token | undefined;
  let t2: Token | undefined;
  let t3: Token | undefined;
  let i = 0;
  while (i < text.length) {
    if (!isLetterAt(text, i)) {
      const ch = text.charCodeAt(i);
      if (ch !== 0x20 && ch !== 0x2e) t1 = t2 = t3 = undefined; // anything but a space or a dot ends the chain
      i++;
      continue;
    }
    let end = i + 1;
    // Letters, with a hyphen or an apostrophe between two letters (Петрова-Водкина, О'Нил) inside the word.
    while (
      end < text.length &&
      (isLetterAt(text, end) || ("-'’".includes(text[end]!) && isLetterAt(text, end + 1)))
    )
      end++;
    const capital = isUpper(text[i]!);
    const isInitial = end - i === 1 && capital && (text[end] === "." || initial(t1));
    const token: Token = { start: i, end, initial: isInitial, capital };
    if (word(t1) && word(token, 4) && patronymic(text.slice(i, end))) return "ФИО";
    if (word(t2) && initial(t1) && token.initial && !namesake(t3)) return "фамилия с инициалами";
    if (initial(t2) && initial(t1) && word(token) && !namesake(t3)) return "фамилия с инициалами";
    t3 = t2;
    t2 = t1;
    t1 = token;
    i = end;
  }
  return undefined;
}

/** Characters that may join the digit groups of one number: «+7 (495) 123-45-67», «123-456-789 00». */
const NUMBER_JOINERS = [..." -().+"].map((ch) => ch.charCodeAt(0));

/** How the subscriber part of a number is written after a 3-, 4- or 5-digit area code («123-45-67», «12-34-56»). */
const SUBSCRIBER_GROUPS: Record<number, readonly string[]> = {
  3: ["3,2,2", "7", "3,4"],
  4: ["2,2,2", "6", "3,3"],
  5: ["1,2,2", "5", "2,3", "3,2"],
};

/** Whether digit groups read as a 10-digit Russian number: all ten at once, or an area code and the subscriber's. */
const tenDigitNumber = (groups: readonly number[]) =>
  groups.join() === "10" || SUBSCRIBER_GROUPS[groups[0]!]?.includes(groups.slice(1).join()) === true;

/** What a number of digit groups of `groups` lengths, whose first digit is `first`, is, if it points at a person. */
function numberKind(groups: readonly number[], first: string): PersonKind | undefined {
  const total = groups.reduce((sum, length) => sum + length, 0);
  if (groups.length === 1 && total === 12) return "ИНН";
  if (total === 11 && (groups.length === 1 || groups.join() === "3,3,3,2"))
    return groups.length === 1 && (first === "7" || first === "8") ? "номер телефона" : "СНИЛС";
  // A country code (7 or 8) in front, then a 10-digit number.
  const withCountry = groups.length > 1 && groups[0] === 1 && (first === "7" || first === "8");
  return tenDigitNumber(withCountry ? groups.slice(1) : groups) ? "номер телефона" : undefined;
}

/** The most digit groups one number of NUMBER_JOINERS is written in: «8 (916) 123-45-67». */
const MOST_GROUPS = 5;

/**
 * Numbers: digit groups joined by at most two of NUMBER_JOINERS. Whenever a group ends, the numbers of its last one
 * to MOST_GROUPS groups are read (so a phone after another figure is found too); only those groups are kept, so the
 * work per character is bounded (no regex, no backtracking).
 */
function digitsKind(text: string): PersonKind | undefined {
  const lengths: number[] = [];
  const firsts: string[] = [];
  let joiners = 0;
  let inGroup = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (code >= 0x30 && code <= 0x39) {
      if (!inGroup) {
        lengths.push(0);
        firsts.push(text[i]!);
        if (lengths.length > MOST_GROUPS) {
          lengths.shift();
          firsts.shift();
        }
        inGroup = true;
      }
      lengths[lengths.length - 1]!++;
      joiners = 0;
      continue;
    }
    if (inGroup) {
      inGroup = false;
      // Only numbers of 10 to 12 digits can be a phone, a СНИЛС or an ИНН.
      let total = 0;
      for (let from = lengths.length - 1; from >= 0 && total <= 12; from--) {
        total += lengths[from]!;
        const kind = total >= 10 && total <= 12 ? numberKind(lengths.slice(from), firsts[from]!) : undefined;
        if (kind) return kind;
      }
    }
    if (lengths.length === 0) continue;
    if (NUMBER_JOINERS.includes(code) && joiners < 2) joiners++;
    else {
      lengths.length = 0;
      firsts.length = 0;
      joiners = 0;
    }
  }
  return undefined;
}

/** What kind of personal data `text` looks like, if any (checked in this order: e-mail, number, name). */
export function personLike(text: string): PersonKind | undefined {
  if (EMAIL_VALUE.test(text)) return "адрес электронной почты";
  return digitsKind(text) ?? nameKind(text);
}
