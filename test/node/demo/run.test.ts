// `npm run demo` end to end: three municipal workbooks, reports over HTTP to the local functions, the svod.
import ExcelJS from "exceljs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runDemo } from "../../../node/demo/run.ts";
import { tempDir } from "../../helpers/cli.ts";
import { expectPrintSetup } from "../../helpers/printSetup.ts";
import { SVOD_SHEETS } from "../../helpers/svodSheets.ts";

const open = async (path: string) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
};

describe("the demo", () => {
  it("writes each municipality's workbook and the consolidated sheet, and prints a Russian summary", async () => {
    const out = join(await tempDir(), "out");
    let printed = "";
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => ((printed += chunk), true)) as typeof process.stdout.write;
    try {
      await runDemo(out);
    } finally {
      process.stdout.write = write;
    }
    const files = (await readdir(out)).sort();
    expect(files).toEqual(
      expect.arrayContaining(["krasn.xlsx", "odin.xlsx", "serp.xlsx", "svod-2026-11.xlsx"]),
    );

    const odin = await open(join(out, "odin.xlsx"));
    const names = odin.worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining(["Реестр ИОМ", "ИОМ", "Показатели", "Показатели по ОО", "Журнал"]),
    );
    expect(odin.getWorksheet("ИОМ")!.rowCount).toBeGreaterThan(50);
    const register = odin.getWorksheet("Реестр ИОМ")!;
    const header = register.getRow(1).values as unknown[];
    expect(header[header.length - 1]).toBe("Проверка");

    const svod = await open(join(out, "svod-2026-11.xlsx"));
    expect(svod.worksheets.map((w) => w.name)).toEqual(SVOD_SHEETS);

    // Every sheet of every workbook the demo writes prints (A4 landscape, one page wide, header repeated).
    for (const worksheet of [...odin.worksheets, ...svod.worksheets]) expectPrintSetup(worksheet);
    let demandRows = 0;
    svod.getWorksheet("Потребность в ДПО")!.eachRow((row) => {
      if (typeof row.getCell(5).value === "number" && Number(row.getCell(5).value) > 0) demandRows++;
    });
    expect(demandRows).toBeGreaterThan(0);

    expect((await readdir(join(out, "mail"))).filter((f) => f.endsWith(".eml")).length).toBeGreaterThan(50);
    const prints = await readdir(join(out, "iom"), { recursive: true });
    expect(prints.filter((f) => f.endsWith(".html")).length).toBeGreaterThanOrEqual(3);
    expect(printed).toMatch(/Письма педагогам .*\.eml.*печатные ИОМ — \d+/u);

    expect(printed).toContain("Одинцовский городской округ (odin)");
    expect(printed).toContain("больше всего недостигнутых целей:");
    expect(printed).toContain("больше всего не охвачено ИОМ:");
    expect(printed).toMatch(/сервер ответил 201/u);
    expect(printed).toContain("нет данных: Городской округ Подольск");
    expect(printed).not.toMatch(/"severity"/u);
  });
});
