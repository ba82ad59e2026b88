import { describe, expect, it } from 'vitest';
import { clusterTexts } from './cluster-texts';
import { decodeWordVectors, encodeWordVectors, type WordVectors } from './word-vectors';

function unit(v: number[]): number[] {
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}

describe('word vectors, a byte per component', () => {
  it('give back every word with its unit vector, each component within half a quantisation step', () => {
    const words = ['candle', 'wax', "don't", 'well-known'];
    const dims = 5;
    const raw = [
      unit([0.3, -0.1, 0.5, 0.2, -0.7]),
      unit([1, 0, 0, 0, 0]),
      unit([-0.2, 0.2, -0.2, 0.2, 0.9]),
      unit([0.01, 0.02, -0.03, 0.5, 0.5]),
    ];
    const file = encodeWordVectors(words, Float32Array.from(raw.flat()), dims);
    const wv = decodeWordVectors(file);
    expect(wv.dims).toBe(dims);
    expect([...wv.words()]).toEqual(words);
    raw.forEach((v, i) => {
      const got = wv.vector(words[i]!)!;
      const step = Math.max(...v.map(Math.abs)) / 127;
      v.forEach((x, j) => expect(Math.abs(got[j]! - x)).toBeLessThanOrEqual(step));
      expect(Math.hypot(...got)).toBeCloseTo(1, 5);
    });
    expect(wv.vector('unknown')).toBeUndefined();
  });

  it('refuses what is not one: another file, a truncated one, words that are not ASCII', () => {
    const file = encodeWordVectors(['a', 'b'], Float32Array.from([1, 0, 0, 1]), 2);
    expect(() => decodeWordVectors(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]))).toThrow(
      /not a Cercle word-vector file/,
    );
    expect(() => decodeWordVectors(file.subarray(0, file.length - 1))).toThrow(/truncated/);
    expect(() => encodeWordVectors(['café'], Float32Array.from([1, 0]), 2)).toThrow(/ASCII/);
  });
});

describe('word vectors in a run', () => {
  // two topics whose texts share no word: only the vectors tell "candle" and "wax" belong together
  const TEXTS = [
    'candle scent',
    'wax wick',
    'candle wax',
    'scent wick',
    'parcel courier',
    'delivery late',
    'parcel late',
    'courier delivery',
  ];
  const WORDS = ['candle', 'scent', 'wax', 'wick', 'parcel', 'courier', 'delivery', 'late'];
  const make = (scale: number): WordVectors => {
    const vec = new Map(WORDS.map((w, i) => [w, Float32Array.from(i < 4 ? [scale, 0.1 * scale * i, 0] : [0, 0.1 * scale * i, scale])]));
    return { dims: 3, vector: (w) => vec.get(w), words: () => vec.keys() };
  };

  it('weigh by their share of the LSA part, so the same words at another scale give the same themes', () => {
    const texts = TEXTS.map((text, i) => ({ id: String(i), text }));
    const a = clusterTexts(texts, { seed: 1, k: 2, wordVectors: make(1) });
    const b = clusterTexts(texts, { seed: 1, k: 2, wordVectors: make(40) });
    expect(Array.from(b.assignment)).toEqual(Array.from(a.assignment));
    expect(a.stats.vectorWords).toBe(8);
    expect(clusterTexts(texts, { seed: 1, k: 2 }).stats.vectorWords).toBe(0);
    // the vectors put the candle texts and the delivery texts apart
    const theme = (i: number) => a.assignment[i];
    expect(new Set([0, 1, 2, 3].map(theme)).size).toBe(1);
    expect(new Set([4, 5, 6, 7].map(theme)).size).toBe(1);
    expect(theme(0)).not.toBe(theme(4));
  });
});
