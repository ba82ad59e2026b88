/**
 * Bottom-k MinHash sketches of a theme's texts: how an edit names its theme across runs. A new run
 * gives new node ids, so an edit keeps the k smallest hashes of its theme's interaction ids, and a
 * later run's theme is the same theme when the Jaccard overlap of their texts (estimated from the
 * sketches, exact below k texts) reaches MATCH_JACCARD. k = 128 gives a standard error of about 0.04.
 */
export const SKETCH_SIZE = 128;
export const MATCH_JACCARD = 0.5;

/** A 32-bit mix of an id (murmur3's finaliser): ids in order give hashes in no order. */
export function hashId(id: number): number {
  let h = id | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The k smallest hashes of the ids, ascending. */
export function sketchOf(ids: Iterable<number>, k = SKETCH_SIZE): number[] {
  const hashes: number[] = [];
  for (const id of ids) hashes.push(hashId(id));
  return bottom(hashes, k);
}

function bottom(hashes: number[], k: number): number[] {
  return [...new Set(hashes)].sort((a, b) => a - b).slice(0, k);
}

/** The sketch of the union of two sets, from their sketches. */
export function unionSketch(a: readonly number[], b: readonly number[], k = SKETCH_SIZE): number[] {
  return bottom([...a, ...b], k);
}

/** Estimated |A ∩ B| / |A ∪ B|: of the k smallest hashes of the union, the share found in both sketches. */
export function jaccard(a: readonly number[], b: readonly number[], k = SKETCH_SIZE): number {
  const union = unionSketch(a, b, k);
  if (union.length === 0) return 0;
  const inA = new Set(a);
  const inB = new Set(b);
  // A hash of the union's bottom k is in A's sketch exactly when it is in A (A's sketch holds all of A's hashes that small).
  const both = union.filter((h) => inA.has(h) && inB.has(h)).length;
  return both / union.length;
}
