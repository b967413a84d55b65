// A first installation as a methodist lives it, every step on the strict fakes, both ways the code runs: installed
// from the Marketplace (an Editor add-on) and pasted into the methodist's own register (a bound script). The menu on
// opening, the consent screen, the sidebar's first calls, «Подготовить таблицу», a teacher's answer, a paused run
// resumed when the file is next opened, and a second register of the same methodist.
import { describe, expect, test } from "vitest";
import { RegisterSheet } from "../../shared/schema/sheets.ts";
import { builtAddon, loadAddon, METHODIST, type AddonEnv, type BuiltAddon } from "./addon.ts";
import { formAnswer } from "./books.ts";
import type { ScriptEnv } from "./fakes/env.ts";
import type { FakeForm } from "./fakes/forms.ts";
import { SCOPE } from "./fakes/scopes.ts";
import { SETTINGS_FORM } from "./settings.ts";
import { cell, column } from "./sheetView.ts";

const QUESTIONS = ["fio", "org", "position", "topic", "start", "end", "status"] as const;
const COLLEAGUE = "zavuch@odin.ru";
const TITLE = "ИОМ педагогов — 2026/27";

/** The methodist's register: a form they made and linked by hand (Forms → Ответы → Связать с Таблицами). */
function linkHandMadeForm(env: AddonEnv): FakeForm {
  return env.google.handMadeForm(
    env.ss,
    QUESTIONS.map((q) => RegisterSheet.fields[q].names[0]!),
  );
}

/**
 * Step 1 of each way. Add-on: installed from the Marketplace with another file open (onInstall builds the menu
 * there), then the register is opened. Bound: the methodist opens their register, Расширения → Apps Script, pastes
 * Code.gs and appsscript.json, saves, reloads the sheet — no installation, nothing authorised yet.
 */
function firstInstall(addon: BuiltAddon, kind: ScriptEnv): AddonEnv {
  if (kind === "bound") {
    const env = loadAddon(addon, [], { env: "bound", authorized: false, name: TITLE });
    linkHandMadeForm(env);
    return env;
  }
  const elsewhere = loadAddon(addon, [{ name: "Лист1", rows: [] }], { authorized: false });
  elsewhere.install();
  expect(elsewhere.ss.ui.menus).toHaveLength(1);
  const env = elsewhere.as(elsewhere.google.spreadsheet([], "Europe/Moscow", TITLE));
  linkHandMadeForm(env);
  return env;
}

/** A second register of the same methodist: the same install, or its own pasted copy. */
function secondRegister(env: AddonEnv, addon: BuiltAddon, kind: ScriptEnv): AddonEnv {
  const second =
    kind === "bound"
      ? loadAddon(addon, [], { env: "bound", authorized: false, name: TITLE })
      : env.as(env.google.spreadsheet([], "Europe/Moscow", TITLE));
  linkHandMadeForm(second);
  return second;
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

describe.each(["addon", "bound"] as const)("first installation, step by step (%s)", (kind) => {
  test("from installing or pasting to two prepared registers", async () => {
    const addon = await builtAddon();
    const env = firstInstall(addon, kind);

    // 2. The register opens: the simple onOpen builds the menu (NONE for an add-on not yet used here, LIMITED for
    // a bound script) and reads nothing.
    env.open();
    expect(env.ss.ui.menus[0]!.items.map((i) => i.caption)).toContain("Подготовить таблицу");
    expect(env.props.data.size).toBe(0);

    // 3. «Расширения → Маршрут → Открыть панель». A pasted script asks for consent now, behind Google's «Приложение
    // не проверено» screen (its owner is a Gmail account); the add-on asked when it was installed.
    env.invoke("showSidebar");
    expect(env.prompts.map((p) => [p.screen, p.entry, p.scopes.length])).toEqual(
      kind === "bound"
        ? [["unverified", "showSidebar", addon.manifest.oauthScopes.length]]
        : [["consent", "onInstall", addon.manifest.oauthScopes.length]],
    );
    expect(env.prompts[0]!.scopes).toContain(SCOPE.sendMail);
    expect(env.ss.ui.sidebars.map((s) => s.title)).toEqual(["Маршрут"]);
    const first = env.call<Status>("getStatus");
    expect(first).toMatchObject({
      spreadsheet: TITLE,
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
    // …and the teacher hears back: one letter from the methodist naming the field. The hand-made form does not let
    // answers be edited (as Forms leaves it), so the letter gives the form's link to answer again.
    const [form] = env.forms;
    expect(env.mail.sent.map((l) => [l.to, l.replyTo, l.from])).toEqual([
      ["kuznetsova@school1.ru", METHODIST, METHODIST],
    ]);
    const letter = env.mail.sent[0]!;
    expect(letter.body).toContain(
      "«ОО»: организации «МБОУ СОШ № 1» нет в списке организаций муниципалитета. Если название верное, ничего делать не нужно — методист проверит.",
    );
    expect(letter.body).toContain(`Эта форма не даёт изменить отправленный ответ.`);
    expect(letter.body).toContain(`https://docs.google.com/forms/d/e/${form!.id}/viewform`);
    expect(letter.body).not.toContain("edit2=");

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

    // 7. A second register of the same methodist: its own trigger, its answers checked; the first keeps its own.
    const second = secondRegister(env, addon, kind);
    second.open();
    second.invoke("showSidebar");
    second.call("saveSettings", SETTINGS_FORM);
    second.call("runAction", "prepare");
    const owned = (e: AddonEnv) => e.triggers.map((t) => [t.kind, t.documentId, t.owner]);
    expect([...new Set([...owned(env), ...owned(second)].map((t) => t.join()))]).toEqual([
      ["ON_FORM_SUBMIT", env.ss.id, METHODIST].join(),
      ["ON_FORM_SUBMIT", second.ss.id, METHODIST].join(),
    ]);
    const secondRegisterSheet = second.ss.sheet("Ответы на форму (1)");
    second.submit(secondRegisterSheet, answer("bad-address", "Орлова Ирина"));
    expect(String(cell(secondRegisterSheet, "Проверка", 2)[0])).toMatch(
      /^Ошибка \(«Адрес электронной почты»\)/u,
    );
    env.submit(register, answer("kuznetsova@school1.ru", "Кузнецова Ольга Игоревна"));
    expect(column(register, "Проверка")).toEqual(["", ""]);
  });
});
