import { describe, expect, it } from 'vitest';
import { assignMixture, fitMixture, temperatureOf, TOKENS_PER_DEGREE } from './mixture';
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
