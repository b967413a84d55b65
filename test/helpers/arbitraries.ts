// fast-check arbitraries of spreadsheet input: any cell value getValues() can give, and sheets full of them.
import fc from "fast-check";
import type { RawSheet } from "../../shared/book.ts";
import type { Cell } from "../../shared/cells.ts";
import { headerRow, type Fields } from "../../shared/schema/sheets.ts";

/** Words the parsers care about, so random rows sometimes pass validation and reach the logic behind it. */
const MEANINGFUL = [
  "да",
  "нет",
  "01.09.2026",
  "01.12.2026",
  "2026-11-30",
  "2027-05-31",
  "2026-13-45",
  "низкий",
  "базовый",
  "высокий",
  "ДПП",
  "наставничество",
  "выполнено",
  "в процессе",
  "цифровые",
  "цифровые, методические",
  "a@b.ru",
  "a@s.ru",
  "b@s.ru",
  "http://x.ru",
  "Школа 1",
  "Иванов Иван",
  "РД-ИОМ",
  "подобрать мероприятие",
  "",
  " ",
];

export const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  fc.constantFrom(...MEANINGFUL),
  fc.double(),
  fc.integer({ min: -100, max: 60000 }),
  fc.boolean(),
  fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 0, 1) }),
  fc.constant(new Date(Number.NaN)),
  fc.constant(null),
  fc.constant(undefined),
);

/** A sheet with the spec's headers (first names) and up to `maxRows` rows of any cells, sometimes one too wide. */
export function sheetOfAnyCells(def: { title: string; fields: Fields }, maxRows = 6): fc.Arbitrary<RawSheet> {
  const headers = headerRow(def);
  return fc
    .array(fc.array(anyCell, { minLength: headers.length, maxLength: headers.length + 1 }), {
      maxLength: maxRows,
    })
    .map((rows): RawSheet => ({ name: def.title, values: [headers, ...rows] }));
}
