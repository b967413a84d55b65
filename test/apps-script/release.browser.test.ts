// The sidebar says which release it is, and — after an upgrade that needs a permission not yet given — what to do.
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { REAUTHORIZE_ITEM, REAUTHORIZE_TEXT } from "../../apps-script/server/accessTexts.ts";
import { sampleSheets } from "../helpers/sampleBook.ts";
import { builtAddon, loadAddon } from "./addon.ts";
import { formAnswer } from "./books.ts";
import { CHROMIUM, launchChromium, openSidebar } from "./browser.ts";
import { SCOPE } from "./fakes/scopes.ts";
import { SETTINGS_FORM } from "./settings.ts";

let browser: Browser;

describe.runIf(existsSync(CHROMIUM) || process.env.CI)(
  "the sidebar's release footer and access notice",
  () => {
    beforeAll(async () => {
      browser = await launchChromium();
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    });

    test("the footer names the release; no notice while access is complete", async () => {
      const addon = await builtAddon();
      const env = loadAddon(addon, sampleSheets());
      const page = await openSidebar(browser, env, addon.sidebar);
      await expect.poll(() => page.locator("#release").innerText()).toBe(`Маршрут ${addon.build.version}`);
      await expect.poll(() => page.locator("#status").innerText()).toContain("Реестр:");
      expect(await page.locator("#reauthorize").isHidden()).toBe(true);
      await page.close();
    });

    test("after an upgrade with a new permission, the notice says which menu item gives it; letters wait", async () => {
      const addon = await builtAddon();
      const older = {
        ...addon,
        manifest: {
          ...addon.manifest,
          oauthScopes: addon.manifest.oauthScopes.filter((s) => s !== SCOPE.sendMail),
        },
      };
      const env = loadAddon(
        older,
        sampleSheets().filter((s) => s.name !== "Реестр ИОМ"),
      );
      env.call("saveSettings", SETTINGS_FORM);
      env.call("runAction", "prepare");
      env.upgrade(addon);
      env.submit(env.ss.sheet("Реестр ИОМ"), formAnswer("kuznetsova@school1.ru", "МБОУ СОШ № 11"));
      const page = await openSidebar(browser, env, addon.sidebar);
      const notice = page.locator("#reauthorize");
      await expect.poll(() => notice.isVisible()).toBe(true);
      // The same words as «Журнал»'s line and the menu item's dialog, naming the item.
      expect(await notice.innerText()).toBe(`${REAUTHORIZE_ITEM}\n${REAUTHORIZE_TEXT}`);
      expect(REAUTHORIZE_TEXT).toContain("«Расширения → Маршрут → Нужно заново разрешить доступ»");
      expect(await page.locator("#status").innerText()).toContain("Писем педагогам ждут отправки: 1");
      expect(env.mail.sent).toEqual([]);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(300);
      await page.close();
    });
  },
);
