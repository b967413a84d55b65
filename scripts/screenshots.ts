// Takes the README's pictures of real demo output: svod and municipal sheets as they look on screen, and pages of the
// svod and of «Показатели» as printed (LibreOffice headless → PDF → PNG, when soffice and pdftoppm are installed; not
// in CI).
// npx tsx scripts/screenshots.ts   (needs Debian's chromium and chromium-l10n; for the printed page: apt-get install -y
// libreoffice-calc-nogui poppler-utils)
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { launchChromium, PAGE_LOCALE } from "../node/chromium.ts";
import { runDemo } from "../node/demo/run.ts";
import { worksheetHtml } from "../xlsx/sheetHtml.ts";

const run = promisify(execFile);

async function shoot(file: string, sheet: string, png: string, width: number) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width, height: 400 }, locale: PAGE_LOCALE });
    await page.setContent(worksheetHtml(workbook.getWorksheet(sheet)!));
    await page.screenshot({ path: png, fullPage: true });
  } finally {
    await browser.close();
  }
}

/** The first printed page whose page header starts with `header`, as LibreOffice prints the workbook. */
async function printedPage(file: string, header: string, png: string): Promise<boolean> {
  const dir = await mkdtemp(join(tmpdir(), "marshrut-print-"));
  try {
    const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
    // In a Russian locale, as a methodist's LibreOffice prints: «70,2 %», not «70.2 %».
    const russian = { ...process.env, LANG: "ru_RU.UTF-8", LC_ALL: "ru_RU.UTF-8" };
    await run("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, file], {
      env: russian,
    });
    const pdf = join(dir, file.replace(/^.*\//u, "").replace(/\.xlsx$/u, ".pdf"));
    const pages = Number(/Pages:\s+(\d+)/u.exec((await run("pdfinfo", [pdf])).stdout)?.[1] ?? 0);
    for (let page = 1; page <= pages; page++) {
      const text = (await run("pdftotext", ["-f", `${page}`, "-l", `${page}`, pdf, "-"])).stdout;
      if (!text.trimStart().startsWith(header)) continue;
      const args = ["-f", `${page}`, "-l", `${page}`, "-png", "-r", "100", "-singlefile", pdf];
      await run("pdftoppm", [...args, png.replace(/\.png$/u, "")]);
      return true;
    }
    return false;
  } catch {
    return false;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const out = "out";
await runDemo(out);
const svod = join(out, "svod-2026-11.xlsx");
await shoot(svod, "Сводка", "docs/svod.png", 1180);
await shoot(svod, "Муниципалитеты", "docs/svod-municipalities.png", 1400);
await shoot(svod, "Потребность в ДПО", "docs/svod-demand.png", 1300);
await shoot(svod, "Программы", "docs/svod-programmes.png", 1600);
await shoot(join(out, "odin.xlsx"), "Показатели по ОО", "docs/kpi-by-org.png", 1900);
const printed =
  (await printedPage(svod, "«Потребность в ДПО»", "docs/svod-print.png")) &&
  (await printedPage(join(out, "odin.xlsx"), "Показатели на ", "docs/kpi-print.png"));
process.stdout.write(
  `Снимки сохранены: docs/svod.png, docs/svod-municipalities.png, docs/svod-demand.png, docs/svod-programmes.png, docs/kpi-by-org.png${printed ? ", docs/svod-print.png, docs/kpi-print.png" : "; страницы печати не сняты (нужны soffice и pdftoppm)"}\n`,
);
