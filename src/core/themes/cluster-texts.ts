import { analyse, type InputText } from './analyse';
import { lsaEmbed } from './embed';
import { lloyd, nearest, sphericalKMeans } from './kmeans';
import type { TextLang } from './language';
import { pickQuotes, topTermsByTheme } from './labels';
import { buildMergeTree, cutTree, type MergeTree } from './merge-tree';
import { makeRng, sampleIndices } from './random';
import { buildTfidf } from './tfidf';
import { sentenceVectors } from './sentence-vectors';
import type { WordVectors } from './word-vectors';

export interface ThemeText {
  id: string;
  text: string;
  lang?: TextLang;
}

/** The steps of a run, in order; checkpoint() is called between them (and inside the long ones). */
export const THEME_STEPS = ['analyse', 'features', 'embed', 'cluster', 'tree', 'label'] as const;
export type ThemeStep = (typeof THEME_STEPS)[number];
export interface ThemeProgress {
  step: ThemeStep;
  /** 0..1 across the whole run, for a progress bar. */
  fraction: number;
}

export interface ClusterOptions {
  seed: number;
  /** Exactly k themes, every text assigned (no unclassified group except texts with no usable word). */
  k?: number;
  /** 0 = the coarsest cut of the tree (2 themes), 1 = every leaf; default: the cut the data suggests. */
  granularity?: number;
  /** Called between steps; throw from it to cancel (as the importers' sink.checkpoint()). */
  checkpoint?: (progress: ThemeProgress) => void;
  wordVectors?: WordVectors;
  /** Weight of the word-vector part against the LSA part (both unit length before). */
  vectorWeight?: number;
  /** Subtract each language's mean vector (themes-crosslingual.md); default: when both languages are present. */
  centreLanguages?: boolean;
  /** Map French words to English (default true). */
  crossLingual?: boolean;
  dims?: number;
}

export interface Theme {
  /** The tree node this theme is. */
  id: number;
  label: string;
  /** Distinctive words, most distinctive first, as written in the texts. */
  terms: string[];
  size: number;
  members: string[];
  /** 3–5 representative texts (ids), most central first. */
  quotes: string[];
  /** The tree node this theme merges into when the granularity is lowered. */
  parent?: number;
}

export interface ThemeTreeNode {
  id: number;
  children: number[];
  parent?: number;
  size: number;
  similarity: number;
  label: string;
  terms: string[];
}

export interface ClusterResult {
  themes: Theme[];
  /** Texts too short (no usable word) or too far from every theme. */
  unclassified: string[];
  /** The merge tree over the finest themes, for the granularity control. */
  tree: { root: number; leaves: number; nodes: ThemeTreeNode[] };
  /** Per input text (in input order): its theme id, or -1 when unclassified. */
  assignment: Int32Array;
  stats: { texts: number; distinct: number; terms: number; frenchMapped: number; frenchWords: number };
}

/** Texts whose best theme is less similar than this (cosine in the embedding) are unclassified. */
const MIN_SIMILARITY = 0.15;
/** Rows k-means is fitted on; the rest are assigned to the nearest centre afterwards. */
const KMEANS_SAMPLE = 30000;

function autoLeaves(rows: number): number {
  return Math.max(2, Math.min(120, Math.round(Math.sqrt(rows) / 2)));
}

/** The number of themes where average linkage stops merging clearly related clusters. */
function autoCut(tree: MergeTree): number {
  // walk merges from the last: the first merge whose similarity is above the threshold means
  // everything below it is "one theme"; keep the themes above.
  const merges = tree.nodes.slice(tree.leaves);
  if (!merges.length) return 1;
  const sims = merges.map((n) => n.similarity);
  const top = Math.max(...sims);
  let m = 1;
  for (let j = merges.length - 1; j >= 0; j--) {
    if (sims[j]! >= 0.5 * top) break;
    m++;
  }
  return m;
}

