import { type Rng, sampleIndices } from './random';

/**
 * Spherical k-means over unit rows (n×d, row-major): cosine similarity, centroids re-normalised.
 * Seeds by k-means++ on a sample; each point may carry a weight (a folded duplicate counts as many).
 */
export interface KMeansResult {
  k: number;
  /** k×d unit centroids. */
  centroids: Float32Array;
  assign: Int32Array;
  /** cosine of each point to its centroid. */
  sim: Float32Array;
  /** Σ weight × sim: the objective (higher is better). */
  score: number;
}

export function nearest(
  x: Float32Array,
  n: number,
  d: number,
  centroids: Float32Array,
  k: number,
): { assign: Int32Array; sim: Float32Array } {
  const assign = new Int32Array(n);
  const sim = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const xo = i * d;
    let best = -Infinity;
    let bi = 0;
    for (let c = 0; c < k; c++) {
      const co = c * d;
      let s = 0;
      for (let j = 0; j < d; j++) s += x[xo + j]! * centroids[co + j]!;
      if (s > best) {
        best = s;
        bi = c;
      }
    }
    assign[i] = bi;
    sim[i] = best;
  }
  return { assign, sim };
}

function normaliseRows(m: Float32Array, rows: number, d: number): void {
  for (let r = 0; r < rows; r++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += m[r * d + j]! ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let j = 0; j < d; j++) m[r * d + j]! *= inv;
  }
}

/** k-means++ seeding (distance = 1 − cosine) over the rows listed in `pool`. */
function seedPlusPlus(x: Float32Array, d: number, pool: Int32Array, k: number, rng: Rng): Float32Array {
  const c = new Float32Array(k * d);
  const dist = new Float64Array(pool.length).fill(Infinity);
  let pick = pool[rng.int(pool.length)]!;
  for (let j = 0; j < k; j++) {
    c.set(x.subarray(pick * d, pick * d + d), j * d);
    let total = 0;
    for (let p = 0; p < pool.length; p++) {
      const o = pool[p]! * d;
      let s = 0;
      for (let t = 0; t < d; t++) s += x[o + t]! * c[j * d + t]!;
      const dd = Math.max(0, 1 - s);
      if (dd < dist[p]!) dist[p] = dd;
      total += dist[p]!;
    }
    if (j + 1 === k) break;
    let r = rng.next() * total;
    let chosen = pool[rng.int(pool.length)]!;
    for (let p = 0; p < pool.length; p++) {
      r -= dist[p]!;
      if (r <= 0) {
        chosen = pool[p]!;
        break;
      }
    }
    pick = chosen;
  }
  return c;
}

export interface KMeansOptions {
  k: number;
  rng: Rng;
  weights?: Float32Array;
  maxIterations?: number;
  /** Restarts from different seeds; the best objective is kept. */
  restarts?: number;
  /** Rows used for k-means++ seeding (all when fewer). */
  seedSample?: number;
}

/** Lloyd iterations from given centroids; updates them in place. */
export function lloyd(
  x: Float32Array,
  n: number,
  d: number,
  centroids: Float32Array,
  k: number,
  weights: Float32Array | undefined,
  maxIterations: number,
): KMeansResult {
  let assign: Int32Array = new Int32Array(n).fill(-1);
  let sim: Float32Array = new Float32Array(n);
  for (let it = 0; it < maxIterations; it++) {
    const r = nearest(x, n, d, centroids, k);
    let moved = 0;
    for (let i = 0; i < n; i++) if (r.assign[i] !== assign[i]) moved++;
    assign = r.assign;
    sim = r.sim;
    const sums = new Float32Array(k * d);
    const counts = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const w = weights ? weights[i]! : 1;
      const c = assign[i]!;
      counts[c]! += w;
      const so = c * d;
      const xo = i * d;
      for (let j = 0; j < d; j++) sums[so + j]! += w * x[xo + j]!;
    }
    // an empty cluster takes the point worst served by its centroid
    for (let c = 0; c < k; c++)
      if (counts[c] === 0) {
        let worst = 0;
        for (let i = 1; i < n; i++) if (sim[i]! < sim[worst]!) worst = i;
        sums.set(x.subarray(worst * d, worst * d + d), c * d);
        sim[worst] = 1;
      }
    normaliseRows(sums, k, d);
    centroids.set(sums);
    if (moved <= n * 0.001 && it > 0) break;
  }
  let score = 0;
  for (let i = 0; i < n; i++) score += (weights ? weights[i]! : 1) * sim[i]!;
  return { k, centroids, assign, sim, score };
}

export function sphericalKMeans(x: Float32Array, n: number, d: number, opts: KMeansOptions): KMeansResult {
  const k = Math.max(1, Math.min(opts.k, n));
  let best: KMeansResult | undefined;
  for (let r = 0; r < (opts.restarts ?? 1); r++) {
    const pool = sampleIndices(n, Math.min(n, opts.seedSample ?? 20000), opts.rng);
    const c = seedPlusPlus(x, d, pool, k, opts.rng);
    const res = lloyd(x, n, d, c, k, opts.weights, opts.maxIterations ?? 30);
    if (!best || res.score > best.score) best = res;
  }
  return best!;
}
