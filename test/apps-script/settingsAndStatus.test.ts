// Settings in document properties (checked with the shared schema, copied onto «Настройки»), status and look-up.
import { describe, expect, test } from "vitest";
import { Settings } from "../../shared/settings.ts";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon } from "./addon.ts";
import { bookWithMistakes } from "./books.ts";
import { SETTINGS_FORM } from "./settings.ts";

interface SettingsView {
  form: Record<string, unknown> & { thresholds: { high: number } };
  hasKey: boolean;
  sheets: string[];
}

describe("settings", () => {
  test("are saved in document properties as the shared Settings, the key apart, and copied onto «Настройки»", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    const view = env.call<SettingsView>("saveSettings", SETTINGS_FORM);
    const { apiKey, ...shown } = SETTINGS_FORM;
    expect(view.form).toEqual(shown);
    expect(view.hasKey).toBe(true);
    expect(JSON.stringify(view)).not.toContain(apiKey);
    const stored = JSON.parse(env.props.data.get("marshrut.settings#0")!);
    expect(Settings.parse(stored)).toMatchObject({
      municipalityCode: "odin",
      weeklyHours: 8,
      reportDate: "2026-11-30",
    });
    expect(env.props.data.get("marshrut.apiKey")).toBe(apiKey);
    const sheet = env.ss.sheet("Настройки").dump();
    expect(sheet).toContainEqual(["Часов в неделю", 8]);
    expect(sheet).toContainEqual(["Муниципалитет", "Одинцовский городской округ"]);
    expect(sheet.filter((row) => row[0] === "Код муниципалитета")).toEqual([["Код муниципалитета", "odin"]]);
    expect(sheet.flat()).not.toContain(apiKey);
    const kept = env.call<SettingsView>("saveSettings", {
      ...SETTINGS_FORM,
      apiKey: undefined,
      weeklyHours: 6,
    });
    expect(kept.hasKey).toBe(true);
    expect(env.call<SettingsView>("getSettings").form.weeklyHours).toBe(6);
  });

  test("wrong values are refused with Russian reasons and nothing is stored", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    expect(() =>
      env.call("saveSettings", {
        ...SETTINGS_FORM,
        weeklyHours: 0,
        thresholds: { high: 50, elevated: 70, base: 85 },
        endpoint: "http://plain",
      }),
    ).toThrow(
      "Настройки не сохранены: часов в неделю больше 0; пороги должны убывать: высокий > повышенный > базовый; адрес начинается с https://.",
    );
    expect(() =>
      env.call("saveSettings", { ...SETTINGS_FORM, periodFrom: "2027-01-01", periodTo: "2026-09-01" }),
    ).toThrow("Настройки не сохранены: окончание периода раньше начала.");
    expect(env.props.data.size).toBe(0);
  });

  test("before anything is saved the form shows «Настройки» as the core reads it", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    const view = env.call<SettingsView>("getSettings");
    expect(view.form).toMatchObject({
      municipalityCode: "odin",
      reportDate: "2026-11-30",
      weeklyHours: 10,
      endpoint: "",
    });
    expect(view.hasKey).toBe(false);
    expect(view.sheets).toEqual(sampleSheets().map((s) => s.name));
  });

  test("saved settings win over the sheet in every action (the report date here)", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    env.call("saveSettings", { ...SETTINGS_FORM, reportDate: "2026-10-31" });
    env.ss.sheet("Настройки").grid.setValue(4, 2, "30.11.2026");
    env.call("runAction", "kpis");
    expect(env.call<{ reportDate: string }>("getResult", "kpis").reportDate).toBe("2026-10-31");
  });
});

describe("status and look-up", () => {
  test("the status names the register, its rows, the last check and the month to send", async () => {
    const env = loadAddon(await builtAddon(), bookWithMistakes());
    const before = env.call<{ register: unknown; lastCheck: unknown; actions: string[]; syncMonth: string }>(
      "getStatus",
    );
    expect(before).toMatchObject({
      register: { sheet: "Реестр ИОМ", rows: 3, formLinked: false },
      lastCheck: null,
      syncMonth: "2026-11",
    });
    expect(before.actions).toEqual(["prepare", "check", "routes", "kpis", "sync", "letters"]);
    env.call("runAction", "check");
    expect(env.call<{ lastCheck: { errors: number; rows: number } }>("getStatus").lastCheck).toMatchObject({
      errors: 3,
      rows: 3,
    });
  });

  test("one person's route by e-mail or by part of the name; several matches are listed", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    env.call("runAction", "routes");
    const byEmail = env.call<{
      person: { fio: string; activities: { title: string }[]; diagnostics: { group: string }[] };
    }>("lookupPerson", "IVANOVA@school1.ru");
    expect(byEmail.person.fio).toBe("Иванова Мария Петровна");
    expect(byEmail.person.activities.at(-1)!.title).toBe("Рефлексивная диагностика: цифровые");
    expect(byEmail.person.diagnostics.map((d) => d.group).sort()).toEqual(["предметные", "цифровые"]);
    expect(env.call<{ person: { email: string } }>("lookupPerson", "Петров Иван").person.email).toBe(
      "petrov@school1.ru",
    );
    const many = env.call<{ matches: unknown[]; person: unknown }>("lookupPerson", "school1");
    expect(many.person).toBeNull();
    expect(many.matches).toHaveLength(3);
    expect(env.call<{ matches: unknown[] }>("lookupPerson", "петров").matches).toHaveLength(2);
    expect(env.call<{ matches: unknown[] }>("lookupPerson", "нет такого").matches).toEqual([]);
  });
});
