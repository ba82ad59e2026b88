import type { Csr } from './sparse';

/**
 * What a theme is about, for a person: its distinctive terms by class-based TF-IDF (Grootendorst
 * 2022: a term's share of the theme's terms × log(1 + average terms per theme / the term's count
 * everywhere)), each shown as its most frequent surface form, and a few quotes close to the
 * theme's centre but unlike each other (maximal marginal relevance), so the reader sees its range.
 */
export function topTermsByTheme(x: Csr, rowTheme: Int32Array, weight: Float32Array, themes: number, top: number): number[][] {
  const V = x.cols;
  const counts = new Float64Array(themes * V);
  const total = new Float64Array(themes);
  const termTotal = new Float64Array(V);
  for (let r = 0; r < x.rows; r++) {
    const t = rowTheme[r]!;
    if (t < 0) continue;
    for (let p = x.rowPtr[r]!; p < x.rowPtr[r + 1]!; p++) {
      const c = x.col[p]!;
      counts[t * V + c]! += weight[r]!;
      total[t]! += weight[r]!;
      termTotal[c]! += weight[r]!;
    }
  }
  const avg = total.reduce((a, b) => a + b, 0) / Math.max(1, themes);
  const out: number[][] = [];
  for (let t = 0; t < themes; t++) {
    const scored: [number, number][] = [];
    for (let c = 0; c < V; c++) {
      const f = counts[t * V + c]!;
      if (f < 2) continue;
      scored.push([c, (f / total[t]!) * Math.log(1 + avg / termTotal[c]!)]);
    }
    scored.sort((a, b) => b[1] - a[1]);
    out.push(scored.slice(0, top).map((s) => s[0]));
  }
  return out;
}

/**
 * Up to `count` rows of one theme: the most central first, then each next one trading closeness to
 * the centre (0.7) against likeness to those already picked (0.3); near-copies (cosine > 0.9) skipped.
 */
export function pickQuotes(
  vectors: Float32Array,
  d: number,
  members: readonly number[],
  centre: Float32Array,
  count: number,
  candidates = 40,
): number[] {
  const dot = (a: number, b: Float32Array, bo = 0): number => {
    let s = 0;
    for (let j = 0; j < d; j++) s += vectors[a * d + j]! * b[bo + j]!;
    return s;
  };
  const pool = members
    .map((r) => [r, dot(r, centre)] as [number, number])
    .sort((a, b) => b[1] - a[1])
    .slice(0, candidates);
  const picked: number[] = [];
  while (picked.length < count && pool.length) {
    let bi = -1;
    let bs = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      const [r, c] = pool[i]!;
      let maxSim = 0;
      for (const p of picked) maxSim = Math.max(maxSim, dot(r, vectors, p * d));
      if (maxSim > 0.9) continue;
      const s = 0.7 * c - 0.3 * maxSim;
      if (s > bs) {
        bs = s;
        bi = i;
      }
    }
    if (bi < 0) break;
    picked.push(pool[bi]![0]);
    pool.splice(bi, 1);
  }
  return picked;
}
