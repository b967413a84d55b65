// Every sheet the product writes, printed as a methodist prints it: the demo's municipal workbook and svod (written by
// the same writers as `kpi`, `iom` and `consolidate --out`) through LibreOffice to PDF, read back with poppler.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { processMunicipality } from "../../../node/demo/municipality.ts";
import { DEMO_MUNICIPALITIES, municipalityWorkbook } from "../../../node/demo/sampleData.ts";
import { aggregateRegion } from "../../../shared/report/aggregate.ts";
import { checkMunicipalReport } from "../../../shared/report/checkReport.ts";
import { buildMunicipalReport } from "../../../shared/report/municipalReport.ts";
import { writeConsolidatedWorkbook } from "../../../xlsx/consolidatedWorkbook.ts";
import { writeWorkbook } from "../../../xlsx/writeWorkbook.ts";
import { isDate } from "../../../shared/cells.ts";
import { KPI_DEFINITIONS } from "../../../shared/kpi/definitions.ts";
import { tempDir } from "../../helpers/cli.ts";
import {
  headerText,
  pdfFonts,
  pdfPages,
  tokens,
  type PdfPage,
  type PdfWord,
} from "../../helpers/pdfPages.ts";

const run = promisify(execFile);
const BOOKS = ["odin", "svod-2026-11"] as const;
const MONTH = "2026-11";
/** Registered, sends nothing for the month: «нет отчёта» in the svod. */
const SILENT = { code: "podolsk", name: "Городской округ Подольск" };
/** A4 landscape in points. */
const A4_WIDTH = 841.89;
/** A word of 10 pt is about 13 pt tall in poppler's boxes: 9 is 7 pt type, the least a sheet is shrunk to. */
const LEGIBLE_HEIGHT = 9;

interface PrintedSheet {
  readonly name: string;
  readonly worksheet: ExcelJS.Worksheet;
  readonly pages: readonly PdfPage[];
}

/** The page title a sheet prints in its page header («&C&"Arial,Bold"&10…», «&&» for «&»). */
const pageTitle = (worksheet: ExcelJS.Worksheet) =>
  (worksheet.headerFooter.oddHeader ?? "").replace(/^&C&"[^"]*"&\d+/u, "").replace(/&&/gu, "&");

const same = (a: string, b: string) => a.replace(/\s+/gu, " ").trim() === b.replace(/\s+/gu, " ").trim();

const texts = (worksheet: ExcelJS.Worksheet): string[] => {
  const found: string[] = [];
  worksheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === "string" && cell.value.trim()) found.push(cell.value);
    }),
  );
  return found;
};

const pageTokens = (pages: readonly PdfPage[]) =>
  new Set(pages.flatMap((page) => page.words.flatMap((word) => tokens(word.text))));

/** The text of the words between two x positions, below `top`, in reading order: one column of a table. */
const columnText = (pages: readonly PdfPage[], from: number, to: number, top: number) =>
  pages
    .flatMap((page) =>
      page.words
        .filter((w) => w.xMin >= from - 1 && w.xMin < to - 1 && w.yMin > top)
        .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin),
    )
    .map((w) => w.text)
    .join(" ");

const find = (pages: readonly PdfPage[], text: string): PdfWord | undefined =>
  pages.flatMap((page) => page.words).find((word) => word.text === text);

const installed = ["/usr/bin/soffice", "/usr/bin/pdftotext", "/usr/bin/pdffonts"].every((tool) =>
  existsSync(tool),
);

