/** Seeded PRNG (mulberry32): the same seed always gives the same community. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

/** Pareto-distributed weight: a few members do most of the talking, as in every real community. */
export function pareto(r: () => number, alpha = 1.2): number {
  return 1 / Math.pow(1 - r() * 0.999, 1 / alpha);
}

/** Log-normal delay in ms with the given median. */
export function logNormalMs(r: () => number, medianMs: number, sigma = 1): number {
  const u = Math.max(r(), 1e-9);
  const v = r();
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return medianMs * Math.exp(sigma * z);
}
