import { rng } from './random';

export { logNormalMs, pareto, pick, rng } from './random';

export type Rand = () => number;

/** A seed derived from a seed and a few integers, so one part of the model can be replayed alone. */
export function subSeed(seed: number, ...parts: number[]): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x85ebca6b) >>> 0;
    h = (h ^ (h >>> 13)) >>> 0;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
  }
  return h;
}

export function rngFor(seed: number, ...parts: number[]): Rand {
  return rng(subSeed(seed, ...parts));
}

export function intBetween(r: Rand, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

function normal(r: Rand): number {
  const u = Math.max(r(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

/**
 * Binomial(n, p) draw: exact inversion while n·p is small (the common case: one member, one day),
 * a clamped normal approximation beyond, where the difference is invisible at the sizes we make.
 */
export function binomial(r: Rand, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (n * p > 30 && n * (1 - p) > 30) {
    const x = Math.round(n * p + Math.sqrt(n * p * (1 - p)) * normal(r));
    return Math.min(n, Math.max(0, x));
  }
  if (p > 0.5) return n - binomial(r, n, 1 - p);
  const q = 1 - p;
  const s = p / q;
  const a = (n + 1) * s;
  let f = Math.pow(q, n);
  let u = r();
  let k = 0;
  while (u > f && k < n) {
    u -= f;
    k++;
    f *= a / k - s;
  }
  return k;
}

/** Count of extra items with the given mean, geometric: most messages get none, a few get many. */
export function geometric(r: Rand, mean: number): number {
  if (mean <= 0) return 0;
  const q = mean / (1 + mean);
  return Math.floor(Math.log(Math.max(r(), 1e-12)) / Math.log(q));
}

/** Index drawn from cumulative weights (cum[i] = sum of weights 0..i), by binary search. */
export function pickCumulative(r: Rand, cum: ArrayLike<number>, lo = 0, hi = cum.length - 1): number {
  const base = lo > 0 ? cum[lo - 1]! : 0;
  const x = base + r() * (cum[hi]! - base);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
