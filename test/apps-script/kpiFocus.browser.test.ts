// The KPI card in headless Chromium: the three organisations that miss the most targets, each a link to its row in
// «Показатели по ОО», and the print hint.
import { existsSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readBook } from "../../shared/book.ts";
import { computeMunicipalFigures } from "../../shared/kpi/compute.ts";
import { ORG_KPI_SHEET_TITLE, orgKpiTable } from "../../shared/tables/orgKpiTable.ts";
import { builtAddon, loadAddon, type AddonEnv } from "./addon.ts";
import { schoolsBook } from "./books.ts";
import { CHROMIUM, launchChromium, openSidebar } from "./browser.ts";

let browser: Browser;
let env: AddonEnv;
let page: Page;
const sheets = schoolsBook();

describe.runIf(existsSync(CHROMIUM) || process.env.CI)("the KPI card's organisations in Chromium", () => {
  beforeAll(async () => {
    const addon = await builtAddon();
    env = loadAddon(addon, sheets);
    browser = await launchChromium();
    page = await openSidebar(browser, env, addon.sidebar);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  test("«Рассчитать показатели» lists the top three, and a click selects the organisation's row", async () => {
    const byOrg = computeMunicipalFigures(
      readBook(sheets.map((s) => ({ name: s.name, values: s.rows }))),
    ).byOrg;
    const { focus } = orgKpiTable(byOrg);
    const rows = byOrg.rows;
    expect(rows.filter((row) => row.missed > 0).length).toBeGreaterThan(3); // the list is cut to three

    await page.getByRole("button", { name: "Рассчитать показатели" }).click();
    const links = page.locator("#kpi-focus li a");
    await expect.poll(() => links.count(), { timeout: 20_000 }).toBe(3);
    expect(await links.allInnerTexts()).toEqual(focus.map((org) => org.org));
    const notes = await page.locator("#kpi-focus li .muted").allInnerTexts();
    // «из 10 целей», «из 1 цели», «из 21 цели»: the genitive after «из» agrees with the count.
    const goals = (n: number) => (n % 10 === 1 && n % 100 !== 11 ? "цели" : "целей");
    expect(notes[0]).toBe(
      `не достигнуто ${focus[0]!.missed} из ${focus[0]!.withData} ${goals(focus[0]!.withData)}`,
    );

    for (const org of [focus[2]!, focus[0]!]) {
      await links.filter({ hasText: org.org }).click();
      await expect.poll(() => env.ss.active).toEqual({ sheet: ORG_KPI_SHEET_TITLE, row: org.row, column: 1 });
      expect(env.ss.sheet(ORG_KPI_SHEET_TITLE).grid.value(org.row, 1)).toBe(org.org);
    }
    expect(await page.locator("#print-hint").innerText()).toMatch(
      /Альбомная.*По ширине.*закреплённые строки/u,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  });
});
