// JSON values in document properties, split into pieces under the 9 KB per-value limit of PropertiesService.

/**
 * "Properties value size: 9 KB / val" (https://developers.google.com/apps-script/guides/services/quotas), counted
 * in bytes of UTF-8: «—» and «№» take 3, a Cyrillic letter 2, an emoji 4. Pieces stay well under it.
 */
export const PIECE_BYTES = 8 * 1024;
export const PREFIX = "marshrut.";

const props = () => PropertiesService.getDocumentProperties();

const utf8Bytes = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/** `text` in pieces of at most `limit` UTF-8 bytes, cut between code points (never inside a surrogate pair). */
export function utf8Pieces(text: string, limit = PIECE_BYTES): string[] {
  const pieces: string[] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const bytes = utf8Bytes(codePoint);
    if (size > 0 && size + bytes > limit) {
      pieces.push(text.slice(start, i));
      start = i;
      size = 0;
    }
    size += bytes;
    i += width;
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** Stores `value` under `key` (replacing what was there), in one setProperties call. */
export function putJson(key: string, value: unknown): void {
  const parts = utf8Pieces(JSON.stringify(value));
  const pieces: Record<string, string> = {};
  parts.forEach((part, i) => (pieces[`${PREFIX}${key}#${i}`] = part));
  pieces[`${PREFIX}${key}`] = String(parts.length);
  const store = props();
  const old = Number(store.getProperty(`${PREFIX}${key}`) ?? 0);
  store.setProperties(pieces);
  for (let i = parts.length; i < old; i++) store.deleteProperty(`${PREFIX}${key}#${i}`);
}

/** The stored value, or undefined when there is none or it cannot be read back. */
export function getJson(key: string): unknown {
  const all = props().getProperties();
  const count = Number(all[`${PREFIX}${key}`] ?? 0);
  if (!count) return undefined;
  let text = "";
  for (let i = 0; i < count; i++) text += all[`${PREFIX}${key}#${i}`] ?? "";
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function removeJson(key: string): void {
  const store = props();
  const count = Number(store.getProperty(`${PREFIX}${key}`) ?? 0);
  for (let i = 0; i < count; i++) store.deleteProperty(`${PREFIX}${key}#${i}`);
  store.deleteProperty(`${PREFIX}${key}`);
}

/** Keys (without the prefix) of stored values that start with `start`. */
export function jsonKeys(start: string): string[] {
  return props()
    .getKeys()
    .filter((key) => key.startsWith(PREFIX + start) && !key.includes("#"))
    .map((key) => key.slice(PREFIX.length))
    .sort();
}

export const getText = (key: string): string | null => props().getProperty(PREFIX + key);
export const putText = (key: string, value: string): void => void props().setProperty(PREFIX + key, value);
export const removeText = (key: string): void => void props().deleteProperty(PREFIX + key);
