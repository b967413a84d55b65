// How writes too many or too large for one Firestore commit are split into several, the decisive ones in the last.

/**
 * What one commit may carry. https://cloud.google.com/firestore/quotas («Writes and transactions») limits a request
 * to 10 MiB; earlier versions of that page, and the client libraries' `writeBatch` documentation, also limit a
 * commit to 500 writes. Both are kept: 500 writes, and 2 MiB of documents by Google's size formula (firestoreSize.ts),
 * which leaves the request's own encoding room under 10 MiB — and under the 4 MiB a gRPC message may have on the
 * emulator the tests run.
 */
export interface BatchLimits {
  readonly writes: number;
  readonly bytes: number;
}

export const BATCH_LIMITS: BatchLimits = { writes: 500, bytes: 2 * 1024 * 1024 };

/**
 * `parts` in order, as few commits as `limits` allow, then `last` — kept together, first in the last commit (so
 * its precondition leads it, see firestoreStore.ts), with the last parts beside it when they fit. A single write
 * over the limits goes alone.
 */
export function packBatches<T extends { readonly bytes: number }>(
  parts: readonly T[],
  last: readonly T[],
  limits: BatchLimits,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  const fits = (count: number, size: number) =>
    current.length + count <= limits.writes && bytes + size <= limits.bytes;
  for (const part of parts) {
    if (current.length > 0 && !fits(1, part.bytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(part);
    bytes += part.bytes;
  }
  const lastBytes = last.reduce((sum, write) => sum + write.bytes, 0);
  if (current.length > 0 && !fits(last.length, lastBytes)) {
    batches.push(current);
    current = [];
  }
  batches.push([...last, ...current]);
  return batches;
}
