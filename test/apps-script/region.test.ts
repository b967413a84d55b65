// The «Регион» mode: a month's snapshot from getConsolidated imported into «Свод ГГГГ-ММ», its errors, its cost.
import { describe, expect, test } from "vitest";
import { consolidatedCaption, CONSOLIDATED_SHEETS } from "../../shared/tables/consolidatedTables.ts";
import { STATUS_COLORS } from "../../shared/tables/kpiTable.ts";
import { look, rowOf } from "./sheetView.ts";
import { builtAddon, loadAddon, type AddonEnv } from "./addon.ts";
import { SVOD_SHEETS } from "../helpers/svodSheets.ts";
import {
  consolidatedBody,
  DEMAND,
  META,
  MONTH,
  PROGRAMMES,
  regional,
  REGION_KEY,
  REGION_URL,
  regionReport,
  TITLE,
} from "./regionFixture.ts";

/** The consolidated sheets «Свод» stacks; the demand and the programmes have sheets of their own. */
const DETAILED: readonly string[] = [
  CONSOLIDATED_SHEETS.demand,
  CONSOLIDATED_SHEETS.demandByMunicipality,
  CONSOLIDATED_SHEETS.programmes,
  CONSOLIDATED_SHEETS.programmesByMunicipality,
];
const HEADINGS = SVOD_SHEETS.filter((title) => !DETAILED.includes(title));

const journalTail = (env: AddonEnv) => env.ss.sheet("Журнал").dump().at(-1)!.slice(2).map(String);

describe("«Загрузить свод региона»", () => {
  test("writes the caption, the KPI tables, municipalities with status colours and «нет данных»", async () => {
    const env = await regional();
    const view = env.call<{
      sheet: string;
      reported: number;
      total: number;
      missing: string[];
      summary: string;
    }>("importRegion", MONTH);
    expect(view).toMatchObject({ sheet: TITLE, reported: 2, total: 3, missing: ["Гамма"] });
    const sheet = env.ss.sheet(TITLE);
    const values = sheet.dump();
    const caption = consolidatedCaption(regionReport(3), META);
    expect(values.slice(0, 2).map((line) => line[0])).toEqual(caption);
    expect(caption[0]).toMatch(/^Московская область: свод по муниципалитетам за ноябрь 2026, редакция 1/u);
    expect(sheet.grid.bold.has("1:1")).toBe(true);

    const headingRows = HEADINGS.map((heading) => rowOf(sheet, [heading]));
    expect(headingRows).toEqual([...headingRows].sort((a, b) => a - b));
    for (const row of headingRows) expect(sheet.grid.bold.has(`${row}:1`)).toBe(true);
    for (const title of DETAILED) expect(values.flat()).not.toContain(title);
    expect(sheet.frozenRows).toBe(caption.length);
    expect(new Set(headingRows.map((row) => sheet.grid.background(row, 1))).size).toBe(1);

    const municipalities = headingRows[1]!;
    const header = values[rowOf(sheet, ["Код", "Муниципалитет", "Дата отчёта"], municipalities) - 1]!;
    const k1 = header.indexOf("K1") + 1;
    expect(k1).toBeGreaterThan(3);
    const alpha = rowOf(sheet, ["a", "Альфа", "30.11.2026"], municipalities);
    const beta = rowOf(sheet, ["b", "Бета"], municipalities);
    expect(sheet.grid.value(alpha, k1)).toBe(70);
    expect(sheet.grid.background(alpha, k1)).toBe(STATUS_COLORS["достигнут"].fill);
    expect(sheet.grid.fontColors.get(`${alpha}:${k1}`)).toBe(STATUS_COLORS["достигнут"].font);
    expect(sheet.grid.formats.get(`${alpha}:${k1}`)).toBe('0.0" %"');
    expect(sheet.grid.value(beta, k1)).toBe(30);
    expect(sheet.grid.background(beta, k1)).toBe(STATUS_COLORS["не достигнут"].fill);
    const gamma = rowOf(sheet, ["c", "Гамма"], municipalities);
    const columns = header.slice(2).filter((v) => v !== "").length;
    expect(columns).toBe(16); // «Дата отчёта», the 14 indicators and K2's people diagnosed this year
    // «нет отчёта» for the date, one merged «нет данных» across the figures.
    expect(values[gamma - 1]!.slice(2, 2 + columns)).toEqual([
      "нет отчёта",
      "нет данных",
      ...Array(columns - 2).fill(""),
    ]);
    expect(sheet.merges.blocks).toContainEqual({ row: gamma, column: 4, rows: 1, columns: columns - 1 });
    expect(sheet.grid.background(gamma, k1)).toBe(STATUS_COLORS["нет данных"].fill);
    // The region row: sums of numerators over sums of denominators, not the mean of municipal shares.
    const region = rowOf(sheet, ["", "Регион"], municipalities);
    expect(sheet.grid.value(region, k1)).toBe(50);
    expect(sheet.grid.bold.has(`${region}:2`)).toBe(true);

    const quality = rowOf(sheet, ["c", "Гамма", "нет данных"], headingRows[3]);
    expect(quality).toBeGreaterThan(gamma);
    expect(values.flat()).toContain("Нет данных: Гамма.");
    expect(journalTail(env)).toEqual(["Загрузить свод региона", "выполнено", view.summary]);
    expect(view.summary).toBe(
      `Свод за ноябрь 2026 (редакция 1) загружен на листы «${TITLE}», «${DEMAND}», «${PROGRAMMES}»: отчитались 2 из 3; нет данных: Гамма.`,
    );
  });

  test("sends one GET with the month and the regional key as Bearer", async () => {
    const env = await regional();
    env.call("importRegion", MONTH);
    expect(env.requests).toEqual([
      {
        url: `${REGION_URL}?month=${MONTH}`,
        method: "get",
        headers: { Authorization: `Bearer ${REGION_KEY}` },
        contentType: "",
        payload: "",
      },
    ]);
    const shown = JSON.stringify(env.call("getRegionSettings"));
    expect(shown).not.toContain(REGION_KEY);
    expect(env.call("getRegionSettings")).toEqual({ url: REGION_URL, hasKey: true });
  });

  test("importing twice, or after a larger month, leaves exactly the sheets one import makes", async () => {
    const sheets = (env: AddonEnv) => [TITLE, DEMAND, PROGRAMMES].map((title) => look(env.ss.sheet(title)));
    const once = await regional();
    once.call("importRegion", MONTH);
    const expected = sheets(once);

    const twice = await regional();
    twice.call("importRegion", MONTH);
    twice.call("importRegion", MONTH);
    expect(sheets(twice)).toEqual(expected);
    expect(twice.ss.sheets.map((s) => s.name)).toEqual(["Журнал", TITLE, DEMAND, PROGRAMMES]);

    const shrunk = await regional(60);
    shrunk.call("importRegion", MONTH);
    const body = consolidatedBody(regionReport(3));
    shrunk.fetch = () => ({ code: 200, body });
    shrunk.call("importRegion", MONTH);
    expect(sheets(shrunk)).toEqual(expected);
  });

  test("the number of Sheets calls is the same for 3 and 60 municipalities", async () => {
    const calls = async (count: number) => {
      const env = await regional(count);
      env.log.reset();
      env.call("importRegion", MONTH);
      expect(env.ss.sheet(TITLE).dump().length).toBeGreaterThan(count);
      return env.log.table("sheets");
    };
    const small = await calls(3);
    const large = await calls(60);
    expect(large).toEqual(small);
    // One batch per sheet: «Свод», «Потребность в ДПО», «Программы».
    for (const method of ["setValues", "setBackgrounds", "setFontWeights", "setNumberFormats"])
      expect(small[`Range.${method}`], method).toBe(3);
  });
});

