// The fast .xlsx reader: parts streamed out of the archive and scanned for cell values, one worksheet at a time.
import { posix } from "node:path";
import type { RawSheet } from "../../shared/book.ts";
import { XlsxArchive } from "./xlsxArchive.ts";
import { dateStyles, sharedStrings, UnsupportedLayout, workbookSheets } from "./xlsxParts.ts";
import { WorksheetCells, type CellContext } from "./worksheetCells.ts";

/** The workbook part named by the package relationships (_rels/.rels), usually xl/workbook.xml. */
function workbookPartOf(rootRels: string | undefined): string {
  const target = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/u
    .exec(rootRels ?? "")?.[0]
    .match(/\sTarget="([^"]*)"/u)?.[1];
  return (target ?? "xl/workbook.xml").replace(/^\//u, "");
}

const relsOf = (part: string) => posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);

/**
 * Every sheet of the workbook in order, as getValues() gives it. Throws UnsupportedLayout for a package this reader
 * does not understand (no workbook part, prefixed elements, '-quoted attributes): the general reader takes over.
 */
export async function readXlsx(path: string): Promise<RawSheet[]> {
  const archive = await XlsxArchive.open(path);
  try {
    const workbookPart = workbookPartOf(await archive.text("_rels/.rels"));
    const workbookXml = await archive.text(workbookPart);
    if (!workbookXml) throw new UnsupportedLayout(`no ${workbookPart}`);
    const { sheets, date1904 } = workbookSheets(
      workbookPart,
      workbookXml,
      (await archive.text(relsOf(workbookPart))) ?? "",
    );
    const dir = posix.dirname(workbookPart);
    const context: CellContext = {
      strings: sharedStrings(await archive.text(`${dir}/sharedStrings.xml`)),
      dateStyles: dateStyles(await archive.text(`${dir}/styles.xml`)),
      date1904,
    };
    const read: RawSheet[] = [];
    for (const sheet of sheets) {
      const cells = new WorksheetCells(context);
      if (sheet.path) for await (const piece of archive.textPieces(sheet.path, "<row")) cells.push(piece);
      read.push({ name: sheet.name, values: cells.values() });
    }
    return read;
  } finally {
    archive.close();
  }
}
