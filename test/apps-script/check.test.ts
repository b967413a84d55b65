// «Проверить реестр»: every sheet checked, bad cells coloured with notes, «Проверка» filled, findings with cell links.
import { describe, expect, test } from "vitest";
import { readBook } from "../../shared/book.ts";
import { countText } from "../../shared/text/ru.ts";
import { countBySeverity } from "../../shared/validation/finding.ts";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon } from "./addon.ts";
import { bookWithMistakes } from "./books.ts";
import { cell, column, withoutColumns } from "./sheetView.ts";

interface CheckResult {
  rows: number;
  errors: number;
  warnings: number;
  findings: {
    sheet: string;
    row: number;
    column: string;
    severity: string;
    message: string;
    a1: string | null;
  }[];
}

describe("«Проверить реестр»", () => {
  test("marks the mistakes, fills «Проверка» and keeps every respondent cell as it was", async () => {
    const sheets = bookWithMistakes();
    const env = loadAddon(await builtAddon(), sheets);
    const register = env.ss.sheet("Реестр ИОМ");
    const before = register.dump();
    const progress = env.call<{ status: string; summary: string }>("runAction", "check");
    expect(progress.status).toBe("done");

    const expected = countBySeverity(
      readBook(sheets.map((s) => ({ name: s.name, values: s.rows }))).findings,
    );
    const result = env.call<CheckResult>("getResult", "check");
    expect({ errors: result.errors, warnings: result.warnings }).toEqual(expected);
    expect(expected.errors).toBe(3);
    expect(progress.summary).toBe(
      `Проверено 3 строки реестра: 3 ошибки, ${countText(expected.warnings, "предупреждение", "предупреждения", "предупреждений")}.`,
    );

    expect(withoutColumns(register.dump(), ["Проверка"])).toEqual(before);
    const checks = column(register, "Проверка");
    expect(checks[0]).toMatch(
      /^Ошибка \(«Адрес электронной почты»\): «ivanova\(at\)school1\.ru» — не адрес/u,
    );
    expect(checks[1]).toMatch(/^Ошибка \(«ОО»\): Организации «МБОУ СОШ № 77» нет/u);
    expect(checks[2]).toMatch(/^Ошибка \(«Статус ИОМ»\): «почти готов» — недопустимое значение/u);

    expect(cell(register, "Адрес электронной почты", 2).slice(1)).toEqual([
      "#f4cccc",
      expect.stringMatching(/^Маршрут: «ivanova/u),
    ]);
    expect(cell(register, "ФИО", 2).slice(1)).toEqual(["#ffffff", ""]);
    expect(cell(register, "ОО", 3)[1]).toBe("#f4cccc");

    const email = result.findings.find((f) => f.sheet === "Реестр ИОМ" && f.row === 2)!;
    expect(email).toMatchObject({ column: "Адрес электронной почты", severity: "error", a1: "B2" });
    env.call("goToCell", email.sheet, email.a1);
    expect(env.ss.active).toEqual({ sheet: "Реестр ИОМ", row: 2, column: 2 });

    expect(env.ss.ui.toasts.at(-1)).toEqual({ message: progress.summary, title: "Маршрут" });
    expect(env.ss.sheet("Журнал").dump().at(-1)!.slice(2)).toEqual([
      "Проверить реестр",
      "выполнено",
      progress.summary,
    ]);
  });

  test("a fixed cell loses the add-on's mark on the next check; other people's colours and notes stay", async () => {
    const env = loadAddon(await builtAddon(), bookWithMistakes());
    const register = env.ss.sheet("Реестр ИОМ");
    register.grid.setBackground(2, 3, "#00ff00");
    register.grid.setNote(2, 3, "Позвонить в школу");
    env.call("runAction", "check");
    register.grid.setValue(2, 2, "ivanova@school1.ru");
    env.call("runAction", "check");
    expect(cell(register, "Адрес электронной почты", 2)).toEqual(["ivanova@school1.ru", "#ffffff", ""]);
    expect(cell(register, "ФИО", 2)).toEqual(["Иванова Мария Петровна", "#00ff00", "Позвонить в школу"]);
    // No fill, not an explicit white that would hide the sheet's alternating colours: on the fixed cell and on every
    // cell the add-on wrote back untouched.
    expect(register.grid.fill(2, 2)).toBeUndefined();
    const fills = [1, 2, 3, 4].flatMap((row) =>
      Array.from({ length: 14 }, (_, c) => register.grid.fill(row, c + 1)),
    );
    expect(
      fills.filter((fill) => fill !== undefined && !["#00ff00", "#f4cccc", "#fff2cc"].includes(fill)),
    ).toEqual([]);
    expect(column(register, "Проверка")[0]).toBe("");
    expect(cell(register, "ОО", 3)[1]).toBe("#f4cccc");
  });

  test("other sheets are checked and marked too; a clean book gets no marks", async () => {
    const sheets = sampleSheets();
    sheets.find((s) => s.name === "Педагоги")!.rows[2]![7] = "двадцать";
    const env = loadAddon(await builtAddon(), sheets);
    env.call("runAction", "check");
    const staff = env.ss.sheet("Педагоги");
    expect(cell(staff, "Педагогический стаж", 3).slice(1)).toEqual([
      "#f4cccc",
      expect.stringContaining("«двадцать» — не число"),
    ]);
    expect(column(env.ss.sheet("Реестр ИОМ"), "Проверка")).toEqual(["", ""]);
    const result = env.call<CheckResult>("getResult", "check");
    expect(result.findings.map((f) => [f.sheet, f.row, f.a1])).toEqual([["Педагоги", 3, "H3"]]);
  });

  test("a missing sheet is listed without a cell link", async () => {
    const env = loadAddon(
      await builtAddon(),
      sampleSheets().filter((s) => s.name !== "Педагоги"),
    );
    env.call("runAction", "check");
    const result = env.call<CheckResult>("getResult", "check");
    expect(result.findings[0]).toMatchObject({ sheet: "Педагоги", row: 1, a1: null });
    expect(result.findings[0]!.message).toMatch(/^Нет листа «Педагоги»/u);
  });
});
