// Google's limits the add-on can meet, each met once, with what the methodist then sees. (6 minutes an execution:
// jobs.test.ts; 30 seconds a simple trigger: authModes.test.ts; 50 000 characters a cell: textStaysText.test.ts.)
import { describe, expect, test } from "vitest";
import { readBook } from "../../shared/book.ts";
import { sampleSheets, sheetOf } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon } from "./addon.ts";
import { PROPERTY_LIMITS } from "./fakes/properties.ts";
import { CELL_LIMIT } from "./fakes/spreadsheet.ts";
import { FETCH_LIMITS } from "./fakes/urlFetch.ts";
import { MONTH, REGION_KEY, REGION_URL } from "./regionFixture.ts";
import { SETTINGS_FORM } from "./settings.ts";

describe("Google's limits", () => {
  test("properties: 9 KB a value in bytes of UTF-8 — a result full of «№», «—» and emoji is kept whole", async () => {
    const sheets = sampleSheets();
    const registerSheet = sheetOf(sheets, "Реестр ИОМ");
    registerSheet.name = `Ответы №${"—№".repeat(45)}`; // found by its headers; every finding names its sheet
    const register = registerSheet.rows;
    register[0]![1] = `Адрес электронной почты ${"№—".repeat(60)}`; // still the e-mail column (a header may go on)
    const template = register[1]!;
    for (let i = 0; i < 160; i++) {
      const row = [...template];
      row[1] = `${"№—".repeat(30)}😀${i}`; // not an e-mail: one finding each, quoting 3- and 4-byte characters
      row[5] = `Тема ${i}`;
      register.push(row);
    }
    const env = loadAddon(await builtAddon(), sheets);
    expect(env.call<{ status: string }>("runAction", "check").status).toBe("done");
    const stored = [...env.props.data.values()];
    expect(Math.max(...stored.map((v) => Buffer.byteLength(v)))).toBeLessThanOrEqual(
      PROPERTY_LIMITS.valueBytes,
    );
    expect(stored.join("")).not.toContain("\uFFFD"); // no half of a surrogate pair was stored
    const expected = readBook(sheets.map((s) => ({ name: s.name, values: s.rows }))).findings;
    const result = env.call<{ findings: { message: string }[] }>("getResult", "check");
    expect(result.findings.map((f) => f.message)).toEqual(expected.slice(0, 150).map((f) => f.message));
  });

  test("properties: 500 KB a store — a report that cannot be kept is refused in Russian, and nothing else is lost", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    env.call("saveSettings", SETTINGS_FORM);
    // Years of reports the region refused, waiting in the outbox (8 KB each), up to a few KB below the limit.
    const bytes = () => [...env.props.data].reduce((sum, [k, v]) => sum + Buffer.byteLength(k + v), 0);
    for (let i = 0; bytes() < PROPERTY_LIMITS.storeBytes - 9000; i++) {
      const month = `20${String(10 + Math.floor(i / 12))}-${String((i % 12) + 1).padStart(2, "0")}`;
      env.props.data.set(`marshrut.outbox.${month}`, "1");
      env.props.data.set(`marshrut.outbox.${month}#0`, JSON.stringify({ month, pad: "x".repeat(8000) }));
    }
    const before = new Map(env.props.data);
    env.fetch = () => ({ code: 401, body: "" });
    expect(() => env.call("runAction", "sync", { month: "2026-10" })).toThrow(
      "В таблице не хватает места для служебных данных Маршрута (Google хранит не больше 500 КБ на таблицу). Отправьте ждущие отчёты в регион — принятые удаляются — и повторите.",
    );
    for (const [key, value] of before) expect(env.props.data.get(key), key).toBe(value);
  });

  test("10 million cells a spreadsheet — a file without room for «ИОМ» gets a Russian sentence, not a half-written sheet", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    env.call("runAction", "kpis");
    const archive = env.ss.addSheet("Архив 2019–2024");
    archive.grid.maxRows = Math.floor(CELL_LIMIT / 26) - 1000;
    expect(() => env.call("runAction", "routes")).toThrow(
      "В таблице нет места: Google ограничивает таблицу 10 миллионами ячеек. Удалите пустые строки и столбцы или ненужные листы и повторите.",
    );
    expect(env.ss.sheets.map((s) => s.name)).not.toContain("ИОМ");
    expect(env.ss.sheet("Журнал").dump().at(-1)!.slice(2, 4)).toEqual(["Сформировать ИОМ", "ошибка"]);
  });

  test("50 MB a fetched answer — a region's answer Google will not take is explained", async () => {
    const env = loadAddon(await builtAddon());
    env.call("saveRegionSettings", { url: REGION_URL, key: REGION_KEY });
    const huge = "x".repeat(FETCH_LIMITS.responseBytes + 1);
    env.fetch = () => ({ code: 200, body: huge });
    expect(() => env.call("importRegion", MONTH)).toThrow(/^Ответ сервера региона больше 50 МБ/u);
  });

  test("the fetch allowlist — the settings refuse an address outside the region's functions; the platform refuses to fetch it", async () => {
    const env = loadAddon(await builtAddon(), sampleSheets());
    expect(() =>
      env.call("saveSettings", { ...SETTINGS_FORM, endpoint: "https://evil.example/submitReport" }),
    ).toThrow(
      "Настройки не сохранены: адрес должен начинаться с https://europe-west3-marshrut.cloudfunctions.net/: дополнение собрано для функций вашего региона.",
    );
    expect(() =>
      env.call("saveRegionSettings", { url: "https://europe-west3-marshrut.cloudfunctions.netx/x" }),
    ).toThrow(/^Настройки не сохранены: адрес должен начинаться с https:\/\/europe-west3-marshrut/u);
    // An address kept from an older build, outside this build's allowlist: the platform does not fetch it.
    env.props.data.set("marshrut.regionUrl", "https://old-region.example/getConsolidated");
    env.props.data.set("marshrut.regionKey", REGION_KEY);
    expect(() => env.call("importRegion", MONTH)).toThrow(/^Не удалось связаться с сервером региона/u);
    expect(env.requests).toEqual([]);
  });
});
