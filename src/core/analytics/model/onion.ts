/**
 * CHAOSS onion tiers from active-interaction counts: members sorted by count (ties by id), core = those
 * needed to reach the `core` share of all active interactions, regular = the next `regular` share,
 * casual = the rest; 0 = never active. The same rule serves whole-history tiers and filtered ones.
 */
export function onionTiers(counts: ArrayLike<number>, shares: { core: number; regular: number }): Int8Array {
  const tiers = new Int8Array(counts.length);
  const ids: number[] = [];
  let total = 0;
  for (let p = 0; p < counts.length; p++) {
    if (counts[p]! > 0) {
      ids.push(p);
      total += counts[p]!;
    }
  }
  ids.sort((a, b) => counts[b]! - counts[a]! || a - b);
  // A hair below each line so 0.8 + 0.15 = 0.9500000000000001 does not pull a casual member up.
  const coreLine = shares.core * total - 1e-9;
  const regularLine = (shares.core + shares.regular) * total - 1e-9;
  let before = 0;
  for (const p of ids) {
    tiers[p] = before < coreLine ? 1 : before < regularLine ? 2 : 3;
    before += counts[p]!;
  }
  return tiers;
}
