import type { Corpus } from './analyse';
import type { Features } from './tfidf';
import type { WordVectors } from './word-vectors';

/**
 * Each distinct text as the IDF-weighted mean of its words' unit vectors (themes-crosslingual.md:
 * 40 NMI on SIB-200 English against 12 for TF-IDF). A term is looked up by its most frequent English
 * word (the vectors know "running", not the stem "run"; a French word by its lexicon word).
 */
export function sentenceVectors(corpus: Corpus, f: Features, wv: WordVectors): { dims: number; vectors: Float32Array } {
  const d = wv.dims;
  const rows = f.x.rows;
  const out = new Float32Array(rows * d);
  const termVec = new Map<number, Float32Array | null>();
  const vecOf = (term: number): Float32Array | null => {
    let v = termVec.get(term);
    if (v === undefined) {
      const en = corpus.english[term]!;
      v = (en ? wv.vector(en) : undefined) ?? wv.vector(corpus.vocab[term]!) ?? null;
      termVec.set(term, v);
    }
    return v;
  };
  for (let r = 0; r < rows; r++) {
    for (let p = f.x.rowPtr[r]!; p < f.x.rowPtr[r + 1]!; p++) {
      const term = f.termOfCol[f.x.col[p]!]!;
      const v = vecOf(term);
      if (!v) continue;
      const w = f.idf[f.x.col[p]!]!;
      for (let j = 0; j < d; j++) out[r * d + j]! += w * v[j]!;
    }
  }
  return { dims: d, vectors: out };
}
