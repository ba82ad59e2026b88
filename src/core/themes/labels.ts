import type { TextLang } from './language';
import { isWord } from './tokenize';

/**
 * What a theme is about, for a person: its distinctive terms by class-based TF-IDF (Grootendorst
 * 2022: a term's share of the theme's terms × log(1 + average terms per theme / the term's count
 * everywhere)), each shown as its most frequent surface form, and a few quotes close to the
 * theme's centre but unlike each other (maximal marginal relevance), so the reader sees its range.
 */

/**
 * The `top` columns of one class by c-TF-IDF, best first: `counts` its weighted term counts, `total`
 * their sum, `termTotal` each term's count over every class, `avg` the average class total. A term
 * seen fewer than twice in the class is no label, nor one `skip` marks.
 */
export function topTerms(
  counts: Float32Array,
  total: number,
  termTotal: Float64Array,
  avg: number,
  top: number,
  skip?: Uint8Array,
): number[] {
  const best: [number, number][] = [];
  for (let c = 0; c < counts.length; c++) {
    if (skip?.[c]) continue;
    const f = counts[c]!;
    if (f < 2) continue;
    const s = (f / total) * Math.log(1 + avg / termTotal[c]!);
    if (best.length === top && s <= best[top - 1]![1]) continue;
    let i = best.length < top ? best.length : top - 1;
    while (i > 0 && best[i - 1]![1] < s) i--;
    best.splice(i, 0, [c, s]);
    if (best.length > top) best.pop();
  }
  return best.map((b) => b[0]);
}

/**
 * A theme's short label: its three best terms, words first, then hashtags and mentions, then emoji,
 * each group in its c-TF-IDF order ("😂 · #homedecor · pots" reads "pots · #homedecor · 😂"): a reader
 * takes the first word as the theme's name, and an emoji names nothing.
 */
export function labelOf(terms: readonly string[]): string {
  const top = terms.slice(0, 3);
  const rank = (t: string) => (isWord(t) ? 0 : /^[#@~]/.test(t) ? 1 : 2);
  return top
    .map((t, i) => ({ t, i, r: rank(t) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.t)
    .join(' · ');
}

/** A theme's label and terms as a reader of one language reads them. */
export interface LocalLabel {
  label: string;
  terms: string[];
}
export type LocalLabels = Record<TextLang, LocalLabel>;

/**
 * A theme's terms (column ids of its best terms) as shown to a reader of each language: each term in
 * the form the client's texts of that language write it most ("livraison" for French readers, "delivery"
 * for English ones, where the lexicon made the two words one term), else in the form written most
 * overall (a word only one language uses, a hashtag, an emoji). Order is kept: it is the theme's, not
 * the language's. Only the community's own words are shown, never a dictionary's guess.
 */
export function localLabels(
  cols: readonly number[],
  termOfCol: Int32Array,
  surface: readonly string[],
  surfaceIn: readonly [readonly string[], readonly string[]],
  compounds: ReadonlyMap<string, number>,
): LocalLabels {
  const inLang = (l: 0 | 1): LocalLabel => {
    const terms: string[] = [];
    for (const c of cols) {
      const t = termOfCol[c]!;
      const s = surfaceIn[l][t] || surface[t]!;
      if (!terms.includes(s)) terms.push(s);
    }
    const joined = joinCompounds(terms, compounds);
    return { label: labelOf(joined), terms: joined };
  };
  return { en: inLang(0), fr: inLang(1) };
}

/** A hyphenated word seen at least this often is shown whole in a label. */
const COMPOUND_MIN = 3;

/**
 * A theme's terms with the parts of a hyphenated word joined back: the tokeniser splits "week-end"
 * into week and end (sous-marins → sous, marins: the parts carry meaning for clustering), so a label
 * read "boutique · week · end". When both parts are among the terms and the corpus wrote them
 * hyphenated at least COMPOUND_MIN times, the first part becomes the compound and the second goes.
 */
export function joinCompounds(terms: readonly string[], compounds: ReadonlyMap<string, number>): string[] {
  const out = [...terms];
  for (let i = 0; i < out.length; i++)
    for (let j = 0; j < out.length; j++) {
      if (i === j) continue;
      const whole = `${out[i]}-${out[j]}`;
      if ((compounds.get(whole) ?? 0) < COMPOUND_MIN) continue;
      out[Math.min(i, j)] = whole;
      out.splice(Math.max(i, j), 1);
      i = -1;
      break;
    }
  return out;
}

/**
 * Up to `count` rows of one theme: the most central first, then each next one trading closeness to
 * the centre (0.7) against likeness to those already picked (0.3); near-copies (cosine > 0.9) skipped.
 * Only the `candidates` rows closest to the centre are considered (kept by insertion, not a full sort).
 */
export function pickQuotes(
  vectors: Float32Array,
  d: number,
  members: ArrayLike<number>,
  centre: Float32Array,
  count: number,
  candidates = 40,
): number[] {
  const dot = (a: number, b: Float32Array, bo = 0): number => {
    let s = 0;
    for (let j = 0; j < d; j++) s += vectors[a * d + j]! * b[bo + j]!;
    return s;
  };
  const pool: [number, number][] = [];
  for (let m = 0; m < members.length; m++) {
    const r = members[m]!;
    const s = dot(r, centre);
    if (pool.length === candidates && s <= pool[candidates - 1]![1]) continue;
    let i = pool.length < candidates ? pool.length : candidates - 1;
    while (i > 0 && pool[i - 1]![1] < s) i--;
    pool.splice(i, 0, [r, s]);
    if (pool.length > candidates) pool.pop();
  }
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
