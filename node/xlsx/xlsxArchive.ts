// The parts of an .xlsx (a zip archive, read with yauzl) by name: small ones as text, worksheets as text chunks.
import { StringDecoder } from "node:string_decoder";
import { createInflateRaw } from "node:zlib";
import yauzl from "yauzl";

/** Part names are case-insensitive in an Office package (ECMA-376 Part 2, §9.1.1.1), so they are looked up lower-cased. */
const key = (name: string) => name.replace(/^\//u, "").toLowerCase();
const PIECE = 1 << 20;

export class XlsxArchive {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: ReadonlyMap<string, yauzl.Entry>,
  ) {}

  static async open(path: string): Promise<XlsxArchive> {
    const zip = await yauzl.openPromise(path, { autoClose: false });
    const entries = new Map<string, yauzl.Entry>();
    try {
      for await (const entry of zip.eachEntry()) entries.set(key(entry.fileName), entry);
    } catch (error) {
      zip.close();
      throw error;
    }
    return new XlsxArchive(zip, entries);
  }

  has(name: string): boolean {
    return this.entries.has(key(name));
  }

  /**
   * The part's text as it inflates, in pieces of about a megabyte: a large worksheet never sits in memory whole,
   * and zlib inflates the next piece on its own thread while the current one is read.
   */
  async *chunks(name: string): AsyncGenerator<string> {
    const entry = this.entries.get(key(name));
    if (!entry) return;
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
      throw new Error(`${name}: compression method ${entry.compressionMethod}`);
    // yauzl gives the stored bytes; inflating them here sets the piece size (yauzl's own stream gives 16 KB pieces).
    const stored = await this.zip.openReadStreamPromise(entry, { decodeFileData: false });
    const bytes =
      entry.compressionMethod === 8 ? stored.pipe(createInflateRaw({ chunkSize: PIECE })) : stored;
    const decoder = new StringDecoder("utf8");
    let size = 0;
    for await (const piece of bytes) {
      size += (piece as Buffer).length;
      yield decoder.write(piece as Buffer);
    }
    if (size !== entry.uncompressedSize)
      throw new Error(`${name}: ${size} bytes, expected ${entry.uncompressedSize}`);
    const rest = decoder.end();
    if (rest) yield rest;
  }

  async text(name: string): Promise<string | undefined> {
    if (!this.has(name)) return undefined;
    const parts: string[] = [];
    for await (const chunk of this.chunks(name)) parts.push(chunk);
    return parts.join("");
  }

  close(): void {
    this.zip.close();
  }
}