export function clusterTexts(texts: readonly ThemeText[], opts: ClusterOptions): ClusterResult {
  const rng = makeRng(opts.seed);
  const tick = (step: ThemeStep, within = 0): void =>
    opts.checkpoint?.({ step, fraction: (THEME_STEPS.indexOf(step) + within) / THEME_STEPS.length });

  tick('analyse');
  const corpus = analyse(texts as readonly InputText[], {
    crossLingual: opts.crossLingual,
    englishWords: opts.wordVectors?.words(),
    progress: (done) => tick('analyse', done / texts.length),
  });
  tick('features');
  const f = buildTfidf(corpus);
  const rows = f.x.rows;
  tick('embed');
  const lsa = lsaEmbed(f.x, opts.dims ?? 100, 50000, rng);
  let d = lsa.dims;
  let vectors = lsa.vectors;
  if (opts.wordVectors) {
    const wv = sentenceVectors(corpus, f, opts.wordVectors);
    const w = opts.vectorWeight ?? 1;
    const dd = d + wv.dims;
    const joined = new Float32Array(rows * dd);
    for (let r = 0; r < rows; r++) {
      joined.set(lsa.vectors.subarray(r * d, r * d + d), r * dd);
      for (let j = 0; j < wv.dims; j++) joined[r * dd + d + j] = w * wv.vectors[r * wv.dims + j]!;
    }
    d = dd;
    vectors = joined;
  }
  const langOfRow = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) langOfRow[r] = corpus.lang[f.firstText[r]!]!;
  // centring only when both languages are really there (≥ 5 % of the texts each)
  let frRows = 0;
  for (let r = 0; r < rows; r++) frRows += langOfRow[r]!;
  const both = frRows >= 0.05 * rows && frRows <= 0.95 * rows;
  if (opts.centreLanguages ?? both) centreByLanguage(vectors, rows, d, langOfRow, f.weight);
  normaliseRows(vectors, rows, d);

  tick('cluster');
  const leaves = opts.k ?? autoLeaves(rows);
  const sample = sampleIndices(rows, KMEANS_SAMPLE, rng);
  const sx = new Float32Array(sample.length * d);
  const sw = new Float32Array(sample.length);
  sample.forEach((r, i) => {
    sx.set(vectors.subarray(r * d, r * d + d), i * d);
    sw[i] = f.weight[r]!;
  });
  const km = sphericalKMeans(sx, sample.length, d, { k: leaves, rng, weights: sw, restarts: opts.k ? 3 : 1 });
  // every row to its nearest centre, then a few Lloyd rounds over all rows when they were sampled
  const final = sample.length < rows ? lloyd(vectors, rows, d, km.centroids, km.k, f.weight, 3) : km;
  const { assign, sim } = sample.length < rows ? final : nearest(vectors, rows, d, km.centroids, km.k);

  tick('tree');
  const L = km.k;
  const sums = new Float32Array(L * d);
  const sizes = new Float64Array(L);
  for (let r = 0; r < rows; r++) {
    const c = assign[r]!;
    sizes[c]! += f.weight[r]!;
    for (let j = 0; j < d; j++) sums[c * d + j]! += f.weight[r]! * vectors[r * d + j]!;
  }
  const tree = buildMergeTree(sums, sizes, L, d);
  const themeCount = opts.k ? L : opts.granularity !== undefined ? Math.max(2, Math.round(2 + opts.granularity * (L - 2))) : autoCut(tree);
  const themeNodes = cutTree(tree, themeCount);
  // leaf → the theme node above it
  const themeOfLeaf = new Int32Array(tree.nodes.length).fill(-1);
  const mark = (node: number, theme: number): void => {
    themeOfLeaf[node] = theme;
    for (const c of tree.nodes[node]!.children) mark(c, theme);
  };
  for (const t of themeNodes) mark(t, t);

  tick('label');
  // row → theme node, or -1 (too far: only without k)
  const rowTheme = new Int32Array(rows);
  for (let r = 0; r < rows; r++) rowTheme[r] = !opts.k && sim[r]! < MIN_SIMILARITY ? -1 : themeOfLeaf[assign[r]!]!;
  const assignment = new Int32Array(texts.length);
  let largest = themeNodes[0]!;
  for (const t of themeNodes) if (tree.nodes[t]!.size > tree.nodes[largest]!.size) largest = t;
  for (let i = 0; i < texts.length; i++) {
    const r = f.rowOf[i]!;
    assignment[i] = r >= 0 ? rowTheme[r]! : opts.k ? largest : -1;
  }
  // labels for every tree node: compute per leaf-theme index then for each node
  const nodeIndex = new Map<number, number>();
  tree.nodes.forEach((n) => nodeIndex.set(n.id, nodeIndex.size));
  const rowNode = new Int32Array(rows);
  const nodeTerms: string[][] = [];
  // terms of every node: label rows by each level is costly; do leaves + themes + the top levels
  const labelled = new Set<number>([...themeNodes, ...tree.nodes.map((n) => n.id)]);
  const ids = [...labelled];
  const idIndex = new Map(ids.map((id, i) => [id, i]));
  const termLists: number[][] = new Array<number[]>(ids.length);
  // one pass per tree depth would be exact; leaves and themes are labelled directly, inner nodes from their leaves' rows
  for (const level of [0, 1]) {
    for (let r = 0; r < rows; r++) rowNode[r] = level === 0 ? assign[r]! : themeOfLeaf[assign[r]!]!;
    const top = topTermsByTheme(f.x, rowNode, f.weight, tree.nodes.length, 8);
    for (const id of ids) if (level === 0 ? id < L : themeNodes.includes(id)) termLists[idIndex.get(id)!] = top[id]!;
  }
  for (const id of ids) if (!termLists[idIndex.get(id)!]) termLists[idIndex.get(id)!] = innerTerms(tree, id, f.x, assign, f.weight);
  for (const id of ids) nodeTerms[id] = surfaces(termLists[idIndex.get(id)!]!, f.termOfCol, corpus.surface);

  const membersOf = new Map<number, number[]>();
  for (const t of themeNodes) membersOf.set(t, []);
  assignment.forEach((t, i) => {
    if (t >= 0) membersOf.get(t)!.push(i);
  });
  const themes: Theme[] = themeNodes.map((t) => {
    const memberRows: number[] = [];
    const centre = new Float32Array(d);
    for (let r = 0; r < rows; r++)
      if (rowTheme[r] === t) {
        memberRows.push(r);
        for (let j = 0; j < d; j++) centre[j]! += vectors[r * d + j]!;
      }
    const quotes = pickQuotes(vectors, d, memberRows, centre, 5).map((r) => texts[f.firstText[r]!]!.id);
    const terms = nodeTerms[t]!;
    const parent = tree.nodes[t]!.parent;
    return {
      id: t,
      label: terms.slice(0, 3).join(' · '),
      terms,
      size: membersOf.get(t)!.length,
      members: membersOf.get(t)!.map((i) => texts[i]!.id),
      quotes,
      ...(parent !== undefined ? { parent } : {}),
    };
  });
  themes.sort((a, b) => b.size - a.size);
  const unclassified: string[] = [];
  assignment.forEach((t, i) => {
    if (t < 0) unclassified.push(texts[i]!.id);
  });
  return {
    themes,
    unclassified,
    tree: {
      root: tree.root,
      leaves: tree.leaves,
      nodes: tree.nodes.map((n) => ({ ...n, label: nodeTerms[n.id]!.slice(0, 3).join(' · '), terms: nodeTerms[n.id]! })),
    },
    assignment,
    stats: {
      texts: texts.length,
      distinct: rows,
      terms: f.x.cols,
      frenchMapped: corpus.frenchMapped.mapped,
      frenchWords: corpus.frenchMapped.total,
    },
  };
}