// Skipped only on a developer machine without LibreOffice and poppler; in CI (.ci/run installs them) a missing tool fails.
describe.runIf(installed || process.env.CI)("every sheet printed through LibreOffice", () => {
  const sheets: PrintedSheet[] = [];
  const fonts = new Set<string>();

  beforeAll(async () => {
    const dir = await tempDir();
    const out = join(dir, "out");
    await mkdir(out);
    // The demo's municipal workbooks (node/demo/municipality.ts writes them as `npm run demo` does) and its svod, as
    // the functions write it from the reports the server keeps; without the demo's letters and local server.
    const reports = [];
    for (const municipality of DEMO_MUNICIPALITIES) {
      const input = join(out, `input-${municipality.code}.xlsx`);
      await writeWorkbook(input, municipalityWorkbook(municipality, new Date(2026, 10, 30)));
      const output = join(out, `${municipality.code}.xlsx`);
      const at = new Date(2026, 10, 30, 17, 0);
      const { figures } = await processMunicipality(
        input,
        output,
        "2026-11-30",
        "metodist@demo.example.ru",
        at,
      );
      const { code, name } = municipality;
      const checked = checkMunicipalReport(
        buildMunicipalReport(code, name, MONTH, figures.kpis, figures.demand),
      );
      if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
      reports.push(checked.report);
    }
    const region = aggregateRegion({
      month: MONTH,
      known: [...DEMO_MUNICIPALITIES.map(({ code, name }) => ({ code, name })), SILENT],
      reports,
    });
    await writeConsolidatedWorkbook(join(out, "svod-2026-11.xlsx"), region, {
      regionName: "Демонстрационный регион",
      revision: 1,
      takenAt: "2026-12-01T03:00:00Z",
    });
    // One LibreOffice for both books, with a profile of its own so parallel runs never share one.
    const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
    const books = BOOKS.map((book) => join(out, `${book}.xlsx`));
    await run("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, ...books], {
      timeout: 240_000,
    });
    for (const book of BOOKS) {
      const pdf = join(dir, `${book}.pdf`);
      const pages = await pdfPages(pdf);
      for (const font of await pdfFonts(pdf)) fonts.add(font);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(out, `${book}.xlsx`));
      for (const worksheet of workbook.worksheets) {
        const title = pageTitle(worksheet);
        sheets.push({
          name: worksheet.name,
          worksheet,
          pages: pages.filter((page) => same(headerText(page), title)),
        });
      }
    }
  }, 300_000);

  const sheet = (name: string) => sheets.find((s) => s.name === name)!;

  it("prints every sheet on A4 landscape in one named font, nothing past the page's edge, legible", () => {
    expect(sheets.length).toBeGreaterThan(15);
    expect([...fonts].sort()).toEqual(["LiberationSans", "LiberationSans-Bold"]);
    for (const { name, pages } of sheets) {
      expect(pages.length, name).toBeGreaterThan(0);
      for (const page of pages) {
        expect(page.width, `${name} p. ${page.number}`).toBeCloseTo(A4_WIDTH, 0);
        const body = page.words.filter((w) => w.yMin > 48 && w.yMax < page.height - 40);
        for (const word of body) {
          expect(word.xMax, `${name} p. ${page.number}: ${word.text}`).toBeLessThanOrEqual(page.width - 14);
          expect(word.yMax - word.yMin, `${name} p. ${page.number}: ${word.text}`).toBeGreaterThanOrEqual(
            LEGIBLE_HEIGHT,
          );
        }
      }
    }
  });

  it("shows no «###» and no US-style date: every date cell is ДД.ММ.ГГГГ", () => {
    for (const { name, pages, worksheet } of sheets) {
      const words = pages.flatMap((page) => page.words.map((w) => w.text));
      expect(
        words.filter((w) => w.includes("###")),
        name,
      ).toEqual([]);
      expect(
        words.filter((w) => /\d{1,2}\/\d{1,2}\/\d{2,4}/u.test(w)),
        name,
      ).toEqual([]);
      let dates = 0;
      worksheet.eachRow((row) => row.eachCell((cell) => void (isDate(cell.value) && dates++)));
      if (dates > 0)
        expect(
          words.some((w) => /^\d\d\.\d\d\.\d{4}$/u.test(w)),
          name,
        ).toBe(true);
    }
  });

  it("prints every word of every text cell whole: titles, headers, names, e-mails and messages are never cut", () => {
    for (const { name, pages, worksheet } of sheets) {
      const printed = pageTokens(pages);
      const missing = [...new Set(texts(worksheet).flatMap(tokens))].filter((token) => !printed.has(token));
      expect(missing, name).toEqual([]);
    }
  });

  it("puts every column on the page: the header's first and last columns on each page, or the key column on each page of a wide table", () => {
    for (const { name, pages, worksheet } of sheets) {
      const frozen = worksheet.views[0]?.state === "frozen" ? (worksheet.views[0].ySplit ?? 0) : 0;
      if (frozen === 0) continue;
      const header = (worksheet.getRow(frozen).values as unknown[]).filter(
        (v): v is string => typeof v === "string" && v !== "",
      );
      const split = Boolean(worksheet.pageSetup.printArea);
      const wanted = split ? [header[0]!] : [header[0]!, header.at(-1)!];
      for (const page of pages) {
        const onPage = pageTokens([page]);
        for (const text of wanted)
          expect(
            tokens(text).filter((t) => !onPage.has(t)),
            `${name} p. ${page.number}: «${text}»`,
          ).toEqual([]);
      }
    }
  });

  it("prints each indicator's title whole in «Показатели» and the svod's «Сводка», with K2's diagnosed line", () => {
    for (const name of ["Показатели", "Сводка"]) {
      const { pages } = sheet(name);
      const start = find(pages, "Показатель")!;
      const end = find(pages, "Числитель")!;
      const column = columnText(pages, start.xMin, end.xMin, start.yMin);
      for (const { title } of KPI_DEFINITIONS) expect(column, `${name}: ${title}`).toContain(title);
      expect(column, name).toContain("из них прошли диагностику в этом учебном году");
    }
  });

  it("puts the labels of «Показатели»'s tables below next to their figures, under their own headers", () => {
    const { pages } = sheet("Показатели");
    const developed = find(pages, "Разработано")!;
    const implemented = find(pages, "Реализовано")!;
    const total = pages
      .flatMap((page) => page.words.filter((w) => w.text === "Итого").map((w) => ({ page, w })))
      .at(0)!;
    const figures = total.page.words
      .filter((w) => Math.abs(w.yMin - total.w.yMin) < 2 && w.xMin > total.w.xMax)
      .sort((a, b) => a.xMin - b.xMin);
    expect(figures.map((w) => /^\d+$/u.test(w.text))).toEqual([true, true]);
    // Each figure right under its header, in a narrow column (at most ~20 units, 120 pt): not at the far end of the
    // wide title column, 300 pt from a header written at its left.
    for (const [figure, header, next] of [
      [figures[0]!, developed, implemented],
      [figures[1]!, implemented, undefined],
    ] as const) {
      expect(figure.xMin).toBeGreaterThanOrEqual(header.xMin - 1);
      expect(figure.xMax - header.xMin).toBeLessThanOrEqual(120);
      if (next) expect(figure.xMax).toBeLessThanOrEqual(next.xMin + 1);
    }
  });
});
