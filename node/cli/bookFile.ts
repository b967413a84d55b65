// A workbook file read and checked: its sheets and its book, read on a thread of its own where that pays (each sheet
// is checked here while the next one is read there), else in this thread.
import { BookReading, readBook, type Book, type RawSheet, type ReadBookOptions } from "../../shared/book.ts";
import { readWorkbook } from "../xlsx/readWorkbook.ts";
import { sheetFeed, type SheetFeed } from "./sheetFeed.ts";

export interface BookFile {
  readonly sheets: readonly RawSheet[];
  readonly book: Book;
  /** Read on a thread of its own: how long the thread read, in ms (see FeedMessage). */
  readonly threadMs?: number;
}

/** The book from the reader thread's sheets, or undefined when the thread could not read the workbook. */
async function bookFromFeed(feed: SheetFeed, options: ReadBookOptions): Promise<BookFile | undefined> {
  let reading: BookReading | undefined;
  const sheets: RawSheet[] = [];
  for await (const message of feed.messages()) {
    if (message.kind === "names") reading = new BookReading(message.names, options);
    else if (message.kind === "sheet") {
      sheets[message.position] = message.sheet;
      reading!.add(message.position, message.sheet);
    } else if (message.kind === "done") return { sheets, book: reading!.finish(), threadMs: message.ms };
  }
  return undefined;
}

/**
 * The workbook at `path` read and checked as readBook(readWorkbook(path)) gives it. A workbook the reader thread
 * cannot read (an unusual package, not a workbook at all, a missing file) is read again here, by readWorkbook, which
 * reads it with the general reader or says in Russian why not.
 */
export async function readBookFile(path: string, options: ReadBookOptions = {}): Promise<BookFile> {
  const feed = sheetFeed(path);
  const read = feed && (await bookFromFeed(feed, options));
  if (read) return read;
  const sheets = await readWorkbook(path);
  return { sheets, book: readBook(sheets, options) };
}
