// A real route printed to PDF by headless Chromium (the browser's print → PDF): A4, 1–3 pages, every activity, signatures.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { Browser, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, launchChromium, PAGE_LOCALE } from "../../../node/chromium.ts";
import { DEMO_MUNICIPALITIES, municipalityWorkbook } from "../../../node/demo/sampleData.ts";
import { readBook } from "../../../shared/book.ts";
import { buildRoutes } from "../../../shared/iom/buildRoutes.ts";
import { generatedRouteDocuments } from "../../../shared/letters/generatedRoutes.ts";
import { iomHtml } from "../../../shared/letters/iomHtml.ts";
import { signedName } from "../../../shared/letters/iomPrint.ts";
import { screenshotPath } from "../../helpers/screenshot.ts";
import type { RouteDocument } from "../../../shared/letters/routeDocument.ts";

const SCREENSHOT = screenshotPath("iom.png");
/** PDF points (1/72 inch) in millimetres. */
const mm = (points: number) => (points / 72) * 25.4;

/** The longest route of the demo's first municipality, generated as `npm run demo` generates it. */
function longestRoute(): RouteDocument {
  const municipality = DEMO_MUNICIPALITIES[0]!;
  const sheets = municipalityWorkbook(municipality, new Date(2026, 10, 30)).map((s) => ({
    name: s.name,
    values: s.rows,
  }));
  const book = readBook(sheets, { reportDate: "2026-11-30" });
  const documents = generatedRouteDocuments(sheets, buildRoutes(book), { reportDate: book.reportDate });
  return documents.reduce((a, b) => (b.activities.length > a.activities.length ? b : a));
}

const flat = (text: string) => text.replace(/\s+/gu, "");
/** The lines of a page's text, no-break spaces read as spaces. */
const linesOf = (text: string) => text.replace(/\u00a0/gu, " ").split("\n");

// Skipped only on a developer machine without Chromium; in CI (CI=true) a missing browser fails the run.
describe.runIf(existsSync(CHROMIUM) || process.env.CI)("the printed ИОМ in Chromium", () => {
  let browser: Browser;
  let page: Page;
  const route = longestRoute();
  const sender = { methodist: "metodist@demo.example.ru", municipality: "Одинцовский городской округ" };

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 794, height: 1123 }, locale: PAGE_LOCALE });
    await page.route("**/*", (r) => r.abort());
    await page.setContent(iomHtml(route, sender, "print"));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("prints on 1–3 A4 pages holding every activity and the whole signature block", async () => {
    expect(route.activities.length).toBeGreaterThanOrEqual(5);
    const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: "A4" })));
    const [, , width, height] = (await pdf.getPage(1)).view;
    expect(Math.abs(mm(width!) - 210)).toBeLessThan(1);
    expect(Math.abs(mm(height!) - 297)).toBeLessThan(1);

    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    expect(totalPages).toBeGreaterThanOrEqual(1);
    expect(totalPages).toBeLessThanOrEqual(3);
    const all = flat(text.join(""));
    for (const activity of route.activities) {
      expect(all).toContain(flat(activity.title));
      expect(all).toContain(flat(`${activity.start} – ${activity.end}`));
    }
    expect(all).toContain(flat("5. Рефлексивная диагностика"));
    const signatures = text.find((t) => t.includes("С маршрутом ознакомлены"));
    expect(signatures, "the signature block").toBeDefined();
    for (const line of ["Педагог", "Наставник (тьютор)", "Руководитель образовательной", "Дата"])
      expect(flat(signatures!)).toContain(flat(line));
    // «/ В. Б. Егорова /» whole on one printed line: the closing slash never wraps away from the name.
    const teacher = `/ ${signedName(route.fio).replace(/\u00a0/gu, " ")} /`;
    expect(
      linesOf(signatures!).some((line) => line.includes(teacher)),
      teacher,
    ).toBe(true);
    // Every signature's «/ … /» opens and closes on one line (the head's name and post once broke after a comma).
    const block = linesOf(signatures!);
    const signed = block.slice(block.findIndex((line) => line.includes("С маршрутом ознакомлены")));
    const slashes = signed.filter((line) => line.includes("/"));
    expect(slashes.length).toBeGreaterThanOrEqual(3);
    for (const line of slashes) expect(line.match(/\//gu)!.length % 2, line).toBe(0);
  });

  it("opens with УТВЕРЖДАЮ / СОГЛАСОВАНО and the academic year, and names the federal registry in full", async () => {
    const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: "A4" })));
    const { text } = await extractText(pdf, { mergePages: false });
    const first = linesOf(text[0]!);
    const title = first.findIndex((line) => line.startsWith("Индивидуальный образовательный маршрут"));
    expect(first.slice(0, title)).toEqual(expect.arrayContaining(["СОГЛАСОВАНО", "УТВЕРЖДАЮ"]));
    expect(first).toContain("на 2026/2027 учебный год");
    const all = text.join("\n");
    expect(all).not.toContain("ФРОП");
    expect(flat(all)).toContain(
      flat("Федеральный реестр дополнительных профессиональных программ педагогического образования"),
    );
  });

  it("prints its own footer with page numbers, and no browser header or footer even when the browser's are on", async () => {
    // displayHeaderFooter: Chromium's own headers (date, title) and footers (address, page) — what the print
    // dialog's «Колонтитулы» turns on. The document's page margin boxes leave them no room.
    const pdf = await getDocumentProxy(
      new Uint8Array(await page.pdf({ format: "A4", displayHeaderFooter: true })),
    );
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    text.forEach((pageText, i) => {
      expect(pageText).toContain(`стр. ${i + 1} из ${totalPages}`);
      expect(pageText).toContain(`ИОМ — ${route.fio}`);
      expect(pageText).not.toMatch(/about:blank|\d{1,2}\/\d{1,2}\/\d{2},? \d{1,2}:\d{2}|\d+\/\d+$/mu);
    });
  });

  it("repeats the plan's header row on every page a long plan continues on", async () => {
    const long = { ...route, activities: Array.from({ length: 5 }, () => route.activities).flat() };
    const other = await browser.newPage({ viewport: { width: 794, height: 1123 }, locale: PAGE_LOCALE });
    await other.setContent(iomHtml(long, sender, "print"));
    const pdf = await getDocumentProxy(new Uint8Array(await other.pdf({ format: "A4" })));
    const { text } = await extractText(pdf, { mergePages: false });
    const planPages = text.filter((t) => flat(t).includes(flat(route.activities[0]!.title)));
    expect(planPages.length).toBeGreaterThanOrEqual(2);
    for (const pageText of planPages) expect(flat(pageText)).toContain(flat("Отметка о выполнении"));
    await other.close();
  });

  it("keeps the screenshot in the README (docs/iom.png)", async () => {
    await mkdir(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
  });
});
