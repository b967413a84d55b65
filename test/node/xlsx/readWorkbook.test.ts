// Reading .xlsx into getValues()-like arrays: dates, formulas, rich text, hyperlinks, merged and blank cells.
import ExcelJS from "exceljs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readWorkbook, WorkbookError } from "../../../node/xlsx/readWorkbook.ts";
import { tempDir } from "../../helpers/cli.ts";

describe("readWorkbook", () => {
  it("gives cells as Apps Script would", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Педагоги");
    sheet.addRow(["Email", "Дата рождения", "Стаж", "Формула", "ФИО", "Ссылка", "Объединено", ""]);
    sheet.addRow([
      "a@b.ru",
      new Date(Date.UTC(1990, 4, 12, 0, 0, 0)),
      5,
      { formula: "C2*2", result: 10 },
      { richText: [{ text: "Иванова " }, { text: "Мария", font: { bold: true } }] },
      { text: "документ", hyperlink: "https://example.org" },
      "общая",
    ]);
    sheet.mergeCells("G2:H2");
    sheet.getCell("B3").value = true;
    const path = join(await tempDir(), "book.xlsx");
    await workbook.xlsx.writeFile(path);

    const [read] = await readWorkbook(path);
    expect(read!.name).toBe("Педагоги");
    const [header, row, third] = read!.values;
    expect(header).toHaveLength(8);
    expect(row![0]).toBe("a@b.ru");
    const date = row![1] as Date;
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([1990, 4, 12, 0]);
    expect(row!.slice(2)).toEqual([5, 10, "Иванова Мария", "документ", "общая", ""]);
    expect(third).toEqual(["", true, "", "", "", "", "", ""]);
  });

  it("throws coded errors for a missing file and for a file that is not a workbook", async () => {
    const dir = await tempDir();
    await expect(readWorkbook(join(dir, "нет.xlsx"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { writeFile } = await import("node:fs/promises");
    await writeFile(join(dir, "text.xlsx"), "не книга");
    const error = await readWorkbook(join(dir, "text.xlsx")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).code).toBe("NOT_A_WORKBOOK");
  });
});
