// Debian's Chromium (apt-get install -y chromium chromium-l10n) driven by playwright-core: never a downloaded
// browser, no network, and Russian throughout — pages get the ru-RU locale, and Chromium's own texts (the month
// and date pickers) come from its Russian resources (chromium-l10n's ru.pak), chosen on Linux by LANGUAGE.
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/** The locale every page is opened in (browser.newPage({ locale })). */
export const PAGE_LOCALE = "ru-RU";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    env: { ...process.env, LANGUAGE: "ru" },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--lang=ru",
    ],
  });
}
