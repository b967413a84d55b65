// Takes the README's screenshots of real demo output: the consolidated sheet and a municipality's «Показатели».
// npx tsx scripts/screenshots.ts   (needs Debian's chromium: apt-get install -y chromium)
import ExcelJS from "exceljs";
import { join } from "node:path";
import { launchChromium } from "../node/chromium.ts";
import { runDemo } from "../node/demo/run.ts";
import { worksheetHtml } from "../xlsx/sheetHtml.ts";

async function shoot(file: string, sheet: string, png: string, width: number) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width, height: 400 } });
    await page.setContent(worksheetHtml(workbook.getWorksheet(sheet)!));
    await page.screenshot({ path: png, fullPage: true });
  } finally {
    await browser.close();
  }
}

const out = "out";
await runDemo(out);
await shoot(join(out, "svod-2026-11.xlsx"), "Сводка", "docs/svod.png", 1180);
await shoot(join(out, "svod-2026-11.xlsx"), "Муниципалитеты", "docs/svod-municipalities.png", 1400);
process.stdout.write("Снимки сохранены: docs/svod.png, docs/svod-municipalities.png\n");
