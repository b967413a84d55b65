// Writing plain sheets: text that looks like a formula stays text, dates keep their wall-clock day.
import ExcelJS from "exceljs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeWorkbook } from "../../xlsx/writeWorkbook.ts";
import { tempDir } from "../helpers/cli.ts";

describe("writeWorkbook", () => {
  it("writes a text starting with «=» (or + - @) as a string cell, never as a formula", async () => {
    const path = join(await tempDir(), "book.xlsx");
    const texts = ["=SUM(A1:A2)", '=HYPERLINK("https://example.org";"ссылка")', "=1+1", "+7", "-3", "@x"];
    await writeWorkbook(path, [{ name: "Реестр ИОМ", rows: [["Тема ИОМ"], ...texts.map((t) => [t])] }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet("Реестр ИОМ")!;
    texts.forEach((text, index) => {
      const cell = sheet.getCell(index + 2, 1);
      expect(cell.type, text).toBe(ExcelJS.ValueType.String);
      expect(cell.formula, text).toBeUndefined();
      expect(cell.value).toBe(text);
    });
  });
});
