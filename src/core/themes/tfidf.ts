import type { Corpus } from './analyse';
import type { Csr } from './sparse';

/**
 * Terms → a sparse TF-IDF matrix over distinct texts. Texts with the same set of terms (the same
 * message posted again, "Merci !!" and "merci", retweets) are folded into one row that carries their
 * count as its weight: k-means sees each once, weighted, and a million messages with their
 * repetitions cost the rows of the distinct ones only. Terms seen in fewer than minDf distinct texts
 * are dropped (they cannot link two texts), and so are those in more than maxDfShare of them.
 */
export interface Features {
  x: Csr;
  /** Text i → its row, or -1 when none of its terms was kept. */
  rowOf: Int32Array;
  /** Row → how many texts it stands for. */
  weight: Float32Array;
  /** Row → its first text. */
  firstText: Int32Array;
  /** Column → corpus term id; and its idf. */
  termOfCol: Int32Array;
  idf: Float32Array;
  /** Kept terms per text (for "too short to classify"). */
  keptTerms: Uint16Array;
  /** Distinct texts holding each corpus term, kept or not (word vectors use the rare words too). */
  termDf: Int32Array;
  /** Raw count of each entry of x (parallel to x.val, at most 255): the mixture refinement's word counts. */
  tf: Uint8Array;
}

export interface TfidfOptions {
  minDf?: number;
  maxDfShare?: number;
}

export function buildTfidf(corpus: Corpus, opts: TfidfOptions = {}): Features {
  const { n, termPtr, terms, vocab } = corpus;
  // 1. distinct term sets
  const rowOfKey = new Map<string, number>();
  const rowOfText = new Int32Array(n).fill(-1);
  const firstTextList: number[] = [];
  const weightList: number[] = [];
  const buf: number[] = [];
  for (let i = 0; i < n; i++) {
    buf.length = 0;
    for (let p = termPtr[i]!; p < termPtr[i + 1]!; p++) buf.push(terms[p]!);
    if (buf.length === 0) continue;
    buf.sort((a, b) => a - b);
    const key = buf.join(',');
    let r = rowOfKey.get(key);
    if (r === undefined) {
      r = firstTextList.length;
      rowOfKey.set(key, r);
      firstTextList.push(i);
      weightList.push(0);
    }
    weightList[r]!++;
    rowOfText[i] = r;
  }
  rowOfKey.clear();
  const rows = firstTextList.length;
  // 2. document frequencies over distinct rows
  const df = new Int32Array(vocab.length);
  const seen = new Int32Array(vocab.length).fill(-1);
  for (let r = 0; r < rows; r++) {
    const i = firstTextList[r]!;
    for (let p = termPtr[i]!; p < termPtr[i + 1]!; p++) {
      const t = terms[p]!;
      if (seen[t] !== r) {
        seen[t] = r;
        df[t]!++;
      }
    }
  }
  const minDf = opts.minDf ?? 2;
  const maxDf = Math.max(minDf, Math.floor((opts.maxDfShare ?? 0.5) * rows));
  const colOf = new Int32Array(vocab.length).fill(-1);
  const termOfColList: number[] = [];
  const idfList: number[] = [];
  for (let t = 0; t < vocab.length; t++)
    if (df[t]! >= minDf && df[t]! <= maxDf) {
      colOf[t] = termOfColList.length;
      termOfColList.push(t);
      idfList.push(Math.log((1 + rows) / (1 + df[t]!)) + 1);
    }
  // 3. rows: sublinear tf × idf, unit length
  const rowPtr = new Int32Array(rows + 1);
  const colBuf: number[] = [];
  const valBuf: number[] = [];
  const tfBuf: number[] = [];
  const keptTerms = new Uint16Array(n);
  const tf = new Map<number, number>();
  for (let r = 0; r < rows; r++) {
    const i = firstTextList[r]!;
    tf.clear();
    for (let p = termPtr[i]!; p < termPtr[i + 1]!; p++) {
      const c = colOf[terms[p]!]!;
      if (c >= 0) tf.set(c, (tf.get(c) ?? 0) + 1);
    }
    const start = colBuf.length;
    let norm = 0;
    for (const [c, f] of [...tf].sort((a, b) => a[0] - b[0])) {
      const v = (1 + Math.log(f)) * idfList[c]!;
      colBuf.push(c);
      valBuf.push(v);
      tfBuf.push(Math.min(255, f));
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = start; k < valBuf.length; k++) valBuf[k]! /= norm;
    rowPtr[r + 1] = colBuf.length;
  }
  for (let i = 0; i < n; i++) {
    const r = rowOfText[i]!;
    if (r >= 0) keptTerms[i] = Math.min(65535, rowPtr[r + 1]! - rowPtr[r]!);
  }
  return {
    x: { rows, cols: termOfColList.length, rowPtr, col: Int32Array.from(colBuf), val: Float32Array.from(valBuf) },
    rowOf: rowOfText,
    weight: Float32Array.from(weightList),
    firstText: Int32Array.from(firstTextList),
    termOfCol: Int32Array.from(termOfColList),
    idf: Float32Array.from(idfList),
    keptTerms,
    termDf: df,
    tf: Uint8Array.from(tfBuf),
  };
}
