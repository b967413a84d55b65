// The fast .xlsx reader: parts streamed out of the archive and scanned for cell values, one worksheet at a time.
import { posix } from "node:path";
import type { RawSheet } from "../../shared/book.ts";
import { sameSheetName } from "../../shared/headers.ts";
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

/** Who is told of the sheets as they are read (see readXlsxSheets). */
export interface SheetReceiver {
  /** Every sheet's name in the workbook's order, before any sheet. */
  names(names: readonly string[]): void;
  /** A sheet read whole: its position among `names`. */
  sheet(position: number, sheet: RawSheet): void;
}

/**
 * Every sheet of the workbook, as getValues() gives it, handed over as soon as it is read: the sheet named `first`
 * (as sheet names compare) first, the rest in the workbook's order. Throws UnsupportedLayout for a package this
 * reader does not understand (no workbook part, prefixed elements, '-quoted attributes): the general reader takes
 * over.
 */
export async function readXlsxSheets(path: string, receiver: SheetReceiver, first?: string): Promise<void> {
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
    receiver.names(sheets.map((sheet) => sheet.name));
    const dir = posix.dirname(workbookPart);
    const context: CellContext = {
      strings: sharedStrings(await archive.text(`${dir}/sharedStrings.xml`)),
      dateStyles: dateStyles(await archive.text(`${dir}/styles.xml`)),
      date1904,
    };
    const firstAt = first === undefined ? -1 : sheets.findIndex((sheet) => sameSheetName(sheet.name, first));
    const order = sheets.map((_, position) => position);
    if (firstAt > 0) order.unshift(...order.splice(firstAt, 1));
    for (const position of order) {
      const sheet = sheets[position]!;
      const cells = new WorksheetCells(context);
      if (sheet.path) for await (const piece of archive.textPieces(sheet.path, "<row")) cells.push(piece);
      receiver.sheet(position, { name: sheet.name, values: cells.values() });
    }
  } finally {
    archive.close();
  }
}

/** Every sheet of the workbook in order, as getValues() gives it (see readXlsxSheets). */
export async function readXlsx(path: string): Promise<RawSheet[]> {
  const read: RawSheet[] = [];
  await readXlsxSheets(path, {
    names() {},
    sheet(position, sheet) {
      read[position] = sheet;
    },
  });
  return read;
}
