// The form-submit trigger: only the new row is validated, under the lock; «Проверка», colours and notes on that row.
import { describe, expect, test } from "vitest";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon, type AddonEnv } from "./addon.ts";
import { formAnswer, largeBook } from "./books.ts";
import { cell, column } from "./sheetView.ts";

const ERROR = "#f4cccc";

/** A spreadsheet prepared by the add-on (so the form and trigger exist), with the sample's other sheets. */
async function prepared(): Promise<AddonEnv> {
  const env = loadAddon(
    await builtAddon(),
    sampleSheets().filter((s) => s.name !== "Реестр ИОМ"),
  );
  env.call("runAction", "prepare");
  return env;
}

const answer = formAnswer;

describe("form-submit validation", () => {
  test("a valid response gets an empty «Проверка» and no marks", async () => {
    const env = await prepared();
    const register = env.ss.sheet("Реестр ИОМ");
    const row = env.submit(register, answer("kuznetsova@school1.ru", "МБОУ СОШ № 1"));
    expect(row).toBe(2);
    expect(cell(register, "Проверка", 2)[0]).toBe("");
    expect(cell(register, "Адрес электронной почты", 2)).toEqual(["kuznetsova@school1.ru", "#ffffff", ""]);
  });

  test("a bad response is marked in its cells and in «Проверка»; the respondent's values stay as sent", async () => {
    const env = await prepared();
    const register = env.ss.sheet("Реестр ИОМ");
    env.submit(register, answer("kuznetsova@school1.ru", "МБОУ СОШ № 1"));
    const sent = answer("kuznetsova(at)school1.ru", "МБОУ СОШ № 11", "почти");
    env.submit(register, sent);
    const [email, emailColour, emailNote] = cell(register, "Адрес электронной почты", 3);
    expect(email).toBe("kuznetsova(at)school1.ru");
    expect(emailColour).toBe(ERROR);
    expect(emailNote).toMatch(/^Маршрут: «kuznetsova\(at\)school1\.ru» — не адрес электронной почты/u);
    expect(cell(register, "ОО", 3)[1]).toBe(ERROR);
    expect(cell(register, "ОО", 3)[2]).toContain("Возможно, имелась в виду «МБОУ СОШ № 1»");
    expect(cell(register, "Статус ИОМ", 3)[1]).toBe(ERROR);
    const check = String(cell(register, "Проверка", 3)[0]);
    expect(check.split("\n")).toHaveLength(3);
    expect(check).toContain("Ошибка («ОО»): Организации «МБОУ СОШ № 11» нет на листе «ОО».");
    expect(register.dump()[2]!.slice(0, sent.length)).toEqual(sent);
    expect(cell(register, "Проверка", 2)[0]).toBe("");
    expect(cell(register, "ОО", 2)[1]).toBe("#ffffff");
  });

  test("an edited response (the same row submitted again) loses the marks it no longer deserves", async () => {
    const env = await prepared();
    const register = env.ss.sheet("Реестр ИОМ");
    env.submit(register, answer("bad-address", "МБОУ СОШ № 1"));
    expect(cell(register, "Адрес электронной почты", 2)[1]).toBe(ERROR);
    env.submit(register, answer("good@school1.ru", "МБОУ СОШ № 1"), 2);
    expect(cell(register, "Адрес электронной почты", 2)).toEqual(["good@school1.ru", "#ffffff", ""]);
    expect(cell(register, "Проверка", 2)[0]).toBe("");
  });

  test("when the spreadsheet stays locked, nothing is written and the journal says the row waits for a check", async () => {
    const env = await prepared();
    const register = env.ss.sheet("Реестр ИОМ");
    env.lock.heldElsewhere = true;
    env.submit(register, answer("bad-address", "МБОУ СОШ № 1"));
    expect(cell(register, "Адрес электронной почты", 2)[1]).toBe("#ffffff");
    expect(column(register, "Проверка")).toEqual([""]);
    const last = env.ss.sheet("Журнал").dump().at(-1)!;
    expect(last.slice(2, 4)).toEqual(["Проверка ответа формы", "ошибка"]);
    expect(String(last[4])).toContain("Строка 2 листа «Реестр ИОМ» не проверена");
  });

  test("responses of another form (not a register) are left alone", async () => {
    const env = loadAddon(await builtAddon(), [
      { name: "Опрос", rows: [["Отметка времени", "Ваш любимый урок"]] },
    ]);
    const survey = env.ss.sheet("Опрос");
    env.google.addTrigger(env.ss, env.user, "onFormSubmitHandler", "ON_FORM_SUBMIT");
    env.submit(survey, [new Date(), "химия"]);
    expect(survey.dump()).toEqual([
      ["Отметка времени", "Ваш любимый урок"],
      [survey.grid.value(2, 1), "химия"],
    ]);
  });

  test("the same number of Sheets calls whether the register has 100 or 10 000 rows", async () => {
    const addon = await builtAddon();
    const counts = [100, 10_000].map((n) => {
      const env = loadAddon(addon, largeBook(n));
      env.google.addTrigger(env.ss, env.user, "onFormSubmitHandler", "ON_FORM_SUBMIT");
      const register = env.ss.sheet("Реестр ИОМ");
      env.log.reset();
      const row = env.submit(register, answer("bad-address", "МБОУ СОШ № 1"));
      expect(cell(register, "Адрес электронной почты", row)[1]).toBe(ERROR);
      return env.log.table("sheets");
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]!["Range.getValues"]).toBe(4);
  });
});
