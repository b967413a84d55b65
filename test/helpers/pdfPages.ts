// A PDF read back as words with their boxes (poppler's `pdftotext -bbox`), page by page, and the fonts it embeds.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

export interface PdfPage {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly words: readonly PdfWord[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescape = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/gu, (_, name: string) => ENTITIES[name]!);

export async function pdfPages(path: string): Promise<PdfPage[]> {
  const { stdout } = await run("pdftotext", ["-bbox", path, "-"], { maxBuffer: 256 << 20 });
  const pages: PdfPage[] = [];
  for (const page of stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">(.*?)<\/page>/gsu)) {
    const words = [
      ...page[3]!.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/gu,
      ),
    ].map((m) => ({
      text: unescape(m[5]!).normalize("NFKC"),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    }));
    pages.push({ number: pages.length + 1, width: Number(page[1]), height: Number(page[2]), words });
  }
  return pages;
}

/** The names of the fonts the PDF embeds, without their subset prefix («BAAAAA+LiberationSans» → «LiberationSans»). */
export async function pdfFonts(path: string): Promise<string[]> {
  const { stdout } = await run("pdffonts", [path]);
  return stdout
    .split("\n")
    .slice(2)
    .map((line) => line.split(/\s+/u)[0]!.replace(/^[A-Z]{6}\+/u, ""))
    .filter(Boolean);
}

/** The words of the page header (above the body's top margin), in reading order. */
export const headerText = (page: PdfPage, top = 48) =>
  page.words
    .filter((word) => word.yMax < top)
    .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)
    .map((word) => word.text)
    .join(" ");

/** Words of a text as compared with a PDF's: split at spaces, and after hyphens (a line may break there). */
export const tokens = (text: string): string[] =>
  text
    .normalize("NFKC")
    .split(/\s+/u)
    .flatMap((word) => word.split(/(?<=-)/u))
    .filter(Boolean);
