// A first installation as a methodist lives it, every step on the strict fakes: the add-on opened in AuthMode.NONE,
// installed, the sidebar's first calls, «Подготовить таблицу», a teacher's answer, a paused run resumed when the file
// is next opened, and a second spreadsheet set up by the same methodist.
import { describe, expect, test } from "vitest";
import { RegisterSheet } from "../../shared/schema/sheets.ts";
import { builtAddon, loadAddon, METHODIST, type AddonEnv } from "./addon.ts";
import { formAnswer } from "./books.ts";
import { linkResponses } from "./fakes/forms.ts";
import type { FakeSpreadsheet } from "./fakes/spreadsheet.ts";
import { SETTINGS_FORM } from "./settings.ts";
import { cell, column } from "./sheetView.ts";

const QUESTIONS = ["fio", "org", "position", "topic", "start", "end", "status"] as const;
const COLLEAGUE = "zavuch@odin.ru";

/** A new spreadsheet whose register form the methodist made and linked by hand (Forms → Responses → Sheets). */
function freshRegister(env: AddonEnv): FakeSpreadsheet {
  const ss = env.google.spreadsheet([], "Europe/Moscow", "ИОМ педагогов — 2026/27");
  linkResponses(
    ss,
    "form-by-hand",
    QUESTIONS.map((q) => RegisterSheet.fields[q].names[0]!),
  );
  return ss;
}

/** An answer to the hand-made form, whose questions are the register's first seven. */
const answer = (email: string, fio: string) =>
  formAnswer(email, "МБОУ СОШ № 1", "разработан", fio).slice(0, 9);

interface Status {
  spreadsheet: string;
  register: { sheet: string; rows: number; formLinked: boolean } | null;
  jobs: { action: string; status: string }[];
  keptWork: boolean;
}

describe("first installation, step by step", () => {
  test("from the Marketplace to two prepared registers", async () => {
    // 1. Installed from the Marketplace with another file open: onInstall runs in FULL there and builds the menu.
    const elsewhere = loadAddon(await builtAddon(), [{ name: "Лист1", rows: [] }]);
    elsewhere.google.installed.delete(METHODIST);
    elsewhere.google.enabled.clear();
    elsewhere.install();
    expect(elsewhere.ss.ui.menus).toHaveLength(1);

    // 2. The new register opens: the add-on is installed but not used here — onOpen in AuthMode.NONE, menu only.
    const env = elsewhere.as(freshRegister(elsewhere));
    env.open();
    expect(env.ss.ui.menus[0]!.items.map((i) => i.caption)).toContain("Подготовить таблицу");
    expect(env.props.data.size).toBe(0);

    // 3. «Расширения → Маршрут → Открыть панель»: the sidebar; its first calls find the linked form's sheet.
    env.invoke("showSidebar");
    expect(env.ss.ui.sidebars.map((s) => s.title)).toEqual(["Маршрут"]);
    const first = env.call<Status>("getStatus");
    expect(first).toMatchObject({
      spreadsheet: "ИОМ педагогов — 2026/27",
      register: { sheet: "Ответы на форму (1)", rows: 0, formLinked: true },
      jobs: [],
      keptWork: false,
    });
    expect(env.call<{ form: { municipalityCode: string } }>("getSettings").form.municipalityCode).toBe("");
    env.call("saveSettings", SETTINGS_FORM);

    // 4. «Подготовить таблицу»: the missing sheets, the form-submit trigger of this file, «Проверка».
    expect(env.call<{ status: string; summary: string }>("runAction", "prepare")).toMatchObject({
      status: "done",
      summary: expect.stringContaining("Форма реестра уже связана с таблицей; ответы проверяются сразу."),
    });
    expect(env.triggers.map((t) => [t.kind, t.documentId])).toEqual([["ON_FORM_SUBMIT", env.ss.id]]);
    const register = env.ss.sheet("Ответы на форму (1)");
    expect(register.dump()[0]!.at(-1)).toBe("Проверка");
    expect(env.ss.ui.toasts.at(-1)!.message).toMatch(/^Созданы листы: «Педагоги», «ОО»/u);

    // 5. A teacher answers the form: the row is checked at once (the school is not on «ОО» yet).
    env.submit(register, answer("kuznetsova@school1.ru", "Кузнецова Ольга Игоревна"));
    expect(String(cell(register, "Проверка", 2)[0])).toBe(
      "Ошибка («ОО»): Организации «МБОУ СОШ № 1» нет на листе «ОО». Исправьте название или добавьте организацию на лист «ОО».",
    );
    expect(cell(register, "ОО", 2)[1]).toBe("#f4cccc");
    // …and the teacher hears back: one letter from the methodist naming the field (a form linked by hand is not
    // the add-on's to open, so the letter says how to send a corrected answer instead of linking to it).
    expect(env.mail.sent.map((l) => [l.to, l.replyTo, l.from])).toEqual([
      ["kuznetsova@school1.ru", METHODIST, METHODIST],
    ]);
    expect(env.mail.sent[0]!.body).toContain(
      "«ОО»: организации «МБОУ СОШ № 1» нет в списке организаций муниципалитета. Если название верное, ничего делать не нужно — методист проверит.",
    );

    // 6. A check that needs two runs; the sidebar is closed before it ends, and a colleague opens the file next day.
    env.ss.sheet("ОО").load([
      ["Наименование ОО", "Тип ОО"],
      ["МБОУ СОШ № 1", "общеобразовательная"],
    ]);
    env.log.stalls.set("Range.getBackgrounds", 280_000);
    expect(env.call<{ status: string }>("runAction", "check").status).toBe("waiting");
    expect(env.triggers.map((t) => t.kind).sort()).toEqual(["ON_FORM_SUBMIT", "ON_OPEN"]);
    env.log.now += 20 * 3_600_000;
    env.as(env.ss, COLLEAGUE).open();
    const after = env.call<Status>("getStatus");
    expect(after.jobs.find((job) => job.action === "check")).toMatchObject({ status: "done" });
    expect(after.keptWork).toBe(false);
    expect(column(register, "Проверка")).toEqual([""]);
    expect(cell(register, "ОО", 2)[1]).toBe("#ffffff");
    expect(env.triggers.map((t) => t.kind)).toEqual(["ON_FORM_SUBMIT"]);
    const journal = env.ss
      .sheet("Журнал")
      .dump()
      .slice(1)
      .map((row) => row.slice(1, 4));
    expect(journal.slice(-2)).toEqual([
      [METHODIST, "Проверить реестр", "продолжится"],
      [`${METHODIST} (автоматически)`, "Проверить реестр", "выполнено"],
    ]);

    // 7. A second register of the same methodist: its own trigger, its answers checked; the first file keeps its own.
    const second = env.as(freshRegister(env));
    second.open();
    second.invoke("showSidebar");
    second.call("saveSettings", SETTINGS_FORM);
    second.call("runAction", "prepare");
    expect(env.triggers.map((t) => [t.kind, t.documentId, t.owner])).toEqual([
      ["ON_FORM_SUBMIT", env.ss.id, METHODIST],
      ["ON_FORM_SUBMIT", second.ss.id, METHODIST],
    ]);
    const secondRegister = second.ss.sheet("Ответы на форму (1)");
    second.submit(secondRegister, answer("bad-address", "Орлова Ирина"));
    expect(String(cell(secondRegister, "Проверка", 2)[0])).toMatch(/^Ошибка \(«Адрес электронной почты»\)/u);
    env.submit(register, answer("kuznetsova@school1.ru", "Кузнецова Ольга Игоревна"));
    expect(column(register, "Проверка")).toEqual(["", ""]);
  });
});
