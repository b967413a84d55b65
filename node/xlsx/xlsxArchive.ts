// The parts of an .xlsx (a zip archive, read with yauzl) by name: small ones as text, worksheets as text chunks.
import { StringDecoder } from "node:string_decoder";
import type { Readable } from "node:stream";
import { createInflateRaw, inflateRawSync } from "node:zlib";
import yauzl from "yauzl";

/** Part names are case-insensitive in an Office package (ECMA-376 Part 2, §9.1.1.1), so they are looked up lower-cased. */
const key = (name: string) => name.replace(/^\//u, "").toLowerCase();
const PIECE = 1 << 20;

export interface ArchiveOptions {
  /** Parts up to this size are inflated at once, larger ones streamed (default 16 MB). */
  readonly wholePartBytes?: number;
}

/** The part inflated at once; never more than the size it declares (a forged size cannot make it balloon). */
async function inflated(stored: Readable, deflated: boolean, size: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stored) parts.push(part as Buffer);
  const bytes = Buffer.concat(parts);
  return deflated ? inflateRawSync(bytes, { maxOutputLength: Math.max(size, 1) }) : bytes;
}

function* slices(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += PIECE) yield bytes.subarray(at, at + PIECE);
}

export class XlsxArchive {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: ReadonlyMap<string, yauzl.Entry>,
    private readonly wholePartBytes: number,
  ) {}

  static async open(path: string, options: ArchiveOptions = {}): Promise<XlsxArchive> {
    const zip = await yauzl.openPromise(path, { autoClose: false });
    const entries = new Map<string, yauzl.Entry>();
    try {
      for await (const entry of zip.eachEntry()) entries.set(key(entry.fileName), entry);
    } catch (error) {
      zip.close();
      throw error;
    }
    return new XlsxArchive(zip, entries, options.wholePartBytes ?? 16 << 20);
  }

  has(name: string): boolean {
    return this.entries.has(key(name));
  }

  /**
   * The part's text in pieces of about a megabyte. A part up to 16 MB is inflated at once (no thread hand-offs);
   * a larger one as a stream, so a large worksheet never sits in memory whole and zlib inflates the next piece on
   * its own thread while the current one is read.
   */
  async *chunks(name: string): AsyncGenerator<string> {
    const entry = this.entries.get(key(name));
    if (!entry) return;
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
      throw new Error(`${name}: compression method ${entry.compressionMethod}`);
    // yauzl gives the stored bytes; inflating them here sets the piece size (yauzl's own stream gives 16 KB pieces).
    const stored = await this.zip.openReadStreamPromise(entry, { decodeFileData: false });
    const deflated = entry.compressionMethod === 8;
    const pieces: AsyncIterable<Buffer> | Iterable<Buffer> =
      entry.uncompressedSize <= this.wholePartBytes
        ? slices(await inflated(stored, deflated, entry.uncompressedSize))
        : deflated
          ? stored.pipe(createInflateRaw({ chunkSize: PIECE }))
          : stored;
    const decoder = new StringDecoder("utf8");
    let size = 0;
    for await (const piece of pieces) {
      size += piece.length;
      yield decoder.write(piece);
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
