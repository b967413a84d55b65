// Teachers hear back (issue 12): a letter on a bad form entry (once, kept while the quota is spent), each person's
// ИОМ by e-mail (only new or changed routes, resumable, quota-aware), and the printable ИОМ in a dialog.
import { describe, expect, test } from "vitest";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon, METHODIST, type AddonEnv } from "./addon.ts";
import { formAnswer, largeBook } from "./books.ts";
import { FakeRange } from "./fakes/range.ts";
import type { FakeSheet } from "./fakes/sheet.ts";
import { SETTINGS_FORM } from "./settings.ts";
import { column } from "./sheetView.ts";
import { RegisterSheet } from "../../shared/schema/sheets.ts";

/** The register's questions in its order, as a form made by hand would have them. */
const REGISTER_QUESTIONS = Object.values(RegisterSheet.fields)
  .map((field) => field.names[0]!)
  .filter((title) => title !== "Отметка времени" && title !== "Адрес электронной почты");

const DAY = 86_400_000;

/** A register prepared by the add-on: its form (collecting e-mails) and form-submit trigger exist. */
async function prepared(letters?: "ошибки" | "все" | "нет"): Promise<AddonEnv & { register: FakeSheet }> {
  const env = loadAddon(
    await builtAddon(),
    sampleSheets().filter((s) => s.name !== "Реестр ИОМ"),
  );
  env.call("runAction", "prepare");
  if (letters) env.call("saveSettings", { ...SETTINGS_FORM, teacherLetters: letters });
  return Object.assign(env, { register: env.ss.sheet("Реестр ИОМ") });
}

const journalLines = (env: AddonEnv) =>
  env.ss
    .sheet("Журнал")
    .dump()
    .slice(1)
    .map((row) => `${String(row[2])} | ${String(row[3])} | ${String(row[4])}`);

const bad = () => formAnswer("kuznetsova@school1.ru", "МБОУ СОШ № 11", "почти");

