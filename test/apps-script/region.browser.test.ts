// The sidebar's «Регион» tab in headless Chromium: save the address and key, import a month, see a refusal in Russian.
import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { builtAddon, loadAddon, type AddonEnv } from "./addon.ts";
import { CHROMIUM, launchChromium, openSidebar } from "./browser.ts";
import { consolidatedBody, MONTH, REGION_KEY, REGION_URL, regionReport } from "./regionFixture.ts";

let browser: Browser;
let env: AddonEnv;
let page: Page;

describe.runIf(existsSync(CHROMIUM) || process.env.CI)("the «Регион» tab in Chromium", () => {
  beforeAll(async () => {
    const addon = await builtAddon();
    env = loadAddon(addon);
    browser = await launchChromium();
    page = await openSidebar(browser, env, addon.sidebar);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  test("saves the address and the key (the key never comes back), imports a month, fits 300 px", async () => {
    await page.getByRole("tab", { name: "Регион" }).click();
    await page.getByLabel("Адрес свода региона (сообщает региональный координатор)").fill(REGION_URL);
    await page.getByLabel("Ключ региона").fill(REGION_KEY);
    await page.getByRole("button", { name: "Сохранить" }).click();
    await expect
      .poll(() => page.locator("#region-settings").innerText())
      .toContain("Настройки свода сохранены.");
    expect(await page.getByLabel(/^Ключ региона \(сохранён/u).inputValue()).toBe("");
    expect(await page.content()).not.toContain(REGION_KEY);

    const body = consolidatedBody(regionReport(3));
    env.fetch = () => ({ code: 200, body });
    await page.getByLabel("Месяц свода").fill(MONTH);
    await page.getByRole("button", { name: "Загрузить свод" }).click();
    await expect
      .poll(() => page.locator("#region-result").innerText())
      .toContain(
        "загружен на листы «Свод 2026-11», «Потребность в ДПО 2026-11», «Программы 2026-11»: отчитались 2 из 3; нет данных: Гамма.",
      );
    expect(await page.locator("#region-result").innerText()).toContain("Файл → Печать");
    expect(env.requests.at(-1)!.url).toBe(`${REGION_URL}?month=${MONTH}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  });

  test("a refused key shows the server's Russian message in the error box", async () => {
    env.fetch = () => ({
      code: 401,
      body: JSON.stringify({ error: "no-regional-key", message: "Нужен ключ региона. Укажите ключ." }),
    });
    await page.getByRole("button", { name: "Загрузить свод" }).click();
    await expect.poll(() => page.locator("#error").innerText()).toBe("Нужен ключ региона. Укажите ключ.");
  });
});
