// A working install upgraded to a release that needs one more permission (this release added script.send_mail):
// the installable triggers keep firing while the new service fails for want of consent. Nothing is lost, nothing
// throws, the methodist is told, and once they authorise again everything kept goes out once. Both ways the code
// runs: the Marketplace add-on (a new version) and the pasted script (pasted again).
import { describe, expect, test } from "vitest";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon, type AddonEnv, type BuiltAddon } from "./addon.ts";
import { formAnswer } from "./books.ts";
import { SCOPE } from "./fakes/scopes.ts";
import { SETTINGS_FORM } from "./settings.ts";
import { column } from "./sheetView.ts";

/** The previous release: the same code without the scope this one adds. */
const withoutMail = (addon: BuiltAddon): BuiltAddon => ({
  ...addon,
  manifest: {
    ...addon.manifest,
    oauthScopes: addon.manifest.oauthScopes.filter((s) => s !== SCOPE.sendMail),
  },
});

/** Everything the methodist has in the file: sheets with their cells, document properties, triggers. */
const stateOf = (env: AddonEnv) => ({
  sheets: env.ss.sheets.map((sheet) => [sheet.name, sheet.dump()]),
  properties: [...env.props.data].sort(),
  triggers: env.triggers.map((t) => [t.kind, t.handler, t.owner, t.documentId]),
});

const journalOf = (env: AddonEnv) =>
  env.ss
    .sheet("Журнал")
    .dump()
    .slice(1)
    .map((row) => [String(row[2]), String(row[3]), String(row[4])]);

const TEACHERS = ["kuznetsova@school1.ru", "orlova@school1.ru"];

describe.each(["addon", "bound"] as const)("an upgrade that adds a permission (%s)", (kind) => {
  test("keeps everything, throws nothing, tells the methodist once, and sends what it kept once after consent", async () => {
    const addon = await builtAddon();
    const env = loadAddon(
      withoutMail(addon),
      sampleSheets().filter((s) => s.name !== "Реестр ИОМ"),
      { env: kind },
    );
    env.call("saveSettings", SETTINGS_FORM);
    env.call("runAction", "prepare");
    env.call("runAction", "check");
    const register = env.ss.sheet("Реестр ИОМ");
    const before = stateOf(env);

    // The new release: pasted again / published as a new version. The file is as it was.
    env.upgrade(addon);
    expect(stateOf(env)).toEqual(before);

    // Teachers answer with mistakes: each row is checked and marked at once; no trigger run throws; no letter goes.
    for (const email of TEACHERS)
      expect(() => env.submit(register, formAnswer(email, "МБОУ СОШ № 11"))).not.toThrow();
    expect(column(register, "Проверка").map((text) => String(text).split(":")[0])).toEqual([
      "Ошибка («ОО»)",
      "Ошибка («ОО»)",
    ]);
    expect(env.mail.sent).toEqual([]);
    const access = journalOf(env).filter(([action]) => action === "Разрешение доступа");
    expect(access).toEqual([
      [
        "Разрешение доступа",
        "продолжится",
        expect.stringContaining("Откройте «Расширения → Маршрут → Нужно заново разрешить доступ»"),
      ],
    ]);

    // The methodist is told: the menu's first item on the next opening, and the sidebar's notice.
    env.open();
    expect(env.ss.ui.menus.at(-1)!.items[0]).toEqual({
      caption: "Нужно заново разрешить доступ",
      handler: "menuAuthorize",
    });
    expect(env.call<{ reauthorization: boolean; waitingLetters: number }>("getStatus")).toMatchObject({
      reauthorization: true,
      waitingLetters: 2,
    });
    // The sidebar opening resumes nothing yet, and says nothing twice.
    env.call("resumeWork");
    expect(env.mail.sent).toEqual([]);
    expect(journalOf(env).filter(([action]) => action === "Разрешение доступа")).toHaveLength(1);

    // The menu item: Google's consent screen for the one new scope, then the kept letters go, each once, with the
    // link that reopens the answer (the form «Подготовить таблицу» made allows editing).
    env.log.reset();
    env.invoke("menuAuthorize");
    expect(env.prompts.at(-1)).toMatchObject({
      screen: kind === "bound" ? "unverified" : "consent",
      scopes: [SCOPE.sendMail],
      entry: "menuAuthorize",
    });
    expect(env.mail.sent.map((letter) => letter.to)).toEqual(TEACHERS);
    // Both letters' links come from one form, opened once; each letter looks up its own response.
    expect(env.log.of("forms", "FormApp.openByUrl")).toBe(1);
    expect(env.log.of("forms", "Form.canEditResponse")).toBe(1);
    expect(env.log.of("forms", "Form.getResponses")).toBe(2);
    const [form] = env.forms;
    for (const letter of env.mail.sent) {
      const url = /https:\S+edit2=\S+/u.exec(letter.body)![0];
      expect(form!.opensAnswer(url)).toBe(true);
    }
    expect(env.ss.ui.alerts.at(-1)!.prompt).toMatch(/^Доступ разрешён\./u);
    expect(
      journalOf(env)
        .filter(([action]) => action === "Разрешение доступа")
        .map(([, state]) => state),
    ).toEqual(["продолжится", "выполнено"]);

    // Nothing goes twice, and the menu is back to normal.
    env.open();
    env.call("resumeWork");
    expect(env.mail.sent).toHaveLength(2);
    expect(env.ss.ui.menus.at(-1)!.items[0]!.caption).toBe("Открыть панель");
    expect(env.call<{ reauthorization: boolean; waitingLetters: number }>("getStatus")).toMatchObject({
      reauthorization: false,
      waitingLetters: 0,
    });
  });
});