describe("a letter on a form entry", () => {
  test("a bad entry gets one letter naming each wrong field, with the link to edit the answer", async () => {
    const env = await prepared();
    // Forms records the answer to the millisecond (here 10:00:00.999); the sheet shows 10:00:00.
    env.submit(env.register, bad(), undefined, 999);
    expect(env.mail.sent).toHaveLength(1);
    const [letter] = env.mail.sent;
    expect(letter!.to).toBe("kuznetsova@school1.ru");
    expect(letter!.replyTo).toBe(METHODIST);
    expect(letter!.subject).toMatch(/ошибк/iu);
    expect(letter!.body).toContain("«ОО»");
    expect(letter!.body).toContain("МБОУ СОШ № 11");
    expect(letter!.body).toContain("«Статус ИОМ»");
    const response = env.forms[0]!.responses[0]!;
    const editUrl = `https://docs.google.com/forms/d/e/${env.forms[0]!.id}/viewform?edit2=${response.id}`;
    expect(letter!.body).toContain(editUrl);
    expect(letter!.htmlBody).toContain(`href="${editUrl}"`);
    // The form «Подготовить таблицу» made lets answers be edited, so the link opens the answer, not a page saying
    // editing is off; and it collects the address as typed, so teachers without a Google account can answer.
    expect(env.forms[0]!.allowResponseEdits).toBe(true);
    expect(env.forms[0]!.opensAnswer(editUrl)).toBe(true);
    expect(env.forms[0]!.emailCollection).toBe("RESPONDER_INPUT");
    expect(journalLines(env).at(-1)).toMatch(
      /^Письмо педагогу \| выполнено \| Письмо kuznetsova@school1\.ru/u,
    );
  });

  test("a form linked by hand that lets no answer be edited: no dead edit link, the form's link to answer again; the second answer is the correction", async () => {
    const env = loadAddon(
      await builtAddon(),
      sampleSheets().filter((s) => s.name !== "Реестр ИОМ"),
    );
    const form = env.google.handMadeForm(env.ss, REGISTER_QUESTIONS);
    env.call("saveSettings", SETTINGS_FORM);
    env.call("runAction", "prepare");
    const register = env.ss.sheet("Ответы на форму (1)");
    env.submit(register, bad());
    expect(form.allowResponseEdits).toBe(false);
    const [letter] = env.mail.sent;
    expect(letter!.body).not.toContain("edit2=");
    expect(letter!.body).toContain(
      `Эта форма не даёт изменить отправленный ответ. Заполните форму ещё раз, с исправленными данными, — учитывается последний ответ:\nhttps://docs.google.com/forms/d/e/${form.id}/viewform`,
    );
    expect(letter!.htmlBody).toContain(`href="https://docs.google.com/forms/d/e/${form.id}/viewform"`);

    // The teacher answers again, corrected: no error, no second letter (errors only), and the check counts the
    // later answer — the repeat of the same e-mail, topic and start — instead of the first.
    const corrected = bad();
    corrected[0] = new Date(2026, 10, 20, 11, 0);
    corrected[3] = "МБОУ СОШ № 1";
    corrected[8] = "разработан";
    env.submit(register, corrected);
    expect(column(register, "Проверка")[1]).toBe("");
    expect(env.mail.sent).toHaveLength(1);
    env.call("runAction", "check");
    expect(String(column(register, "Проверка")[1])).toMatch(
      /^Предупреждение \(«Адрес электронной почты»\): Повтор отправки из строки 2 .*учитывается эта, более поздняя строка/u,
    );
  });

  test("the same trigger fired twice sends one letter", async () => {
    const env = await prepared();
    const row = env.submit(env.register, bad());
    const [trigger] = env.google.triggersOf(env.ss, "ON_FORM_SUBMIT");
    env.google.fire(trigger!, env.ss, {
      authMode: "FULL",
      source: env.ss,
      range: new FakeRange(env.google.platform, env.register, row, 1, 1, 13),
      triggerUid: trigger!.id,
    });
    expect(env.mail.sent).toHaveLength(1);
  });

  test("with the day's quota spent the letter waits, and a later run that resumes kept work sends it", async () => {
    const env = await prepared();
    env.mail.exhaust(METHODIST);
    env.submit(env.register, bad());
    expect(env.mail.sent).toHaveLength(0);
    expect(journalLines(env).at(-1)).toMatch(/пока не отправлено: дневной лимит писем Google исчерпан/u);
    expect(env.call<{ waitingLetters: number }>("getStatus").waitingLetters).toBe(1);
    expect(env.triggers.some((t) => t.kind === "ON_OPEN")).toBe(true);
    env.open(); // the same day: still no quota
    expect(env.mail.sent).toHaveLength(0);
    env.log.now += DAY;
    env.open();
    expect(env.mail.sent.map((l) => l.to)).toEqual(["kuznetsova@school1.ru"]);
    expect(env.call<{ waitingLetters: number }>("getStatus").waitingLetters).toBe(0);
    expect(env.triggers.some((t) => t.kind === "ON_OPEN")).toBe(false);
    env.open();
    expect(env.mail.sent).toHaveLength(1);
  });

  test("the quota renews 24 hours after the first letter, not at midnight", async () => {
    const env = await prepared();
    env.log.now = Date.UTC(2026, 10, 20, 19, 0); // 22:00 in Moscow: the day's first letter, then the quota is spent
    env.submit(env.register, bad());
    env.mail.exhaust(METHODIST);
    env.submit(env.register, formAnswer("orlova@school1.ru", "МБОУ СОШ № 11", "почти"));
    expect(env.mail.sent.map((l) => l.to)).toEqual(["kuznetsova@school1.ru"]);
    env.log.now += 12 * 3_600_000; // 10:00 the next day: a new calendar day, the same quota window
    env.open();
    expect(env.mail.sent).toHaveLength(1);
    env.log.now += 12 * 3_600_000; // 24 hours after the first letter
    env.open();
    expect(env.mail.sent.map((l) => l.to)).toEqual(["kuznetsova@school1.ru", "orlova@school1.ru"]);
  });

  test("«Письма педагогам» = «нет»: no letter; «все»: a short confirmation for a valid entry", async () => {
    const off = await prepared("нет");
    off.submit(off.register, bad());
    expect(off.mail.sent).toHaveLength(0);
    const all = await prepared("все");
    all.submit(all.register, formAnswer("kuznetsova@school1.ru"));
    expect(all.mail.sent).toHaveLength(1);
    expect(all.mail.sent[0]!.body).not.toMatch(/Ошибка/u);
    const errorsOnly = await prepared();
    errorsOnly.submit(errorsOnly.register, formAnswer("kuznetsova@school1.ru"));
    expect(errorsOnly.mail.sent).toHaveLength(0);
  });

  test("a row without a valid e-mail gets no letter, and «Журнал» says why", async () => {
    const env = await prepared();
    env.submit(env.register, formAnswer("kuznetsova(at)school1.ru", "МБОУ СОШ № 11"));
    expect(env.mail.sent).toHaveLength(0);
    expect(journalLines(env).at(-1)).toMatch(/^Письмо педагогу \| ошибка \| .*kuznetsova\(at\)school1\.ru/u);
  });

  test("HTML from cell values is escaped: a name holding <script> arrives as text", async () => {
    const env = await prepared();
    env.submit(env.register, formAnswer("kuznetsova@school1.ru", "<script>alert(1)</script>"));
    const html = env.mail.sent[0]!.htmlBody!;
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
  });
});

/** 60 teachers with routes generated: everyone with a deficit or a growth zone has one on «ИОМ». */
async function withRoutes(): Promise<AddonEnv> {
  const env = loadAddon(await builtAddon(), largeBook(60));
  env.call("saveSettings", SETTINGS_FORM);
  env.call("runAction", "routes");
  return env;
}

const routeRows = (env: AddonEnv) => env.ss.sheet("ИОМ").dump().slice(1);
const recipients = (env: AddonEnv) => new Set(routeRows(env).map((row) => String(row[0])));

