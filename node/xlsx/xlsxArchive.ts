// The parts of an .xlsx (a zip archive, read with yauzl) by name: small ones as UTF-8 text, worksheets as byte text.
import { readFile } from "node:fs/promises";
import type { ReadableOptions } from "node:stream";
import { createInflateRaw, type ZlibOptions } from "node:zlib";
import yauzl from "yauzl";

/** Part names are case-insensitive in an Office package (ECMA-376 Part 2, §9.1.1.1), so they are looked up lower-cased. */
const key = (name: string) => name.replace(/^\//u, "").toLowerCase();

/**
 * Parts are inflated in pieces of 64 KB: zlib inflates the next piece on its own thread while this one reads the
 * current one, and pieces this small reuse the same memory (larger ones cost fresh pages, as many as the part).
 */
const PIECE = 1 << 16;
/** How far zlib may inflate ahead of the reader: 32 pieces, so it seldom waits for it, nor the reader for zlib. */
const AHEAD = 32 * PIECE;

export class XlsxArchive {
  private constructor(
    private readonly file: Buffer,
    private readonly zip: yauzl.ZipFile,
    private readonly entries: ReadonlyMap<string, yauzl.Entry>,
  ) {}

  /** The file is read whole (a register is a few MB, 22 MB at 50 000 staff): one read, where a stream makes hundreds. */
  static async open(path: string): Promise<XlsxArchive> {
    const file = await readFile(path);
    const zip = await yauzl.fromBufferPromise(file);
    const entries = new Map<string, yauzl.Entry>();
    try {
      for await (const entry of zip.eachEntry()) entries.set(key(entry.fileName), entry);
    } catch (error) {
      zip.close();
      throw error;
    }
    return new XlsxArchive(file, zip, entries);
  }

  has(name: string): boolean {
    return this.entries.has(key(name));
  }

  /**
   * The part's bytes as text, one character per byte (latin1): the markup of XML is ASCII, so it is found the same,
   * and one-byte strings are the quickest to search; the few values that are text are decoded as UTF-8 where they
   * are taken (`utf8Text`). A character is one byte, so a piece never ends inside a character. Each piece ends
   * before the last `cut` in it (a worksheet's "<row"): what follows starts the next piece, joined to it as bytes in
   * one reused buffer, where joining strings would copy every piece once more.
   */
  async *textPieces(name: string, cut: string): AsyncGenerator<string> {
    let bytes = Buffer.allocUnsafe(2 * PIECE);
    let kept = 0;
    for await (const piece of this.pieces(name)) {
      if (kept + piece.length > bytes.length) {
        const larger = Buffer.allocUnsafe(2 * (kept + piece.length));
        bytes.copy(larger, 0, 0, kept);
        bytes = larger;
      }
      piece.copy(bytes, kept);
      const length = kept + piece.length;
      // No `cut` but at the start (a small piece from the inflater, or a long row): all of it waits for more.
      const end = bytes.subarray(0, length).lastIndexOf(cut);
      if (end <= 0) {
        kept = length;
        continue;
      }
      yield bytes.toString("latin1", 0, end);
      bytes.copy(bytes, 0, end, length);
      kept = length - end;
    }
    if (kept > 0) yield bytes.toString("latin1", 0, kept);
  }

  /** The part as UTF-8 text (the small parts: workbook, relationships, shared strings, styles). */
  async text(name: string): Promise<string | undefined> {
    if (!this.has(name)) return undefined;
    const pieces: Buffer[] = [];
    for await (const piece of this.pieces(name)) pieces.push(piece);
    return Buffer.concat(pieces).toString("utf8");
  }

  /** The part's inflated bytes; never more than the size it declares (a forged size cannot make it balloon). */
  private async *pieces(name: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(key(name));
    if (!entry) return;
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
      throw new Error(`${name}: compression method ${entry.compressionMethod}`);
    if (entry.isEncrypted()) throw new Error(`${name}: encrypted`);
    const { fileDataStart } = await this.zip.readLocalFileHeaderPromise(entry, { minimal: true });
    const stored = this.file.subarray(fileDataStart, fileDataStart + entry.compressedSize);
    if (entry.compressionMethod === 0) {
      if (stored.length > 0) yield stored;
      if (stored.length !== entry.uncompressedSize)
        throw new Error(`${name}: not the ${entry.uncompressedSize} bytes it declares`);
      return;
    }
    // zlib inflates ahead on its own thread, up to AHEAD bytes, while the pieces already out are read here (a zlib
    // stream is a Transform and hands it its options: highWaterMark is the stream's, chunkSize zlib's).
    const options: ZlibOptions & ReadableOptions = { chunkSize: PIECE, highWaterMark: AHEAD };
    const bytes = createInflateRaw(options);
    bytes.end(stored);
    let size = 0;
    for await (const piece of bytes) {
      size += (piece as Buffer).length;
      if (size > entry.uncompressedSize) break;
      yield piece as Buffer;
    }
    if (size !== entry.uncompressedSize)
      throw new Error(`${name}: not the ${entry.uncompressedSize} bytes it declares`);
  }

  close(): void {
    this.zip.close();
  }
}
