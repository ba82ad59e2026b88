import { describe, expect, it } from 'vitest';
import { englishVectors } from './english-vectors';

const cos = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('the English word vectors Cercle ships', () => {
  it('hold 100,000 words of 100 dimensions, where related words lie closer than unrelated ones', () => {
    const wv = englishVectors();
    expect(wv.dims).toBe(100);
    expect([...wv.words()].length).toBe(100_000);
    for (const w of ['delivery', 'parcel', 'candle', 'wax', 'refund', 'shop', 'mp3']) expect(wv.vector(w)).toBeDefined();
    const v = (w: string) => wv.vector(w)!;
    expect(cos(v('candle'), v('wax'))).toBeGreaterThan(cos(v('candle'), v('parliament')) + 0.2);
    expect(cos(v('delivery'), v('shipping'))).toBeGreaterThan(cos(v('delivery'), v('guitar')) + 0.2);
    expect(englishVectors()).toBe(wv);
  });
});
