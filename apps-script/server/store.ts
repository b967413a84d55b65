// JSON values in document properties, split into pieces under the 9 KB per-value limit of PropertiesService.

const PIECE = 4000; // characters; ≤ 8 000 bytes even when every character is Cyrillic
export const PREFIX = "marshrut.";

const props = () => PropertiesService.getDocumentProperties();

/** Stores `value` under `key` (replacing what was there), in one setProperties call. */
export function putJson(key: string, value: unknown): void {
  const text = JSON.stringify(value);
  const pieces: Record<string, string> = {};
  const count = Math.max(1, Math.ceil(text.length / PIECE));
  for (let i = 0; i < count; i++) pieces[`${PREFIX}${key}#${i}`] = text.slice(i * PIECE, (i + 1) * PIECE);
  pieces[`${PREFIX}${key}`] = String(count);
  const store = props();
  const old = Number(store.getProperty(`${PREFIX}${key}`) ?? 0);
  store.setProperties(pieces);
  for (let i = count; i < old; i++) store.deleteProperty(`${PREFIX}${key}#${i}`);
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
