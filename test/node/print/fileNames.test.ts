// Printed ИОМ file names: safe on every file system, one file per person, the same paths for the same people.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { printPaths } from "../../../node/print/fileNames.ts";
import { tempDir } from "../../helpers/cli.ts";

const person = (email: string, fio: string, org = "МБОУ СОШ № 1") => ({ email, fio, org });

describe("printPaths", () => {
  it("is <ОО>/<ФИО>.html", () => {
    expect(printPaths([person("a@x.ru", "Иванова Мария Петровна")])).toEqual([
      "МБОУ СОШ № 1/Иванова Мария Петровна.html",
    ]);
  });

  it("replaces characters a file system rejects and changes reserved names", () => {
    const paths = printPaths([
      person("a@x.ru", 'Иванова / "Мария": <Петровна>?*|\\', 'МБОУ "СОШ" № 1'),
      person("b@x.ru", "CON", "x\u0000y"),
      person("c@x.ru", "Петров", ".."),
    ]);
    expect(paths).toEqual([
      "МБОУ _СОШ_ № 1/Иванова _ _Мария_ _Петровна_.html",
      "x_y/CON_.html",
      "Без ОО/Петров.html",
    ]);
    const rejected = [...'<>:"\\|?*', String.fromCharCode(0), String.fromCharCode(31)];
    for (const path of paths)
      for (const part of path.split("/")) expect(rejected.filter((c) => part.includes(c))).toEqual([]);
  });

  it("gives a file to an empty name and keeps long names under the byte limit", () => {
    const [empty, long] = printPaths([person("a@x.ru", "", ""), person("b@x.ru", "Я".repeat(300))]);
    expect(empty).toBe("Без ОО/a@x.ru.html");
    expect(Buffer.byteLength(long!.split("/")[1]!)).toBeLessThanOrEqual(255);
  });

  it("never gives two people one file: namesakes, names equal up to case or once cleaned", () => {
    const people = [
      person("a@x.ru", "Иванова Мария"),
      person("b@x.ru", "Иванова Мария"),
      person("c@x.ru", "ИВАНОВА МАРИЯ"),
      person("d@x.ru", "a/b"),
      person("e@x.ru", "a_b"),
      person("f@x.ru", "Я".repeat(150)),
      person("g@x.ru", "Я".repeat(150)),
      person("h@x.ru", "Иванова Мария", "Другая школа"),
    ];
    const paths = printPaths(people);
    expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(people.length);
    expect(paths.slice(0, 2)).toEqual([
      "МБОУ СОШ № 1/Иванова Мария (a@x.ru).html",
      "МБОУ СОШ № 1/Иванова Мария (b@x.ru).html",
    ]);
    expect(paths[7]).toBe("Другая школа/Иванова Мария.html");
    expect(printPaths(people)).toEqual(paths);
  });

  it("every path can really be written", async () => {
    const dir = await tempDir();
    const paths = printPaths([
      person("a@x.ru", "Я".repeat(300), "Ж".repeat(300)),
      person("b@x.ru", "CON", "NUL"),
      person("c@x.ru", "a\\b/c", "../etc"),
    ]);
    for (const path of paths) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), "ok");
      expect(join(dir, path).startsWith(dir)).toBe(true);
    }
  });
});