describe("«Регион»: errors in Russian", () => {
  const failing = async (answer: () => { code: number; body: string }) => {
    const env = await regional();
    env.fetch = answer;
    return env;
  };
  const serverError = (code: number, message: string) => () => ({
    code,
    body: JSON.stringify({ error: "x", message }),
  });

  test.each([
    [401, "Нужен ключ региона. Укажите ключ регионального координатора и повторите запрос."],
    [
      404,
      "Свод за ноябрь 2026 ещё не сформирован: он фиксируется 1-го числа следующего месяца в 06:00 по Москве.",
    ],
    [400, "Укажите месяц в виде ГГГГ-ММ, например ?month=2026-11."],
  ])("HTTP %i gives the server's own message, and no sheet", async (code, message) => {
    const env = await failing(serverError(code, message));
    expect(() => env.call("importRegion", MONTH)).toThrow(new Error(message));
    expect(env.ss.sheets.map((s) => s.name)).toEqual(["Журнал"]);
    expect(journalTail(env)).toEqual(["Загрузить свод региона", "ошибка", `Свод за ${MONTH}: ${message}`]);
  });

  test("an answer without a message, a network failure, a non-JSON body and a wrong shape", async () => {
    let env = await failing(() => ({ code: 502, body: "<html>Bad Gateway</html>" }));
    expect(() => env.call("importRegion", MONTH)).toThrow(/^Сервер региона ответил ошибкой \(код 502\)\./u);
    env = await failing(() => {
      throw new Error("Exception: DNS error: https://europe-west3-marshrut.cloudfunctions.net");
    });
    expect(() => env.call("importRegion", MONTH)).toThrow(/^Не удалось связаться с сервером региона\./u);
    env = await failing(() => ({ code: 200, body: "<html>Вход в аккаунт</html>" }));
    expect(() => env.call("importRegion", MONTH)).toThrow(/^Сервер ответил не сводом\./u);
    const broken = JSON.parse(consolidatedBody(regionReport(3)));
    broken.report.municipalities[0].kpis = "много";
    env = await failing(() => ({ code: 200, body: JSON.stringify(broken) }));
    expect(() => env.call("importRegion", MONTH)).toThrow(
      "Свод не загружен: ответ сервера не прошёл проверку (первое расхождение — поле report.municipalities.0.kpis). Обновите дополнение «Маршрут» или сообщите региональному координатору.",
    );
    env = await failing(() => ({ code: 200, body: consolidatedBody(regionReport(3, "2026-10")) }));
    expect(() => env.call("importRegion", MONTH)).toThrow(/прислан свод за октябрь 2026 вместо ноябрь 2026/u);
    expect(env.ss.sheets.map((s) => s.name)).toEqual(["Журнал"]);
  });

  test("without an address, a key or a valid month nothing is sent and the message says what to set", async () => {
    const env = loadAddon(await builtAddon());
    expect(() => env.call("importRegion", MONTH)).toThrow(
      /^Не указан адрес свода региона\. Откройте вкладку «Регион»/u,
    );
    env.call("saveRegionSettings", { url: REGION_URL });
    expect(() => env.call("importRegion", MONTH)).toThrow(
      /^Не указан ключ региона\. Откройте вкладку «Регион»/u,
    );
    env.call("saveRegionSettings", { url: REGION_URL, key: REGION_KEY });
    expect(() => env.call("importRegion", "ноябрь")).toThrow(/^Месяц свода указан неверно/u);
    expect(() => env.call("saveRegionSettings", { url: "http://region.ru" })).toThrow(
      /^Настройки не сохранены: адрес начинается с https:\/\/\./u,
    );
    expect(env.requests).toHaveLength(0);
  });
});
