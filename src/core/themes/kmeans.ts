import { type Rng, sampleIndices } from './random';

/**
 * Spherical k-means over unit rows (n×d, row-major): cosine similarity, centroids re-normalised.
 * Seeds by k-means++ on a sample; each point may carry a weight (a folded duplicate counts as many).
 *
 * Lloyd rounds use Hamerly's bounds (2010): on unit vectors the Euclidean distance is √(2 − 2·cos),
 * so the triangle inequality lets a point skip every centre whenever its distance to its own centre
 * (an upper bound, grown by that centre's drift) stays below half the gap to the nearest other centre
 * or below its lower bound on every other centre. After the first rounds almost every point skips:
 * StackOverflow's 20k rows × 20 centres spend about a fifth of the plain rounds' dot products.
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

/** Dot product of row a of x and row b of y (both d wide), four accumulators for the JIT. */
function dot(x: Float32Array, xo: number, y: Float32Array, yo: number, d: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j + 3 < d; j += 4) {
    s0 += x[xo + j]! * y[yo + j]!;
    s1 += x[xo + j + 1]! * y[yo + j + 1]!;
    s2 += x[xo + j + 2]! * y[yo + j + 2]!;
    s3 += x[xo + j + 3]! * y[yo + j + 3]!;
  }
  for (; j < d; j++) s0 += x[xo + j]! * y[yo + j]!;
  return s0 + s1 + s2 + s3;
}

/** Euclidean distance between unit vectors from their cosine. */
const distOf = (cos: number): number => Math.sqrt(Math.max(0, 2 - 2 * cos));

/**
 * The best and second-best centre of row i (cosines), four centres per pass over the row so that
 * each of its values is read once for four products.
 */
function bestTwo(x: Float32Array, xo: number, c: Float32Array, k: number, d: number, out: Float64Array): void {
  let best = -Infinity;
  let second = -Infinity;
  let bi = 0;
  const take = (s: number, q: number): void => {
    if (s > best) {
      second = best;
      best = s;
      bi = q;
    } else if (s > second) second = s;
  };
  let q = 0;
  for (; q + 3 < k; q += 4) {
    const c0 = q * d;
    const c1 = c0 + d;
    const c2 = c1 + d;
    const c3 = c2 + d;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let j = 0; j < d; j++) {
      const v = x[xo + j]!;
      s0 += v * c[c0 + j]!;
      s1 += v * c[c1 + j]!;
      s2 += v * c[c2 + j]!;
      s3 += v * c[c3 + j]!;
    }
    take(s0, q);
    take(s1, q + 1);
    take(s2, q + 2);
    take(s3, q + 3);
  }
  for (; q < k; q++) take(dot(x, xo, c, q * d, d), q);
  out[0] = bi;
  out[1] = best;
  out[2] = second;
}

/** Every row's nearest centre and its cosine (one pass, no bounds: for rows seen once). */
export function nearest(
  x: Float32Array,
  n: number,
  d: number,
  centroids: Float32Array,
  k: number,
): { assign: Int32Array; sim: Float32Array } {
  const assign = new Int32Array(n);
  const sim = new Float32Array(n);
  const bt = new Float64Array(3);
  for (let i = 0; i < n; i++) {
    bestTwo(x, i * d, centroids, k, d, bt);
    assign[i] = bt[0]!;
    sim[i] = bt[1]!;
  }
  return { assign, sim };
}

function normaliseRows(m: Float32Array | Float64Array, rows: number, d: number): void {
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
      const dd = Math.max(0, 1 - dot(x, pool[p]! * d, c, j * d, d));
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
  /**
   * Centroids to start from (k × d, unit length) instead of k-means++ seeds, in one run: a run after an
   * import starts from the stored run's clusters, so its themes move only as much as the new texts make them.
   */
  initial?: Float32Array;
}

