// A book read sheet by sheet, in whatever order the sheets come, is the book readBook gives for all of them at once.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BookReading, readBook, type Book, type RawSheet } from "../../shared/book.ts";
import {
  CatalogSheet,
  DiagnosticsSheet,
  OrgsSheet,
  RegisterSheet,
  RoutesSheet,
  SETTINGS_TITLE,
  StaffSheet,
} from "../../shared/schema/sheets.ts";
import { sheetOfAnyCells } from "../helpers/arbitraries.ts";
import { sampleSheets } from "../helpers/sampleBook.ts";

const SHEETS = [RegisterSheet, StaffSheet, OrgsSheet, DiagnosticsSheet, CatalogSheet, RoutesSheet];

/** The book as data: every parsed row (its cells and values), every finding, in order. */
const asData = (book: Book) =>
  JSON.stringify(book, (_key, value: unknown) =>
    typeof value === "number" && !Number.isFinite(value) ? String(value) : value,
  );

function readInOrder(sheets: readonly RawSheet[], order: readonly number[], reportDate?: string): Book {
  const reading = new BookReading(
    sheets.map((sheet) => sheet.name),
    reportDate === undefined ? {} : { reportDate },
  );
  for (const position of order) reading.add(position, sheets[position]!);
  return reading.finish();
}

const settingsSheet = (rows: RawSheet["values"]): RawSheet => ({ name: SETTINGS_TITLE, values: rows });

/** Some of the book's sheets (in any order, the register perhaps under the form's name) and settings or none. */
const bookArbitrary = fc
  .tuple(
    fc.tuple(...SHEETS.map((def) => sheetOfAnyCells(def))),
    fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 1 }),
    fc.constantFrom("Реестр ИОМ", "Ответы на форму (1)", "реестр иом "),
    fc.constantFrom(
      undefined,
      [["Дата отчёта", "31.10.2026"]],
      [
        ["Дата отчёта", "не дата"],
        ["Лист реестра", "Ответы на форму (1)"],
      ],
    ),
  )
  .chain(([sheets, kept, registerName, settings]) => {
    const chosen: RawSheet[] = kept.map((index) =>
      index === 0 ? { values: sheets[0]!.values, name: registerName } : sheets[index]!,
    );
    if (settings) chosen.push(settingsSheet(settings));
    chosen.push({ name: "Расчёт", values: [["итого"]] });
    return fc.tuple(fc.shuffledSubarray(chosen, { minLength: chosen.length }), fc.boolean());
  })
  .chain(([sheets, withDate]) =>
    fc.tuple(
      fc.constant(sheets),
      fc.shuffledSubarray(
        sheets.map((_, index) => index),
        { minLength: sheets.length },
      ),
      fc.constant(withDate ? "2026-11-30" : undefined),
    ),
  );

describe("BookReading", () => {
  it("gives readBook's book whatever order the sheets come in", () => {
    fc.assert(
      fc.property(bookArbitrary, ([sheets, order, reportDate]) => {
        const options = reportDate === undefined ? {} : { reportDate };
        expect(asData(readInOrder(sheets, order, reportDate))).toBe(asData(readBook(sheets, options)));
      }),
      { numRuns: 300 },
    );
  });

  it("checks each sheet as it comes, once «Настройки» is in", () => {
    const sheets = sampleSheets().map((sheet) => ({ name: sheet.name, values: sheet.rows }));
    const names = sheets.map((sheet) => sheet.name);
    expect(names).toContain(SETTINGS_TITLE);
    const reading = new BookReading(names);
    const staffAt = names.indexOf(StaffSheet.title);
    reading.add(staffAt, sheets[staffAt]!);
    // Before the settings nothing can be checked (their report date bounds every date).
    expect((reading as unknown as { parsed: object }).parsed).toEqual({});
    const settingsAt = names.indexOf(SETTINGS_TITLE);
    reading.add(settingsAt, sheets[settingsAt]!);
    expect(Object.keys((reading as unknown as { parsed: object }).parsed)).toEqual(["staff"]);
    for (const [position, sheet] of sheets.entries())
      if (position !== staffAt && position !== settingsAt) reading.add(position, sheet);
    expect(asData(reading.finish())).toBe(asData(readBook(sheets)));
  });

  it("names missing sheets in the order of the spec, whatever order the others came in", () => {
    const sheets: RawSheet[] = [
      { name: "Каталог", values: [["Код"]] },
      { name: SETTINGS_TITLE, values: [["Дата отчёта", "31.10.2026"]] },
    ];
    for (const order of [
      [0, 1],
      [1, 0],
    ])
      expect(
        readInOrder(sheets, order)
          .findings.map((finding) => finding.sheet)
          .slice(0, 4),
      ).toEqual(["Реестр ИОМ", "Педагоги", "ОО", "Диагностика"]);
  });

  it("refuses to finish before every sheet is in", () => {
    const reading = new BookReading(["Педагоги", "ОО"]);
    reading.add(0, { name: "Педагоги", values: [] });
    expect(() => reading.finish()).toThrow(/not every sheet/u);
  });
});
