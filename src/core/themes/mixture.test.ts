import { describe, expect, it } from 'vitest';
import { assignMixture, effectiveDims, fitMixture, SPARSE_TOKENS_PER_WORD, temperatureOf, TOKENS_PER_DEGREE } from './mixture';
import type { Csr } from './sparse';

/** Rows of word counts ({word: count}) as the matrix and tf counts the mixture reads (x.val unused). */
function matrix(rows: Record<number, number>[], cols: number): { x: Csr; tf: Uint8Array } {
  const rowPtr = new Int32Array(rows.length + 1);
  const col: number[] = [];
  const tf: number[] = [];
  rows.forEach((row, r) => {
    for (const [w, c] of Object.entries(row)) {
      col.push(Number(w));
      tf.push(c);
    }
    rowPtr[r + 1] = col.length;
  });
  return { x: { rows: rows.length, cols, rowPtr, col: Int32Array.from(col), val: new Float32Array(col.length) }, tf: Uint8Array.from(tf) };
}

const all = (n: number): Int32Array => Int32Array.from({ length: n }, (_, i) => i);
const ones = (n: number): Float32Array => new Float32Array(n).fill(1);

// words 0–1: one topic, 2–3: another, 4: a word both use
const ROWS: Record<number, number>[] = [
  { 0: 2, 1: 1 },
  { 0: 1, 1: 1, 4: 1 },
  { 0: 1, 1: 2 },
  { 2: 1, 3: 1 },
  { 2: 2, 3: 1, 4: 1 },
  { 2: 1, 3: 2 },
];

