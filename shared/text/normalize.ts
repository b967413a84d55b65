// Normalisation of headers, enumeration values and names (spec §2): trim, collapse spaces, lower-case, ё→е.

const TRAILING_MARKS = /[\s:*?]+$/u;

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** The form in which headers, sheet names and enumeration values are compared (memoised: cell values repeat). */
export function normalizeKey(text: string): string {
  let key = cache.get(text);
  if (key === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, (key = computeKey(text)));
  }
  return key;
}

function computeKey(text: string): string {
  return text
    .replace(/[\s\u00a0]+/gu, " ")
    .trim()
    .toLowerCase()
    .replace(/ё/gu, "е")
    .replace(TRAILING_MARKS, "");
}

/** Levenshtein distance, bounded: returns `limit + 1` as soon as the distance is known to exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate closest to `value` (after normalisation), when it is close enough to be a likely typo. */
export function closestName(value: string, candidates: readonly string[]): string | undefined {
  const wanted = normalizeKey(value).replace(/\s/gu, "");
  if (wanted === "") return undefined;
  const limit = Math.max(2, Math.floor(wanted.length * 0.3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, normalizeKey(candidate).replace(/\s/gu, ""), bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
