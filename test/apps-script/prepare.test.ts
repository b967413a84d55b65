// «Подготовить таблицу»: missing sheets with headers, frozen rows and dropdowns; the register form; safe to run twice.
import { describe, expect, test } from "vitest";
import { IOM_STATUSES, ORG_TYPES } from "../../shared/schema/enums.ts";
import { OrgsSheet, RegisterSheet, StaffSheet } from "../../shared/schema/sheets.ts";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon } from "./addon.ts";
import { withoutColumns } from "./sheetView.ts";

interface Progress {
  status: string;
  summary: string;
}
interface Prepared {
  register: string | null;
  created: string[];
  form: string;
  formUrl: string | null;
  triggerCreated: boolean;
}

describe("«Подготовить таблицу»", () => {
  test("an empty spreadsheet gets every sheet of spec §2 and a register form that feeds «Реестр ИОМ»", async () => {
    const env = loadAddon(await builtAddon(), [{ name: "Лист1", rows: [] }]);
    expect(env.call<Progress>("runAction", "prepare").status).toBe("done");
    const result = env.call<Prepared>("getResult", "prepare");
    expect(result).toMatchObject({ register: "Реестр ИОМ", form: "created", triggerCreated: true });
    expect(result.created).toEqual([
      "Педагоги",
      "ОО",
      "Диагностика",
      "Каталог",
      "ИОМ",
      "Настройки",
      "Реестр ИОМ",
    ]);
    expect(env.ss.sheets.map((s) => s.name).sort()).toEqual(
      [
        "Лист1",
        "Реестр ИОМ",
        "Педагоги",
        "ОО",
        "Диагностика",
        "Каталог",
        "ИОМ",
        "Настройки",
        "Журнал",
      ].sort(),
    );

    const staff = env.ss.sheet("Педагоги");
    const staffHeaders = Object.entries(StaffSheet.fields)
      .filter(([key]) => key !== "age")
      .map(([, f]) => f.names[0]);
    expect(staff.dump()[0]).toEqual(staffHeaders);
    expect(staff.frozenRows).toBe(1);

    const orgs = env.ss.sheet("ОО");
    const typeColumn = Object.keys(OrgsSheet.fields).indexOf("type") + 1;
    expect(orgs.grid.validations.get(`2:${typeColumn}`)).toMatchObject({
      values: [...ORG_TYPES],
      allowInvalid: false,
    });
    expect(orgs.grid.validations.get(`${orgs.grid.maxRows}:${typeColumn}`)).toBeDefined();
    expect(orgs.grid.validations.get(`2:${typeColumn + 1}`)).toMatchObject({ values: ["да", "нет"] });
    expect(orgs.grid.validations.has(`1:${typeColumn}`)).toBe(false);

    const [form] = env.forms;
    expect(env.forms).toHaveLength(1);
    expect(form!.collectEmail).toBe(true);
    expect(form!.emailCollection).toBe("RESPONDER_INPUT"); // typed: no Google account needed
    expect(form!.allowResponseEdits).toBe(true); // the letter's edit link opens the answer
    expect(form!.published).toBe(true); // created after June 2026 a form starts unpublished
    const title = (key: keyof typeof RegisterSheet.fields) => RegisterSheet.fields[key].names[0];
    expect(form!.items.map((i) => i.title)).toEqual(
      (
        [
          "fio",
          "org",
          "position",
          "topic",
          "start",
          "end",
          "status",
          "course",
          "courseFederal",
          "courseDate",
          "evidence",
        ] as const
      ).map(title),
    );
    expect(form!.items.find((i) => i.title === title("status"))!.choices).toEqual([...IOM_STATUSES]);
    expect(form!.items.find((i) => i.title === title("evidence"))!.validation).toBe("url");
    expect(form!.items.filter((i) => i.required).map((i) => i.title)).toEqual([title("fio"), title("org")]);

    const register = env.ss.sheet("Реестр ИОМ");
    expect(register.formUrl).toBe(env.ss.formUrl);
    expect(register.dump()[0]).toEqual([
      "Отметка времени",
      "Адрес электронной почты",
      ...form!.items.map((i) => i.title),
      "Проверка",
    ]);
    expect(env.triggers.map((t) => [t.kind, t.handler])).toEqual([["ON_FORM_SUBMIT", "onFormSubmitHandler"]]);
    expect(env.ss.sheet("Журнал").dump()[1]!.slice(1, 4)).toEqual([
      "metodist@odin.ru",
      "Подготовить таблицу",
      "выполнено",
    ]);
  });

  test("running it again creates nothing: no second sheet, form or trigger", async () => {
    const env = loadAddon(await builtAddon(), [{ name: "Лист1", rows: [] }]);
    env.call("runAction", "prepare");
    const sheets = env.ss.sheets.map((s) => [s.name, s.dump()]);
    env.call("runAction", "prepare");
    expect(env.call<Prepared>("getResult", "prepare")).toMatchObject({
      created: [],
      form: "linked",
      triggerCreated: false,
    });
    expect(env.forms).toHaveLength(1);
    expect(env.triggers).toHaveLength(1);
    expect(env.ss.sheets.filter((s) => s.name !== "Журнал").map((s) => [s.name, s.dump()])).toEqual(
      sheets.filter(([name]) => name !== "Журнал"),
    );
  });

  test("a register filled without a form keeps its data; no second responses sheet is made", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    const before = env.ss.sheet("Реестр ИОМ").dump();
    env.call("runAction", "prepare");
    const result = env.call<Prepared>("getResult", "prepare");
    expect(result).toMatchObject({ register: "Реестр ИОМ", form: "unlinked", created: ["Каталог", "ИОМ"] });
    expect(env.forms).toHaveLength(0);
    const after = env.ss.sheet("Реестр ИОМ").dump();
    expect(after[0]!.at(-1)).toBe("Проверка");
    expect(withoutColumns(after, ["Проверка"])).toEqual(before);
  });

  test("the form offers the organisations of «ОО» as a list when the sheet has them", async () => {
    const env = loadAddon(
      await builtAddon(),
      sampleSheets().filter((s) => s.name !== "Реестр ИОМ"),
    );
    env.call("runAction", "prepare");
    const org = env.forms[0]!.items.find((i) => i.title === "ОО")!;
    expect(org).toMatchObject({
      kind: "list",
      choices: ["МБОУ СОШ № 1", "МБДОУ Детский сад № 5"],
      required: true,
    });
  });

  test("a runtime without FormApp.EmailCollectionType: the form still collects e-mail (setCollectEmail)", async () => {
    const env = loadAddon(
      await builtAddon(),
      sampleSheets().filter((s) => s.name !== "Реестр ИОМ"),
    );
    delete (env.google.context.FormApp as { EmailCollectionType?: unknown }).EmailCollectionType;
    env.call("runAction", "prepare");
    expect(env.forms[0]!.emailCollection).toBe("VERIFIED");
    expect(env.forms[0]!.allowResponseEdits).toBe(true);
  });
});