describe('fitMixture / assignMixture', () => {
  it('moves a text k-means misplaced to the cluster whose words it uses', () => {
    const { x, tf } = matrix(ROWS, 5);
    // k-means put row 2 (words 0 and 1 only) with the rows of words 2 and 3
    const m = fitMixture(x, tf, all(6), ones(6), Int32Array.from([0, 0, 1, 1, 1, 1]), 2);
    expect(Array.from(assignMixture(x, tf, m))).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('estimates shares and word probabilities with the Dirichlet priors, by hand after zero rounds', () => {
    const { x, tf } = matrix(ROWS, 5);
    const m = fitMixture(x, tf, all(6), ones(6), Int32Array.from([0, 0, 0, 1, 1, 1]), 2, { iterations: 0, alpha: 1, beta: 0.5 });
    // shares: (3 + 1) / (6 + 2) each
    expect(Math.exp(m.logPi[0]!)).toBeCloseTo(0.5, 12);
    // cluster 0 holds 9 words: word 0 four times, word 4 once, word 2 never; 5 words × 0.5 of prior
    const p = (w: number, z: number): number => Math.exp(m.logTheta[m.local[w]! * 2 + z]!);
    expect(p(0, 0)).toBeCloseTo(4.5 / 11.5, 6);
    expect(p(4, 0)).toBeCloseTo(1.5 / 11.5, 6);
    expect(p(2, 0)).toBeCloseTo(0.5 / 11.5, 6);
  });

  it('weighs a folded duplicate as the texts it stands for', () => {
    // one text of word 0, and a row of word 1 standing for 3 texts: their shares are 2/6 and 4/6
    const { x, tf } = matrix([{ 0: 1 }, { 1: 1 }], 2);
    const m = fitMixture(x, tf, all(2), Float32Array.from([1, 3]), Int32Array.from([0, 1]), 2, { iterations: 0, alpha: 1 });
    expect(Math.exp(m.logPi[0]!)).toBeCloseTo(2 / 6, 12);
    expect(Math.exp(m.logPi[1]!)).toBeCloseTo(4 / 6, 12);
  });

  it('fitted on some rows, assigns the others, a word no fitted text holds counting the same in every cluster', () => {
    const { x, tf } = matrix([...ROWS, { 0: 1, 5: 3 }, { 3: 1, 5: 3 }], 6);
    const m = fitMixture(x, tf, all(6), ones(6), Int32Array.from([0, 0, 0, 1, 1, 1]), 2);
    expect(m.local[5]).toBe(-1);
    expect(Array.from(assignMixture(x, tf, m)).slice(6)).toEqual([0, 1]);
  });

  it('can empty a cluster (the caller keeps k-means then): three copies of one text, one set apart', () => {
    const { x, tf } = matrix(
      [
        { 0: 1, 1: 1 },
        { 0: 1, 1: 1 },
        { 0: 1, 1: 1 },
      ],
      2,
    );
    const m = fitMixture(x, tf, all(3), ones(3), Int32Array.from([0, 0, 1]), 2);
    expect(new Set(assignMixture(x, tf, m)).size).toBe(1);
  });

  it('tempers long texts only: 1 up to TOKENS_PER_DEGREE words a text, then in proportion', () => {
    expect(temperatureOf(3)).toBe(1);
    expect(temperatureOf(TOKENS_PER_DEGREE)).toBe(1);
    expect(temperatureOf(4 * TOKENS_PER_DEGREE)).toBe(4);
  });
});

describe('assignMixture with the clusters rows stay in', () => {
  it('keeps a row in its cluster unless another is likelier by STAY_MARGIN nats', () => {
    // row 6 holds a word of each topic: nearly tied, it stays where it was; row 2 is clearly topic 0
    const { x, tf } = matrix([...ROWS, { 1: 1, 3: 1 }], 5);
    const m = fitMixture(x, tf, all(6), ones(6), Int32Array.from([0, 0, 0, 1, 1, 1]), 2);
    const free = assignMixture(x, tf, m);
    const stay = Int32Array.from([1, 0, 1, 1, 1, 1, 1 - free[6]!]);
    const kept = assignMixture(x, tf, m, stay);
    expect(kept[6]).toBe(1 - free[6]!);
    expect(kept[0]).toBe(0);
    expect(kept[2]).toBe(0);
    // -1: no cluster to stay in
    expect(Array.from(assignMixture(x, tf, m, new Int32Array(7).fill(-1)))).toEqual(Array.from(free));
  });
});

/** Unit rows: each row along its cluster's axis (0 or 1) and its own axis (2 + row), cosine 0.8 within a cluster, 0 across. */
function directions(clusters: number[]): { d: number; vectors: Float32Array } {
  const d = 2 + clusters.length;
  const vectors = new Float32Array(clusters.length * d);
  clusters.forEach((c, r) => {
    vectors[r * d + c] = Math.sqrt(0.8);
    vectors[r * d + 2 + r] = Math.sqrt(0.2);
  });
  return { d, vectors };
}

describe('fitMixture with the directions of an embedding', () => {
  // every text its own word, seen once: 1 token a word, nothing for the word distributions to learn from
  const SPARSE: Record<number, number>[] = Array.from({ length: 8 }, (_, i) => ({ [i]: 1 }));
  const TRUE = [0, 0, 0, 0, 1, 1, 1, 1];
  // k-means put row 3 with the rows of the other direction
  const INIT = Int32Array.from([0, 0, 0, 1, 1, 1, 1, 1]);

  it('where words are sparse, moves a misplaced text to the cluster whose direction it shares', () => {
    const { x, tf } = matrix(SPARSE, 8);
    const words = fitMixture(x, tf, all(8), ones(8), INIT, 2);
    expect(words.direction).toBeUndefined();
    // words alone: its one word counts in the cluster it is in, so it stays there
    expect(assignMixture(x, tf, words)[3]).toBe(1);
    const both = fitMixture(x, tf, all(8), ones(8), INIT, 2, { embedding: directions(TRUE) });
    expect(both.direction?.kappa).toBeGreaterThan(0);
    expect(Array.from(assignMixture(x, tf, both))).toEqual(TRUE);
  });

  it('leaves the directions out where there are SPARSE_TOKENS_PER_WORD tokens a word or more', () => {
    // the six texts of ROWS with every count × 3: 54 tokens over 5 words
    const { x, tf } = matrix(
      ROWS.map((row) => Object.fromEntries(Object.entries(row).map(([w, c]) => [w, 3 * c]))),
      5,
    );
    expect(54 / 5).toBeGreaterThanOrEqual(SPARSE_TOKENS_PER_WORD);
    // directions that would pull row 2 to the other cluster
    const m = fitMixture(x, tf, all(6), ones(6), Int32Array.from([0, 0, 0, 1, 1, 1]), 2, { embedding: directions([0, 0, 1, 1, 1, 1]) });
    expect(m.direction).toBeUndefined();
    expect(Array.from(assignMixture(x, tf, m))).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('fits κ from the mean resultant length in the effective dimensions, and unit mean directions', () => {
    const { x, tf } = matrix(SPARSE, 8);
    const emb = directions(TRUE);
    const m = fitMixture(x, tf, all(8), ones(8), Int32Array.from(TRUE), 2, { iterations: 0, embedding: emb });
    // each cluster: 4 rows of cosine 0.8 to its axis, their sum 4·√0.8 long along it (the own axes cancel nothing
    // but add √(4 · 0.2)): R̄ = |sum| / 4
    const rBar = Math.sqrt(16 * 0.8 + 4 * 0.2) / 4;
    const dEff = effectiveDims(emb, all(8), ones(8));
    const kappa = (rBar * (dEff - rBar * rBar)) / (1 - rBar * rBar);
    expect(m.direction!.kappa).toBeCloseTo(kappa, 5);
    // κ·μ of cluster 0: unit length κ, along its mean
    const mu = Array.from(m.direction!.kappaMu.subarray(0, emb.d));
    expect(Math.hypot(...mu)).toBeCloseTo(kappa, 4);
    expect(mu[0]! / kappa).toBeCloseTo((4 * Math.sqrt(0.8)) / (4 * rBar), 5);
    expect(mu[1]).toBe(0);
  });
});

describe('effectiveDims', () => {
  const rows = (...v: number[][]): { d: number; vectors: Float32Array } => ({ d: v[0]!.length, vectors: Float32Array.from(v.flat()) });

  it('counts the axes rows spread over evenly, whatever d', () => {
    const emb = rows([1, 0, 0, 0, 0], [-1, 0, 0, 0, 0], [0, 1, 0, 0, 0], [0, -1, 0, 0, 0], [0, 0, 1, 0, 0], [0, 0, -1, 0, 0]);
    expect(effectiveDims(emb, all(6), ones(6))).toBeCloseTo(3, 10);
  });

  it('is 1 for rows along one line, off the origin (the covariance is centred)', () => {
    const emb = rows([1, 1, 0], [2, 1, 0], [3, 1, 0], [5, 1, 0]);
    expect(effectiveDims(emb, all(4), ones(4))).toBeCloseTo(1, 10);
  });

  it('weighs rows: variances 2 and 6 over two axes give (2 + 6)² / (2² + 6²) = 1.6', () => {
    const emb = rows([1, 0], [-1, 0], [0, 1], [0, -1]);
    expect(effectiveDims(emb, all(4), Float32Array.from([1, 1, 3, 3]))).toBeCloseTo(1.6, 10);
  });
});