function innerTerms(tree: MergeTree, id: number, x: import('./sparse').Csr, assign: Int32Array, weight: Float32Array): number[] {
  const under = new Set<number>();
  const walk = (n: number): void => {
    if (n < tree.leaves) under.add(n);
    for (const c of tree.nodes[n]!.children) walk(c);
  };
  walk(id);
  const rowTheme = new Int32Array(x.rows);
  for (let r = 0; r < x.rows; r++) rowTheme[r] = under.has(assign[r]!) ? 0 : 1;
  return topTermsByTheme(x, rowTheme, weight, 2, 8)[0]!;
}

function surfaces(cols: readonly number[], termOfCol: Int32Array, surface: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of cols) {
    const s = surface[termOfCol[c]!]!;
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

function normaliseRows(m: Float32Array, rows: number, d: number): void {
  for (let r = 0; r < rows; r++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += m[r * d + j]! ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let j = 0; j < d; j++) m[r * d + j]! *= inv;
  }
}

/** Subtracts each language's (weighted) mean vector from its rows. */
function centreByLanguage(m: Float32Array, rows: number, d: number, lang: Uint8Array, weight: Float32Array): void {
  const mean = [new Float64Array(d), new Float64Array(d)];
  const tot = [0, 0];
  for (let r = 0; r < rows; r++) {
    const l = lang[r]!;
    tot[l]! += weight[r]!;
    for (let j = 0; j < d; j++) mean[l]![j]! += weight[r]! * m[r * d + j]!;
  }
  for (let r = 0; r < rows; r++) {
    const l = lang[r]!;
    for (let j = 0; j < d; j++) m[r * d + j]! -= mean[l]![j]! / tot[l]!;
  }
}
