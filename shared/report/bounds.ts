// Bounds every figure and text of a municipal report keeps: counts no larger than the country's staff, no text a
// spreadsheet would read as a formula.
import * as z from "zod/mini";

/** Largest count a report may carry: more than all pedagogical workers of Russia (≈ 1.1 million). */
export const MAX_COUNT = 1_000_000;
export const Count = z.int().check(z.gte(0), z.lte(MAX_COUNT));

/** A text a spreadsheet would read as a formula (=, +, -, @) or that holds control characters (tab, line breaks). */
export const FORMULA_LIKE = /^[=+\-@]|\p{Cc}/u;

/** Text from a sheet made safe to send: control characters as spaces, no leading «=», «+», «-» or «@». */
export const plainText = (text: string): string =>
  text
    .replace(/\p{Cc}+/gu, " ")
    .replace(/^[\s=+\-@]+/u, "")
    .trim();
