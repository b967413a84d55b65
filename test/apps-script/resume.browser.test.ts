// The sidebar resumes kept work when it opens: a paused run goes on with its progress, a waiting report is resent.
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon } from "./addon.ts";
import { largeBook } from "./books.ts";
import { CHROMIUM, launchChromium, openSidebar } from "./browser.ts";
import { SETTINGS_FORM } from "./settings.ts";

let browser: Browser;

describe.runIf(existsSync(CHROMIUM) || process.env.CI)("the sidebar opening on kept work", () => {
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  test("a report the region did not take is resent", async () => {
    const addon = await builtAddon();
    const env = loadAddon(addon, sampleSheets());
    env.call("saveSettings", SETTINGS_FORM);
    env.fetch = () => ({ code: 503, body: "" });
    env.call("runAction", "sync", { month: "2026-10" });
    env.fetch = () => ({ code: 201, body: JSON.stringify({ message: "Принят.", revision: 1 }) });
    const page = await openSidebar(browser, env, addon.sidebar);
    await expect.poll(() => env.requests.length).toBe(2);
    expect(await page.evaluate(() => (window as unknown as { __calls: string[] }).__calls)).toContain(
      "resumeWork",
    );
    await expect.poll(() => page.locator("#status").innerText()).not.toContain("ждут отправки");
    await page.close();
  });

  test("a paused check goes on, with its progress, until it is done", async () => {
    const addon = await builtAddon();
    const env = loadAddon(addon, largeBook(3000));
    env.log.latency = { perCall: 5, perCell: 1 };
    expect(env.call<{ status: string }>("runAction", "check").status).toBe("waiting");
    const page = await openSidebar(browser, env, addon.sidebar);
    await expect
      .poll(() => page.locator("#progress-label").innerText(), { timeout: 30_000 })
      .toMatch(/^Проверить реестр: готово\./u);
    expect(env.triggers).toEqual([]);
    await page.close();
  }, 60_000);
});
