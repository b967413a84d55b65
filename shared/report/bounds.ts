// Bounds every figure and text of a municipal report keeps: counts no larger than the country's staff, texts that a
// spreadsheet or a reader cannot misread (no formula, no invisible, direction-changing or line-breaking characters).
import * as z from "zod/mini";

/** Largest count a report may carry: more than all pedagogical workers of Russia (≈ 1.1 million). */
export const MAX_COUNT = 1_000_000;
export const Count = z.int().check(z.gte(0), z.lte(MAX_COUNT));

/** The row a report sums what it does not name in: subjects and codes over the caps, texts that stay home. */
export const OTHER = "прочие";

/**
 * The form every text is checked and kept in: Unicode NFKC (a full-width «＝» is «=», a no-break or ideographic
 * space a plain one), without spaces around it. Checks run on this form, so « =1» or «＝1» is a formula too.
 */
export const normalizedText = (text: string): string => text.normalize("NFKC").trim();

/** A (normalised) text a spreadsheet would read as a formula: «=», «+», «-» or «@» first. */
export const FORMULA_LIKE = /^[=+\-@]/u;

/**
 * A character no kept text holds: controls (tab, line breaks), format and bidi controls (zero-width space U+200B,
 * right-to-left override U+202E), line and paragraph separators (U+2028, U+2029), any space but U+0020 that NFKC
 * leaves (U+1680) and a lone half of a surrogate pair (Firestore stores only valid UTF-8).
 */
export const HIDDEN_CHARACTER = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]|(?! )\p{Zs}/u;

export type TextProblem = "formula" | "hidden";

/** What is wrong with a normalised text, if anything: a formula first, else a hidden character. */
export function textProblem(text: string): TextProblem | undefined {
  if (FORMULA_LIKE.test(text)) return "formula";
  return HIDDEN_CHARACTER.test(text) ? "hidden" : undefined;
}

/** «U+202E» for the first hidden character of `text` (for the message that names it). */
export function hiddenCharacter(text: string): string | undefined {
  const found = HIDDEN_CHARACTER.exec(text)?.[0];
  return found === undefined
    ? undefined
    : `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

const FORMULA_TEXT =
  "не может начинаться с «=», «+», «-» или «@» (таблица прочла бы его как формулу); напишите его словами";
const hiddenText = (code: string) =>
  `содержит невидимый или управляющий символ ${code} (табуляцию, перевод строки, знак направления письма, особый пробел); удалите его`;

/**
 * A text the server keeps: normalised (NFKC, trimmed), at most `max` characters, no formula and no hidden
 * character. `what` names it in the messages («наименование», «предмет»…).
 */
export const StoredText = (what: string, max: number, min = 1) =>
  z.string().check(
    z.normalize("NFKC"),
    z.trim(),
    z.minLength(min, { error: `${what}: значение не заполнено` }),
    z.maxLength(max, { error: `${what}: текст длиннее ${max} символов` }),
    z.superRefine((text, ctx) => {
      const problem = textProblem(text);
      if (!problem) return;
      ctx.addIssue({
        code: "custom",
        message: `${what} ${problem === "formula" ? FORMULA_TEXT : hiddenText(hiddenCharacter(text)!)}`,
        input: text,
      });
    }),
  );

/**
 * Text from a sheet made safe to send, so the server never refuses it: NFKC, controls, separators and odd spaces as
 * a plain space, format characters (zero-width, bidi) and lone surrogates dropped, no leading «=», «+», «-» or «@»;
 * cut to `max` characters (never half a surrogate pair).
 */
export function plainText(text: string, max = Infinity): string {
  const plain = text
    .normalize("NFKC")
    .replace(/[\p{Cf}\p{Cs}]+/gu, "")
    .replace(/[\p{Cc}\p{Z}]+/gu, " ")
    .normalize("NFKC") // a dropped character may have kept a letter and its accent apart
    .replace(/^[\s=+\-@]+/u, "")
    .trim();
  if (plain.length <= max) return plain;
  const end = /[\uD800-\uDBFF]/u.test(plain[max - 1] ?? "") ? max - 1 : max;
  return plain.slice(0, end).trim();
}