describe("each teacher's ИОМ by e-mail", () => {
  test("everyone with a route gets one letter; a second run sends nothing; a changed route is sent again", async () => {
    const env = await withRoutes();
    const people = recipients(env);
    expect(people.size).toBeGreaterThan(2);
    const first = env.call<{ status: string; summary: string }>("runAction", "letters");
    expect(first.status).toBe("done");
    expect(env.mail.sent.map((l) => l.to).sort()).toEqual([...people].sort());
    expect(env.mail.sent[0]!.htmlBody).toContain("Рефлексивная диагностика");
    const log = env.ss.sheet("Рассылка ИОМ").dump();
    expect(log[0]).toEqual([
      "Email",
      "ФИО",
      "ОО",
      "Период ИОМ",
      "Отправлено",
      "Состояние",
      "Отпечаток маршрута",
    ]);
    expect(log.slice(1).every((row) => row[5] === "отправлено")).toBe(true);

    env.call("runAction", "letters");
    expect(env.mail.sent).toHaveLength(people.size);

    // A methodist edits one activity's title by hand: only that person hears again, told the route has changed.
    const sheet = env.ss.sheet("ИОМ");
    const titleColumn = sheet.dump()[0]!.indexOf("Мероприятие") + 1;
    const changed = String(sheet.dump()[1]![0]);
    sheet.grid.setValue(2, titleColumn, "Курсы по выбору методиста");
    env.call("runAction", "letters");
    expect(env.mail.sent.slice(people.size).map((l) => l.to)).toEqual([changed]);
    expect(env.mail.sent.at(-1)!.body).toContain("Курсы по выбору методиста");
  });

  test("a run stopped by the time limit resumes where it stopped, and nobody gets two letters", async () => {
    const env = await withRoutes();
    const people = recipients(env).size;
    env.log.stalls.set("MailApp.sendEmail", 280_000); // the first letter takes the run past its 270-second budget
    const first = env.call<{ status: string }>("runAction", "letters");
    expect(first.status).toBe("waiting");
    const sentBefore = env.mail.sent.length;
    expect(sentBefore).toBeGreaterThan(0);
    expect(sentBefore).toBeLessThan(people);
    let progress = first;
    for (let i = 0; i < 5 && progress.status === "waiting"; i++)
      progress = env.call<{ status: string }>("runAction", "letters");
    expect(progress.status).toBe("done");
    const to = env.mail.sent.map((l) => l.to);
    expect(to).toHaveLength(people);
    expect(new Set(to).size).toBe(people);
  });

  test("what the day's quota does not allow waits; the sidebar says how many; a later day's opening sends the rest", async () => {
    const env = await withRoutes();
    const people = recipients(env).size;
    env.mail.recipientsPerDay = 2;
    const done = env.call<{ status: string; summary: string }>("runAction", "letters");
    expect(done.summary).toMatch(new RegExp(`ждут отправки ${people - 2}`, "u"));
    expect(env.mail.sent).toHaveLength(2);
    expect(env.call<{ waitingLetters: number }>("getStatus").waitingLetters).toBe(people - 2);
    const log = env.ss.sheet("Рассылка ИОМ").dump().slice(1);
    expect(log.filter((row) => String(row[5]).startsWith("ждёт"))).toHaveLength(people - 2);
    env.mail.recipientsPerDay = 100;
    env.log.now += DAY;
    env.open();
    expect(new Set(env.mail.sent.map((l) => l.to)).size).toBe(people);
    expect(env.mail.sent).toHaveLength(people);
    expect(env.call<{ waitingLetters: number }>("getStatus").waitingLetters).toBe(0);
  });

  test("one person's ИОМ is sent again from the «Педагог» tab even when unchanged; a person without a route is told so", async () => {
    const env = await withRoutes();
    env.call("runAction", "letters");
    const sent = env.mail.sent.length;
    const email = [...recipients(env)][0]!;
    env.log.now += 60_000; // a minute later: the methodist looks the person up and presses the button
    const again = env.call<{ status: string; summary: string }>("runAction", "letters", { email });
    expect(again.summary).toMatch(/^Отправлено 1 письмо с ИОМ/u);
    expect(env.mail.sent.slice(sent).map((l) => l.to)).toEqual([email]);
    expect(() => env.call("runAction", "letters", { email: "nobody@school.ru" })).toThrow(
      "У этого педагога нет ИОМ на листе «ИОМ». Сначала выполните «Сформировать ИОМ».",
    );
  });
});

describe("«Печать ИОМ»", () => {
  test("opens the A4 ИОМ of the person in a modal dialog with a print button and the signature lines", async () => {
    const env = await withRoutes();
    const email = [...recipients(env)][0]!;
    env.call("printRoute", email);
    const [dialog] = env.ss.ui.dialogs;
    expect(dialog!.title).toMatch(/^ИОМ — /u);
    expect(dialog!.content).toContain("window.print()");
    expect(dialog!.content).toContain("@page");
    const titles = routeRows(env)
      .filter((row) => row[0] === email)
      .map((row) => String(row[7]));
    for (const title of titles) expect(dialog!.content).toContain(title.replaceAll('"', "&quot;"));
    expect(dialog!.content).toContain("Руководитель образовательной организации");
  });
});
