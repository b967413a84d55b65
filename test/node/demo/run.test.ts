// `npm run demo` end to end: three municipal workbooks, reports over HTTP to the local functions, the svod.
import ExcelJS from "exceljs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runDemo } from "../../../node/demo/run.ts";
import { tempDir } from "../../helpers/cli.ts";

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
    expect(names).toEqual(expect.arrayContaining(["Реестр ИОМ", "ИОМ", "Показатели", "Журнал"]));
    expect(odin.getWorksheet("ИОМ")!.rowCount).toBeGreaterThan(50);
    const register = odin.getWorksheet("Реестр ИОМ")!;
    const header = register.getRow(1).values as unknown[];
    expect(header[header.length - 1]).toBe("Проверка");

    const svod = await open(join(out, "svod-2026-11.xlsx"));
    expect(svod.worksheets.map((w) => w.name)).toEqual([
      "Сводка",
      "Муниципалитеты",
      "Динамика",
      "Дефициты",
      "Качество данных",
    ]);

    expect((await readdir(join(out, "mail"))).filter((f) => f.endsWith(".eml")).length).toBeGreaterThan(50);
    const prints = await readdir(join(out, "iom"), { recursive: true });
    expect(prints.filter((f) => f.endsWith(".html")).length).toBeGreaterThanOrEqual(3);
    expect(printed).toMatch(/Письма педагогам .*\.eml.*печатные ИОМ — \d+/u);

    expect(printed).toContain("Одинцовский городской округ (odin)");
    expect(printed).toMatch(/сервер ответил 201/u);
    expect(printed).toContain("нет данных: Городской округ Подольск");
    expect(printed).not.toMatch(/"severity"/u);
  });
});
