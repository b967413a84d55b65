// `marshrut iom book.xlsx --print DIR`: one printable ИОМ per person, DIR/<ОО>/<ФИО>.html, safe to run twice.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeWorkbook } from "../../../xlsx/writeWorkbook.ts";
import type { Cell } from "../../../shared/cells.ts";
import { ROUTES_HEADERS } from "../../../shared/tables/routesTable.ts";
import { runCli, tempDir } from "../../helpers/cli.ts";
import { sampleSheets, sheetOf } from "../../helpers/sampleBook.ts";

/** The sample book, a namesake of Иванова and Petrov (a name no file system takes) with hand-written routes. */
async function bookFile() {
  const sheets = sampleSheets();
  const staff = sheetOf(sheets, "Педагоги").rows;
  staff.push([...staff[1]!].map((cell, i) => (i === 0 ? "ivanova2@school1.ru" : cell)));
  staff.find((row) => row[0] === "petrov@school1.ru")![1] = 'Петров/Иван: "ИОМ"?';
  const route = (email: string, fio: string): Cell[] => {
    const row: Record<string, Cell> = {
      Email: email,
      ФИО: fio,
      ОО: "МБОУ СОШ № 1",
      "Период с": "01.09.2026",
      "Период по": "31.05.2027",
      Мероприятие: "Открытый урок",
      Часы: 4,
    };
    return ROUTES_HEADERS.map((h) => row[h] ?? "");
  };
  sheets.push({
    name: "ИОМ",
    rows: [
      [...ROUTES_HEADERS],
      route("ivanova2@school1.ru", "Иванова Мария Петровна"),
      route("petrov@school1.ru", 'Петров/Иван: "ИОМ"?'),
    ],
  });
  const path = join(await tempDir(), "книга.xlsx");
  await writeWorkbook(path, sheets);
  return path;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe("marshrut iom --print", () => {
  it("writes one HTML per person with a route, namesakes in separate files, and says where", async () => {
    const book = await bookFile();
    const dir = join(await tempDir(), "печать");
    const result = await runCli(["iom", book, "--print", dir]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(await filesUnder(dir)).toEqual([
      "МБОУ СОШ № 1/Иванова Мария Петровна (ivanova2@school1.ru).html",
      "МБОУ СОШ № 1/Иванова Мария Петровна (ivanova@school1.ru).html",
      "МБОУ СОШ № 1/Петров_Иван_ _ИОМ_.html",
    ]);
    expect(result.stdout).toContain(`Печатные ИОМ: 3 файла в папке «${dir}».`);
    const generated = await readFile(
      join(dir, "МБОУ СОШ № 1/Иванова Мария Петровна (ivanova@school1.ru).html"),
      "utf8",
    );
    expect(generated).toContain("Рефлексивная диагностика: цифровые");
    expect(generated).toMatch(/@page \{\s+size: A4;/u);
    const kept = await readFile(
      join(dir, "МБОУ СОШ № 1/Иванова Мария Петровна (ivanova2@school1.ru).html"),
      "utf8",
    );
    expect(kept).toContain("Открытый урок");
  });

  it("is safe to run twice: the same files, overwritten, nothing added", async () => {
    const book = await bookFile();
    const dir = join(await tempDir(), "печать");
    await runCli(["iom", book, "--print", dir]);
    const first = await filesUnder(dir);
    const again = await runCli(["iom", book, "--print", dir]);
    expect(again.code).toBe(0);
    expect(await filesUnder(dir)).toEqual(first);
  });

  it("keeps stdout one JSON document with --json", async () => {
    const dir = join(await tempDir(), "печать");
    const result = await runCli(["iom", await bookFile(), "--json", "--print", dir]);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
    expect(await filesUnder(dir)).toHaveLength(3);
  });

  it("refuses a bad folder with one Russian line and exit 2", async () => {
    const book = await bookFile();
    const file = join(await tempDir(), "файл.txt");
    await writeFile(file, "не папка");
    expect(await runCli(["iom", book, "--print", file])).toEqual({
      code: 2,
      stdout: "",
      stderr: `«${file}» — файл, а не папка. Укажите в --print папку для печатных ИОМ.\n`,
    });
    expect((await runCli(["iom", book, "--print"])).stderr).toBe(
      "Параметру «--print» нужно значение. Справка: marshrut --help.\n",
    );
    expect(await runCli(["iom", book, "--print", " "])).toMatchObject({
      code: 2,
      stderr: "Укажите папку для печатных ИОМ, например: --print ИОМ-печать.\n",
    });
  });
});
