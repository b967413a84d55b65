// What the written .xlsx holds for a spreadsheet to print it as laid out: one named font everywhere (the default
// included, which column widths are counted in), explicit date formats, and a sheet's pages of columns as one name.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { XlsxArchive } from "../../node/xlsx/xlsxArchive.ts";
import { DATE_FORMAT, DATE_TIME_FORMAT } from "../../shared/tables/cellText.ts";
import { addTableSheet } from "../../xlsx/tableSheet.ts";
import { newWorkbook } from "../../xlsx/workbook.ts";
import { writeWorkbook } from "../../xlsx/writeWorkbook.ts";
import { tempDir } from "../helpers/cli.ts";

async function parts(path: string, names: readonly string[]): Promise<string[]> {
  const archive = await XlsxArchive.open(path);
  try {
    return await Promise.all(names.map(async (name) => (await archive.text(name)) ?? ""));
  } finally {
    archive.close();
  }
}

const fontsOf = (styles: string) =>
  [...(/<fonts[^>]*>(.*)<\/fonts>/su.exec(styles)?.[1] ?? "").matchAll(/<font>(.*?)<\/font>/gsu)].map(
    (m) => m[1]!,
  );

describe("the written workbook", () => {
  it("has Arial 10 as its default font and names Arial in every font, bold and coloured ones too", async () => {
    const path = join(await tempDir(), "plain.xlsx");
    await writeWorkbook(path, [
      {
        name: "Журнал",
        rows: [
          ["Когда", "Кто", "Итог"],
          [new Date(2026, 10, 30, 17, 5), "методист", "готово"],
          [new Date(2026, 8, 1), "методист", "готово"],
        ],
      },
    ]);
    const [styles, sheet] = await parts(path, ["xl/styles.xml", "xl/worksheets/sheet1.xml"]);
    const fonts = fontsOf(styles!);
    expect(fonts[0]).toBe('<sz val="10"/><name val="Arial"/><family val="2"/>');
    expect(fonts.length).toBeGreaterThan(1);
    for (const font of fonts) expect(font).toContain('<name val="Arial"/>');
    expect(styles).not.toContain("Calibri");
    // Dates in explicit day-first formats, never the viewer's locale default (9/1/2026).
    const formats = [...styles!.matchAll(/formatCode="([^"]*)"/gu)].map((m) => m[1]);
    expect(formats).toEqual(expect.arrayContaining([DATE_FORMAT, DATE_TIME_FORMAT]));
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape"');
  });

  it("writes a sheet's pages of columns as one print area of absolute ranges, with its key column repeated", async () => {
    const workbook = newWorkbook();
    addTableSheet(workbook, {
      title: "Широкий",
      caption: ["Заголовок"],
      sections: [
        {
          bands: [
            { label: "", span: 1 },
            ...Array.from({ length: 10 }, (_, i) => ({ label: `K${i + 1}`, span: 3 })),
          ],
          headers: ["ОО", ...Array.from({ length: 30 }, () => "значение")],
          rows: [[{ value: "Школа" }, ...Array.from({ length: 30 }, () => ({ value: 12345.5 }))]],
        },
      ],
      widths: [20],
    });
    const path = join(await tempDir(), "wide.xlsx");
    await workbook.xlsx.writeFile(path);
    const [book] = await parts(path, ["xl/workbook.xml"]);
    const areas = [...book!.matchAll(/<definedName name="_xlnm.Print_Area"[^>]*>([^<]*)<\/definedName>/gu)];
    expect(areas).toHaveLength(1);
    const ranges = areas[0]![1]!.replace(/&apos;/gu, "'").split(",");
    expect(ranges.length).toBeGreaterThan(1);
    for (const range of ranges) expect(range).toMatch(/^'Широкий'!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/u);
    // Later pages start at the bands (row 3), under the caption that runs over the first page only.
    expect(ranges[0]).toMatch(/!\$A\$1:/u);
    expect(ranges[1]).toMatch(/\$3:/u);
    expect(book).toMatch(
      /<definedName name="_xlnm.Print_Titles"[^>]*>&apos;Широкий&apos;!\$A:\$A,&apos;Широкий&apos;!\$3:\$4<\/definedName>/u,
    );
  });
});
