// The sidebar in headless Chromium (Debian's, never a downloaded one) with google.script.run wired to the vm add-on.
import type { Browser, Page } from "playwright-core";
import type { AddonEnv } from "./addon.ts";

import { PAGE_LOCALE } from "../../node/chromium.ts";

export { CHROMIUM, launchChromium } from "../../node/chromium.ts";

/**
 * The stand-in: each google.script.run call goes, asynchronously, to the add-on loaded in the vm. Arguments cross as
 * Playwright serialises them (a Date stays a Date), so the server side's rule (fakes/scriptRun.ts) sees what the
 * page really sent.
 */
const STAND_IN = `
  window.__calls = [];
  const runner = (handlers) => new Proxy({}, {
    get(_, name) {
      if (name === "withSuccessHandler") return (fn) => runner({ ...handlers, ok: fn });
      if (name === "withFailureHandler") return (fn) => runner({ ...handlers, fail: fn });
      return (...args) => {
        window.__calls.push(name);
        window.__server(String(name), args).then((answer) =>
          setTimeout(() => (answer.ok ? handlers.ok?.(answer.value) : handlers.fail?.(new Error(answer.message))), 20),
        );
      };
    },
  });
  window.google = { script: { run: runner({}) } };
`;

/** Opens the sidebar page (its HTML as HtmlService serves it) at the sidebar's width, offline. */
export async function openSidebar(browser: Browser, env: AddonEnv, html: string): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 300, height: 1000 },
    locale: PAGE_LOCALE,
    timezoneId: "Europe/Moscow",
    reducedMotion: "reduce",
  });
  await page.route("**/*", (route) => route.abort());
  await page.exposeFunction("__server", (name: string, args: unknown[]) => {
    try {
      return { ok: true, value: env.call(name, ...args) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  // As Apps Script puts google.script into the sidebar's frame: before the page's own script (init scripts do not
  // run for setContent's about:blank document).
  await page.setContent(html.replace("<head>", () => `<head><script>${STAND_IN}</script>`));
  return page;
}
