// The fast reader against the XML writers produce, and against SheetJS on the same files (the same cells or a fallback).
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Cell } from "../../../shared/cells.ts";
import { readWorkbook } from "../../../node/xlsx/readWorkbook.ts";
import { readWithSheetJs } from "../../../node/xlsx/sheetjsReader.ts";
import { readXlsx } from "../../../node/xlsx/xlsxReader.ts";
import { UnsupportedLayout } from "../../../node/xlsx/xlsxParts.ts";
import { tempDir } from "../../helpers/cli.ts";
import { writePackage } from "./minimalPackage.ts";

const local = (y: number, m: number, d: number, h = 0, mi = 0, s = 0) => new Date(y, m - 1, d, h, mi, s);

describe("readXlsx on hand-written parts", () => {
  it("reads shared, inline and formula strings, numbers, booleans, errors, and skips cells without a value", async () => {
    const path = await writePackage({
      sharedStrings: [
        "<t>Иванова &amp; Ко</t>",
        '<r><t xml:space="preserve">Мария </t></r><r><rPr><b/></rPr><t>Петровна</t></r><rPh sb="0" eb="1"><t>фонетика</t></rPh>',
        "<t>строка_x000D_перенос</t>",
        "<t/>",
      ],
      sheets: [
        {
          name: "Лист & «1»",
          xml:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
            '<row r="2"><c r="A2" t="inlineStr"><is><t>в строке</t></is></c><c r="B2"><v>-1.5E3</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c></row>' +
            '<row r="3"><c r="A3" t="str"><f>A1&amp;"!"</f><v>Иванова &amp; Ко!</v></c><c r="B3"><f>1/0</f></c><c r="C3" s="0"/><c r="D3" t="b"><v>0</v></c></row>' +
            '<row r="4" spans="1:4"/>',
        },
      ],
    });
    const [sheet] = await readXlsx(path);
    expect(sheet!.name).toBe("Лист & «1»");
    expect(sheet!.values).toEqual([
      ["Иванова & Ко", "Мария Петровна", "строка\rперенос", ""],
      ["в строке", -1500, true, "#N/A"],
      ["Иванова & Ко!", "", "", false],
    ]);
    expect(await readWithSheetJs(path)).toEqual([sheet]);
  });

  it("places cells without r attributes one after another, and rows without r below the previous one", async () => {
    const path = await writePackage({
      sheets: [
        {
          name: "S",
          xml: '<row><c><v>1</v></c><c><v>2</v></c></row><row r="3"><c r="B3"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>',
        },
      ],
    });
    expect((await readXlsx(path))[0]!.values).toEqual([
      [1, 2, ""],
      ["", "", ""],
      ["", 3, 4],
      [5, "", ""],
    ]);
  });

  it("gives dates (built-in and custom formats, the 1900 and 1904 systems, ISO cells) as local wall-clock time", async () => {
    const styles = {
      xfs: [0, 14, 164, 165, 22],
      formats: [
        [164, "dd.mm.yyyy"],
        [165, '0.00" дн."'],
      ] as [number, string][],
    };
    const row =
      '<row r="1"><c r="A1" s="1"><v>46266</v></c><c r="B1" s="2"><v>33005</v></c><c r="C1" s="3"><v>46266</v></c><c r="D1" s="4"><v>46266.396006944444</v></c><c r="E1" s="0"><v>46266</v></c><c r="F1" t="d"><v>2026-09-01T09:30:00</v></c></row>';
    const path1900 = await writePackage({ styles, sheets: [{ name: "S", xml: row }] });
    expect((await readXlsx(path1900))[0]!.values[0]).toEqual([
      local(2026, 9, 1),
      local(1990, 5, 12),
      46266,
      local(2026, 9, 1, 9, 30, 15),
      46266,
      local(2026, 9, 1, 9, 30),
    ]);
    const path1904 = await writePackage({ styles, date1904: true, sheets: [{ name: "S", xml: row }] });
    expect((await readXlsx(path1904))[0]!.values[0]![0]).toEqual(local(2030, 9, 2));
    for (const path of [path1900, path1904])
      expect(await readWithSheetJs(path)).toEqual(await readXlsx(path));
  });

  it("blanks the covered cells of merged ranges, as Apps Script does", async () => {
    const xml =
      '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>' +
      '<row r="2"><c r="A2"><v>4</v></c><c r="B2"><v>5</v></c><c r="C2"><v>6</v></c></row>' +
      '</sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells></worksheet>';
    const path = await writePackage({ sheets: [{ name: "S", xml }] });
    expect((await readXlsx(path))[0]!.values).toEqual([
      [1, "", 3],
      ["", "", 6],
    ]);
  });

  it("refuses layouts it does not read (prefixed elements), and readWorkbook reads them with SheetJS", async () => {
    const xml =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>префикс</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row>' +
      "</x:sheetData></x:worksheet>";
    const path = await writePackage({ sheets: [{ name: "S", xml }] });
    await expect(readXlsx(path)).rejects.toBeInstanceOf(UnsupportedLayout);
    expect(await readWorkbook(path)).toEqual(await readWithSheetJs(path));
    expect((await readWorkbook(path))[0]!.values).toEqual([["префикс", 7]]);
  });

  it("reads a part split across many pieces (a worksheet larger than one inflated piece)", async () => {
    const rows = Array.from(
      { length: 40_000 },
      (_, r) =>
        `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>строка ${r}</t></is></c><c r="B${r + 1}"><v>${r}</v></c></row>`,
    );
    const path = await writePackage({ sheets: [{ name: "Большой", xml: rows.join("") }] });
    const [sheet] = await readXlsx(path);
    expect(sheet!.values).toHaveLength(40_000);
    expect(sheet!.values[39_999]).toEqual(["строка 39999", 39_999]);
    expect(sheet!.values.every((row, r) => row[1] === r)).toBe(true);
  });
});

