import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeWordVectors, type WordVectors } from '../../core/themes/word-vectors';
import { resourcesDir } from '../resources-dir';

/** The English vectors Cercle ships (`cercle word-vectors` makes the file; README of core/themes, Word vectors). */
export const ENGLISH_VECTORS = path.join('vectors', 'en-glove-100d-100k.cwv');

const cached = new Map<string, WordVectors>();

/**
 * The shipped English word vectors, read once per process (11 MB, about a tenth of a second): every
 * themes run uses them, where they lift topic NMI on every measured set (SIB-200 English 11 → 29).
 */
export function englishVectors(file = path.join(resourcesDir(), ENGLISH_VECTORS)): WordVectors {
  let wv = cached.get(file);
  if (!wv) {
    wv = decodeWordVectors(new Uint8Array(readFileSync(file)));
    cached.set(file, wv);
  }
  return wv;
}