/** Lloyd iterations from given centroids (Hamerly's bounds); updates them in place. */
function lloyd(
  x: Float32Array,
  n: number,
  d: number,
  centroids: Float32Array,
  k: number,
  weights: Float32Array | undefined,
  maxIterations: number,
): KMeansResult {
  const assign = new Int32Array(n);
  const upper = new Float64Array(n);
  const lower = new Float64Array(n);
  const sums = new Float64Array(k * d);
  const counts = new Float64Array(k);
  const bt = new Float64Array(3);
  const w = (i: number): number => (weights ? weights[i]! : 1);
  const add = (i: number, c: number, sign: number): void => {
    const wi = sign * w(i);
    counts[c]! += wi;
    const so = c * d;
    const xo = i * d;
    for (let j = 0; j < d; j++) sums[so + j]! += wi * x[xo + j]!;
  };
  for (let i = 0; i < n; i++) {
    bestTwo(x, i * d, centroids, k, d, bt);
    assign[i] = bt[0]!;
    upper[i] = distOf(bt[1]!);
    lower[i] = k > 1 ? distOf(bt[2]!) : Infinity;
    add(i, assign[i]!, 1);
  }
  const half = new Float64Array(k);
  const drift = new Float64Array(k);
  const next = new Float32Array(k * d);
  for (let it = 0; it < maxIterations; it++) {
    // new centres from the running sums; an empty one takes the point worst served by its centre
    for (let c = 0; c < k; c++) {
      if (counts[c]! > 1e-9) {
        for (let j = 0; j < d; j++) next[c * d + j] = sums[c * d + j]!;
        continue;
      }
      let worst = 0;
      for (let i = 1; i < n; i++) if (upper[i]! > upper[worst]!) worst = i;
      next.set(x.subarray(worst * d, worst * d + d), c * d);
      upper[worst] = 0;
    }
    normaliseRows(next, k, d);
    let maxDrift = 0;
    let maxAt = 0;
    let secondDrift = 0;
    for (let c = 0; c < k; c++) {
      drift[c] = distOf(dot(centroids, c * d, next, c * d, d));
      if (drift[c]! > maxDrift) {
        secondDrift = maxDrift;
        maxDrift = drift[c]!;
        maxAt = c;
      } else if (drift[c]! > secondDrift) secondDrift = drift[c]!;
    }
    centroids.set(next);
    if (it > 0 && maxDrift < 1e-6) break;
    for (let c = 0; c < k; c++) {
      let m = Infinity;
      for (let o = 0; o < k; o++) if (o !== c) m = Math.min(m, distOf(dot(centroids, c * d, centroids, o * d, d)));
      half[c] = m / 2;
    }
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const a = assign[i]!;
      upper[i]! += drift[a]!;
      lower[i]! -= a === maxAt ? secondDrift : maxDrift;
      const bound = Math.max(half[a]!, lower[i]!);
      if (upper[i]! <= bound) continue;
      upper[i] = distOf(dot(x, i * d, centroids, a * d, d));
      if (upper[i]! <= bound) continue;
      bestTwo(x, i * d, centroids, k, d, bt);
      upper[i] = distOf(bt[1]!);
      lower[i] = k > 1 ? distOf(bt[2]!) : Infinity;
      if (bt[0] !== a) {
        add(i, a, -1);
        assign[i] = bt[0]!;
        add(i, bt[0]!, 1);
        moved++;
      }
    }
    if (moved <= n * 0.001 && it > 0) break;
  }
  // the centres of the final assignment (an empty one keeps its place), then exact cosines to them
  for (let c = 0; c < k; c++)
    if (counts[c]! > 1e-9) for (let j = 0; j < d; j++) next[c * d + j] = sums[c * d + j]!;
    else for (let j = 0; j < d; j++) next[c * d + j] = centroids[c * d + j]!;
  normaliseRows(next, k, d);
  centroids.set(next);
  // exact cosines for the final centres
  const sim = new Float32Array(n);
  let score = 0;
  for (let i = 0; i < n; i++) {
    sim[i] = dot(x, i * d, centroids, assign[i]! * d, d);
    score += w(i) * sim[i]!;
  }
  return { k, centroids, assign, sim, score };
}

export function sphericalKMeans(x: Float32Array, n: number, d: number, opts: KMeansOptions): KMeansResult {
  const k = Math.max(1, Math.min(opts.k, n));
  if (opts.initial && opts.initial.length === k * d)
    return lloyd(x, n, d, Float32Array.from(opts.initial), k, opts.weights, opts.maxIterations ?? 30);
  let best: KMeansResult | undefined;
  for (let r = 0; r < (opts.restarts ?? 1); r++) {
    const pool = sampleIndices(n, Math.min(n, opts.seedSample ?? 20000), opts.rng);
    const c = seedPlusPlus(x, d, pool, k, opts.rng);
    const res = lloyd(x, n, d, c, k, opts.weights, opts.maxIterations ?? 30);
    if (!best || res.score > best.score) best = res;
  }
  return best!;
}
