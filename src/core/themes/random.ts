/**
 * A small seeded generator (mulberry32): every random choice of the pipeline (samples, k-means++
 * seeds, SVD test matrices) comes from one of these, so a seed gives the same themes every run.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal (Box–Muller). */
  gauss(): number;
}

export function makeRng(seed: number): Rng {
  let a = (seed ^ 0x9e3779b9) >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    gauss: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}

/** k distinct indices of [0, n), in increasing order (all of them when k ≥ n). */
export function sampleIndices(n: number, k: number, rng: Rng): Int32Array {
  if (k >= n) return Int32Array.from({ length: n }, (_, i) => i);
  const picked = new Uint8Array(n);
  let left = k;
  // Floyd's algorithm would need a set; for k ≤ n a selection scan is exact and cheap.
  for (let i = 0; i < n && left > 0; i++) {
    if (rng.next() * (n - i) < left) {
      picked[i] = 1;
      left--;
    }
  }
  const out = new Int32Array(k);
  let j = 0;
  for (let i = 0; i < n; i++) if (picked[i]) out[j++] = i;
  return out;
}
