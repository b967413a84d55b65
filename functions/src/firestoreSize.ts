// Firestore's size of a document by Google's documented formula, and the 1 MiB a document may not exceed.
// Formula: https://cloud.google.com/firestore/docs/storage-size («Storage size calculations»);
// the limit: https://cloud.google.com/firestore/quotas («Maximum size for a document: 1 MiB (1,048,576 bytes)»).

export const MAX_DOCUMENT_BYTES = 1_048_576;

/** A write real Firestore would refuse (INVALID_ARGUMENT): the store refuses it first, whatever runs underneath. */
export class DocumentTooLargeError extends Error {
  readonly code = "DOCUMENT_TOO_LARGE";
  constructor(
    readonly path: string,
    readonly bytes: number,
  ) {
    super(`DOCUMENT_TOO_LARGE: ${path} is ${bytes} bytes, over ${MAX_DOCUMENT_BYTES}`);
  }
}

/** A string: its UTF-8 bytes + 1. */
const stringSize = (text: string) => Buffer.byteLength(text, "utf8") + 1;

/** A map: the string size of each field name plus the size of its value (fields left undefined are not written). */
function mapSize(map: Record<string, unknown>): number {
  let size = 0;
  for (const [name, value] of Object.entries(map))
    if (value !== undefined) size += stringSize(name) + valueSize(value);
  return size;
}

/** A field value by its type: null and booleans 1, numbers and dates 8, bytes their length, arrays their values. */
function valueSize(value: unknown): number {
  if (value === null || typeof value === "boolean") return 1;
  if (typeof value === "number" || value instanceof Date) return 8;
  if (typeof value === "string") return stringSize(value);
  if (value instanceof Uint8Array) return value.byteLength;
  if (Array.isArray(value))
    return value.reduce((sum: number, item) => sum + (item === undefined ? 0 : valueSize(item)), 0);
  if (typeof value === "object") return mapSize(value as Record<string, unknown>);
  throw new TypeError(`no Firestore size for a ${typeof value}`);
}

/** The document name (each collection and document id in its path, + 16), its fields, + 32. */
export function documentSize(path: string, data: Record<string, unknown>): number {
  const name = path.split("/").reduce((sum, segment) => sum + stringSize(segment), 16);
  return name + mapSize(data) + 32;
}

/** The document's size, or DocumentTooLargeError when it is over 1 MiB. */
export function checkDocumentSize(path: string, data: Record<string, unknown>): number {
  const bytes = documentSize(path, data);
  if (bytes > MAX_DOCUMENT_BYTES) throw new DocumentTooLargeError(path, bytes);
  return bytes;
}