describe("readXlsx on a damaged archive", () => {
  /** The package with the central directory's uncompressed size of `part` set to `size` (APPNOTE 4.3.12, offset 24). */
  async function withDeclaredSize(part: string, size: number): Promise<string> {
    const rows = Array.from(
      { length: 2_000 },
      (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`,
    );
    const path = await writePackage({ sheets: [{ name: "Лист", xml: rows.join("") }] });
    const zip = await readFile(path);
    for (
      let at = zip.indexOf("PK\x01\x02", 0, "latin1");
      at >= 0;
      at = zip.indexOf("PK\x01\x02", at + 4, "latin1")
    ) {
      const nameLength = zip.readUInt16LE(at + 28);
      if (zip.toString("utf8", at + 46, at + 46 + nameLength) === part) zip.writeUInt32LE(size, at + 24);
    }
    await writeFile(path, zip);
    return path;
  }

  it("stops a part that inflates past the size it declares, and reads one that declares its size", async () => {
    const declared = await withDeclaredSize("xl/worksheets/sheet1.xml", 1_000);
    await expect(readXlsx(declared)).rejects.toThrow(
      /xl\/worksheets\/sheet1\.xml: not the 1000 bytes it declares/u,
    );
    const intact = await withDeclaredSize("no such part", 0);
    expect((await readXlsx(intact))[0]!.values.at(-1)).toEqual([1_999]);
  });
});

describe("readXlsx on a workbook LibreOffice Calc 7.4 saved", () => {
  // fixtures/libreoffice.xlsx: written by exceljs (formulas without results), then converted by
  // `soffice --headless --convert-to xlsx`, which calculates the formulas and writes its own XML (t="n", styles).
  const fixture = fileURLToPath(new URL("./fixtures/libreoffice.xlsx", import.meta.url));

  it("gives formulas' results, rich text, dates, booleans, errors, merged and linked cells as SheetJS does", async () => {
    const sheets = await readXlsx(fixture);
    expect(sheets.map((sheet) => sheet.name)).toEqual(["Педагоги", "ОО & «площадки»"]);
    const [header, first, second, third] = sheets[0]!.values;
    expect(header).toHaveLength(8); // LibreOffice drops the empty header and the value-less merged cell I2
    expect(first).toEqual([
      "a@school.ru",
      "Иванова Мария",
      local(1990, 5, 12),
      5,
      10,
      true,
      local(2026, 9, 1, 9, 30, 15),
      "общая",
    ]);
    expect(second!.slice(4, 8)).toEqual([24, false, local(2026, 11, 30, 23, 59, 59), "ссылка"]);
    expect(third![4]).toBe("#DIV/0!");
    expect(await readWithSheetJs(fixture)).toEqual(sheets);
  });
});

/** Cells as exceljs writes them and getValues() gives them: dates to the second, strings with XML's special characters. */
const writableCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string({ unit: fc.constantFrom("a", "Я", " ", "&", "<", ">", '"', "'", "_x000D_", "\n", "€", "😀") }),
  fc.string(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -100, max: 60_000 }),
  fc.boolean(),
  fc
    .integer({ min: Date.UTC(1900, 2, 1) / 1000, max: Date.UTC(2100, 0, 1) / 1000 })
    .map((seconds) => new Date(seconds * 1000)),
  fc.constant(null),
);

describe("readXlsx against SheetJS on workbooks exceljs writes", () => {
  it("gives the same cells for any values, sheets and merged ranges", async () => {
    const dir = await tempDir();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.array(writableCell, { maxLength: 6 }), { maxLength: 6 }), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.boolean(),
        async (sheets, merge) => {
          const workbook = new ExcelJS.Workbook();
          sheets.forEach((rows, i) => {
            const sheet = workbook.addWorksheet(`Лист ${i + 1}`);
            for (const row of rows) sheet.addRow(row);
            if (merge && rows.length > 1) sheet.mergeCells("A1:B2");
          });
          const path = join(dir, `random-${run++}.xlsx`);
          await workbook.xlsx.writeFile(path);
          expect(await readXlsx(path)).toEqual(await readWithSheetJs(path));
        },
      ),
      { numRuns: 40 },
    );
  });
});
