import { analyse, type InputText } from './analyse';
import { lsaEmbed } from './embed';
import { nearest, sphericalKMeans } from './kmeans';
import type { TextLang } from './language';
import { joinCompounds, labelOf, localLabels, type LocalLabels, pickQuotes, topTerms } from './labels';
import { buildMergeTree, cutTree, type MergeTree } from './merge-tree';
import { assignMixture, fitMixture } from './mixture';
import { makeRng, sampleIndices } from './random';
import { buildTfidf } from './tfidf';
import { sentenceVectors } from './sentence-vectors';
import { stemEnglish } from './stem-en';
import { STOP_WORDS_EN } from './stop-words';
import type { Csr } from './sparse';
import type { WordVectors } from './word-vectors';

export interface ThemeText {
  id: string;
  text: string;
  lang?: TextLang;
}

/** The steps of a run, in order; checkpoint() is called between them (and inside the long ones). */
export const THEME_STEPS = ['analyse', 'features', 'embed', 'cluster', 'refine', 'tree', 'label'] as const;
export type ThemeStep = (typeof THEME_STEPS)[number];
export interface ThemeProgress {
  step: ThemeStep;
  /** 0..1 across the whole run, for a progress bar. */
  fraction: number;
}

/**
 * Each step's share of a run's time, for a bar that moves evenly: the mean of each step's share of the
 * CPU seconds at 100k and 1M texts (README, Speed: analyse 1.7 and 11.6 s, features 0.5 and 4.9, embed
 * 2.3 and 5.0, k-means 1.1 and 1.1, refine 2.0 and 6.0, tree 0 and 0.2, label 0.2 and 1.2), rounded.
 */
const STEP_WEIGHTS: Record<ThemeStep, number> = {
  analyse: 0.3,
  features: 0.11,
  embed: 0.23,
  cluster: 0.09,
  refine: 0.23,
  tree: 0.01,
  label: 0.03,
};
const STEP_START = Object.fromEntries(
  THEME_STEPS.map((s, i) => [s, THEME_STEPS.slice(0, i).reduce((a, b) => a + STEP_WEIGHTS[b], 0)]),
) as Record<ThemeStep, number>;

function progress(step: ThemeStep, within = 0): ThemeProgress {
  return { step, fraction: Math.min(1, STEP_START[step] + within * STEP_WEIGHTS[step]) };
}

export interface ClusterOptions {
  seed: number;
  /** Exactly k themes, every text assigned (no unclassified group except texts with no usable word). */
  k?: number;
  /** 0 = the coarsest cut of the tree (2 themes), 1 = every leaf; default: the cut the data suggests. */
  granularity?: number;
  /** Called between steps (and every few thousand texts while analysing); throw from it to cancel (as the importers' sink.checkpoint()). */
  checkpoint?: (progress: ThemeProgress) => void;
  wordVectors?: WordVectors;
  /** The word-vector part's mean row norm as a share of the LSA part's (default VECTOR_SHARE). */
  vectorShare?: number;
  /** Subtract each language's mean vector (themes-crosslingual.md); default: when both languages are present. */
  centreLanguages?: boolean;
  /** Map French words to English (default true). */
  crossLingual?: boolean;
  /**
   * Per input text, its leaf in a previous run (-1: not in it, or unclassified). When the texts of the
   * previous run fill exactly as many leaves as this run makes, k-means starts from their centres (in
   * this run's space) instead of k-means++ seeds: a run after an import keeps its themes where the new
   * texts do not move them, so the consultant's edits find them again (without it, three new texts among
   * 5,600 redrew most of the demo's themes).
   */
  previousLeaf?: Int32Array;
  dims?: number;
}

export interface Theme {
  /** The tree node this theme is. */
  id: number;
  label: string;
  /** Distinctive words, most distinctive first, as written in the texts. */
  terms: string[];
  /** The label and terms in each language's own words (labels.ts, localLabels). */
  labels: LocalLabels;
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
  labels: LocalLabels;
}

export interface ClusterResult {
  themes: Theme[];
  /** Texts too short (no usable word) or too far from every theme. */
  unclassified: string[];
  /** The merge tree over the finest themes, for the granularity control. */
  tree: { root: number; leaves: number; nodes: ThemeTreeNode[] };
  /** Per input text (in input order): its theme id, or -1 when unclassified. */
  assignment: Int32Array;
  /** Per input text: its leaf of the tree (the finest theme), or -1 when unclassified. */
  leafOf: Int32Array;
  stats: { texts: number; distinct: number; terms: number; frenchMapped: number; frenchWords: number; vectorWords: number };
}

/**
 * The word-vector part's weight against LSA, as a ratio of mean row norms (README, Word vectors; 3 seeds
 * each). Before the mixture refinement 0.35 / 0.5 / 0.7 gave SIB-200 EN+FR pairs in one theme 85.5 / 84.3 /
 * 81.5 %: more split the pairs. With the mixture the pairs hold (92–94 %) and more weight helps the small
 * sets: 0.7 / 1.0 / 1.5 / 2.0 / 3.0 gave SIB-200 English 30.7 / 36.1 / 37.2 / 36.5 / 35.5, French 26.2 /
 * 29.4 / 32.7 / 29.3 / 34.0; at 1.5 AG News 66.4 (65.7 at 0.7) and the demo 63.8 / 57.2 (63.3 / 54.9).
 */
export const VECTOR_SHARE = 1.5;

/**
 * Distinct texts up to which word vectors join LSA. With the mixture they lift the small corpora, where
 * LSA finds few co-occurrences (3 seeds, weight 0.7: SIB-200's 701 sentences 13 → 31 NMI and its
 * translation pairs 90 → 93 % in one theme; AG News' 8,000 texts 64.2 → 65.7), and not the larger ones: StackOverflow's
 * 20,000 titles 68.6 → 67.8 over 10 seeds, biomedical's 41.2 → 41.0. The limit sits between the largest
 * set they helped and the smallest they did not; a run past it is also spared their cost (100k texts:
 * 10.8–11.1 CPU s with them against 8.6–9.5, and 800 bytes a row).
 */
export const VECTOR_MAX_ROWS = 12_000;

/** Texts whose best theme is less similar than this (cosine in the embedding) are unclassified. */
const MIN_SIMILARITY = 0.15;
/** Rows the LSA basis is fitted on (with the columns they use): a larger sample changed no theme. */
const LSA_SAMPLE = 20000;
/** Rows k-means is fitted on; the rest are assigned to the nearest centre in one pass afterwards. */
const KMEANS_SAMPLE = 20000;
/** Rows × clusters the mixture refinement is fitted on (at most the k-means sample): 20k rows at k = 20. */
const MIXTURE_BUDGET = 400_000;
/**
 * k-means runs with k (the best objective kept), each from its own k-means++ seeds: the mixture refines
 * whichever partition it gets, and 10 instead of 3 took StackOverflow from 67.8 to 68.6 NMI over 10 seeds
 * (66.9–70.4 instead of 65.8–70.1), biomedical 40.9 → 41.2, AG News 64.1 → 63.2 (6 seeds).
 */
const K_RESTARTS = 10;
/** Most leaves of the tree without k: the over-clustering the user browses down from. */
const MAX_LEAVES = 40;

function autoLeaves(rows: number): number {
  return Math.max(2, Math.min(MAX_LEAVES, Math.round(Math.sqrt(rows) / 2)));
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

/** Clusters the texts, calling `checkpoint` at every step (throwing from it stops the run). */
export function clusterTexts(texts: readonly ThemeText[], opts: ClusterOptions): ClusterResult {
  const run = clusterSteps(texts, opts);
  for (;;) {
    const s = run.next();
    if (s.done) return s.value;
    opts.checkpoint?.(s.value);
  }
}

export type AsyncClusterOptions = Omit<ClusterOptions, 'checkpoint'> & {
  /** Awaited at every step: a shell gives its thread back there (so a cancel request gets through), or throws to stop. */
  checkpoint?: (progress: ThemeProgress) => void | Promise<void>;
};

/** The same run, awaiting `checkpoint` between steps: the same themes as clusterTexts for the same texts and seed. */
export async function clusterTextsAsync(texts: readonly ThemeText[], opts: AsyncClusterOptions): Promise<ClusterResult> {
  const run = clusterSteps(texts, { ...opts, checkpoint: undefined });
  for (;;) {
    const s = run.next();
    if (s.done) return s.value;
    await opts.checkpoint?.(s.value);
  }
}

/**
 * The run itself, as a generator: it yields where a checkpoint is due (between steps, every few
 * thousand texts while analysing) and returns the result, so one body serves the synchronous call
 * (eval-themes, benches) and the awaited one (a client's run in the app, which can be cancelled).
 */
function* clusterSteps(texts: readonly ThemeText[], opts: ClusterOptions): Generator<ThemeProgress, ClusterResult> {
  const rng = makeRng(opts.seed);

  yield progress('analyse');
  const analysing = analyse(texts as readonly InputText[], {
    crossLingual: opts.crossLingual,
    ...(opts.wordVectors ? { englishStems: englishStemsOf(opts.wordVectors) } : {}),
  });
  let a = analysing.next();
  for (; !a.done; a = analysing.next()) yield progress('analyse', a.value / texts.length);
  const corpus = a.value;
  yield progress('features');
  const f = buildTfidf(corpus);
  const rows = f.x.rows;
  // No text holds a word that tells themes apart (stop words, emoji alone, or no text at all): no theme,
  // every text unclassified, rather than an SVD of nothing.
  if (rows === 0 || f.x.cols === 0) {
    const none = new Int32Array(texts.length).fill(-1);
    return {
      themes: [],
      unclassified: texts.map((t) => t.id),
      tree: { root: -1, leaves: 0, nodes: [] },
      assignment: none,
      leafOf: none.slice(),
      stats: {
        texts: texts.length,
        distinct: 0,
        terms: 0,
        frenchMapped: corpus.frenchMapped.mapped,
        frenchWords: corpus.frenchMapped.total,
        vectorWords: 0,
      },
    };
  }
  yield progress('embed');
  const lsa = lsaEmbed(f.x, opts.dims ?? 100, LSA_SAMPLE, rng);
  let d = lsa.dims;
  let vectors = lsa.vectors;
  const useVectors = opts.wordVectors !== undefined && rows <= VECTOR_MAX_ROWS;
  if (useVectors) {
    const wv = sentenceVectors(corpus, f, opts.wordVectors!);
    // The vector part is weighed against the LSA part by their mean row norms, so one share holds
    // whatever the corpus: its raw scale grows with text length and IDF (SIB-200 35, AG News 63 against
    // LSA's 1), and unscaled it swamped LSA and split translation pairs (README, Word vectors).
    const w =
      ((opts.vectorShare ?? VECTOR_SHARE) * meanRowNorm(lsa.vectors, rows, d)) / Math.max(1e-9, meanRowNorm(wv.vectors, rows, wv.dims));
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

  yield progress('cluster');
  const leaves = opts.k ?? autoLeaves(rows);
  const sample = sampleIndices(rows, KMEANS_SAMPLE, rng);
  const sampled = sample.length < rows;
  const sx = sampled ? new Float32Array(sample.length * d) : vectors;
  const sw = sampled ? new Float32Array(sample.length) : f.weight;
  if (sampled)
    sample.forEach((r, i) => {
      sx.set(vectors.subarray(r * d, r * d + d), i * d);
      sw[i] = f.weight[r]!;
    });
  const initial = opts.previousLeaf ? previousCentres(opts.previousLeaf, f.rowOf, vectors, d, leaves) : undefined;
  const km = sphericalKMeans(sx, sample.length, d, { k: leaves, rng, weights: sw, restarts: opts.k ? K_RESTARTS : 1, initial });
  yield progress('refine');
  // the word-count mixture refines k-means' clusters on the same rows, then takes every row; when it would
  // empty a cluster (`k` promises k themes, the tree k leaves), k-means' clusters stay
  const fitted = sampled ? sample : Int32Array.from({ length: rows }, (_, r) => r);
  // a round costs rows × clusters: the 40 leaves of a run without k fit on 10k of the 20k rows
  const previousRow = initial ? previousLeafOfRow(opts.previousLeaf!, f.rowOf, rows) : undefined;
  const mixRows = sampleIndices(fitted.length, Math.floor(MIXTURE_BUDGET / km.k), rng);
  const mixture = fitMixture(
    f.x,
    f.tf,
    mixRows.map((i) => fitted[i]!),
    f.weight,
    mixRows.map((i) => {
      // after an import the mixture goes on from the previous run's leaves (its own earlier result),
      // from k-means' clusters for new texts: the themes move only where the new texts move them
      const l = previousRow ? previousRow[fitted[i]!]! : -1;
      return l >= 0 ? l : km.assign[i]!;
    }),
    km.k,
    // the space k-means ran on: where the words are too sparse for the mixture (SIB-200's encyclopedia
    // sentences), it models the clusters' directions there too (mixture.ts, SPARSE_TOKENS_PER_WORD); only
    // with the word vectors: on LSA alone the directions gave nothing (SIB-200 English 12.1 → 11.7 NMI, 10 seeds)
    useVectors ? { embedding: { d, vectors } } : {},
  );
  const refined = assignMixture(f.x, f.tf, mixture, previousRow);
  const held = everyClusterHeld(refined, km.k);
  // every row to its nearest centre: one pass (further Lloyd rounds over all rows moved < 1 % of them)
  const { assign, sim } = !held ? (sampled ? nearest(vectors, rows, d, km.centroids, km.k) : km) : { assign: refined, sim: undefined };
  // without k, a text farther than MIN_SIMILARITY from every theme's centre is unclassified (the mixture
  // may place a text away from its cluster's centre in the LSA space: the nearest centre is what says
  // whether any theme is close)
  const best = opts.k ? undefined : (sim ?? nearest(vectors, rows, d, centresOf(vectors, rows, d, assign, f.weight, km.k), km.k).sim);

  yield progress('tree');
  const L = km.k;
  const sums = new Float32Array(L * d);
  const sizes = new Float64Array(L);
  for (let r = 0; r < rows; r++) {
    const c = assign[r]!;
    const w = f.weight[r]!;
    sizes[c]! += w;
    const so = c * d;
    const ro = r * d;
    for (let j = 0; j < d; j++) sums[so + j]! += w * vectors[ro + j]!;
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

  yield progress('label');
  // row → theme node, or -1 (too far: only without k)
  const rowTheme = new Int32Array(rows);
  for (let r = 0; r < rows; r++) rowTheme[r] = best && best[r]! < MIN_SIMILARITY ? -1 : themeOfLeaf[assign[r]!]!;
  const assignment = new Int32Array(texts.length);
  const leafOf = new Int32Array(texts.length);
  let largest = themeNodes[0]!;
  for (const t of themeNodes) if (tree.nodes[t]!.size > tree.nodes[largest]!.size) largest = t;
  for (let i = 0; i < texts.length; i++) {
    const r = f.rowOf[i]!;
    assignment[i] = r >= 0 ? rowTheme[r]! : opts.k ? largest : -1;
    leafOf[i] = r >= 0 && rowTheme[r]! >= 0 ? assign[r]! : -1;
  }
  // terms of every tree node from its leaves' term counts (one pass over the matrix)
  // A French word whose English word is an English stop word (savais → know) names nothing: the English
  // texts' "know" was dropped as one, so a label would show the French word alone, in either language.
  const nameless = new Uint8Array(f.x.cols);
  for (let c = 0; c < f.x.cols; c++) nameless[c] = STOP_WORDS_EN.has(corpus.english[f.termOfCol[c]!]!) ? 1 : 0;
  const nodeCols = termsOfNodes(tree, f.x, assign, f.weight, 8, nameless);
  const nodeTerms = nodeCols.map((cols) => joinCompounds(surfaces(cols, f.termOfCol, corpus.surface), corpus.compounds));
  const nodeLabels = nodeCols.map((cols) => localLabels(cols, f.termOfCol, corpus.surface, corpus.surfaceIn, corpus.compounds));

  // members and quotes: rows grouped by theme once (counting sort), then each theme's centre
  const slot = new Map(themeNodes.map((t, i) => [t, i]));
  const T = themeNodes.length;
  const rowStart = new Int32Array(T + 1);
  for (let r = 0; r < rows; r++) if (rowTheme[r]! >= 0) rowStart[slot.get(rowTheme[r]!)! + 1]!++;
  for (let t = 0; t < T; t++) rowStart[t + 1]! += rowStart[t]!;
  const rowsByTheme = new Int32Array(rowStart[T]!);
  const fill = rowStart.slice(0, T);
  const centres = new Float32Array(T * d);
  for (let r = 0; r < rows; r++) {
    if (rowTheme[r]! < 0) continue;
    const t = slot.get(rowTheme[r]!)!;
    rowsByTheme[fill[t]!++] = r;
    for (let j = 0; j < d; j++) centres[t * d + j]! += vectors[r * d + j]!;
  }
  const membersOf: string[][] = themeNodes.map(() => []);
  for (let i = 0; i < texts.length; i++) if (assignment[i]! >= 0) membersOf[slot.get(assignment[i]!)!]!.push(texts[i]!.id);
  const themes: Theme[] = themeNodes.map((t, ti) => {
    const memberRows = rowsByTheme.subarray(rowStart[ti]!, rowStart[ti + 1]!);
    const quotes = pickQuotes(vectors, d, memberRows, centres.subarray(ti * d, ti * d + d), 5).map((r) => texts[f.firstText[r]!]!.id);
    const terms = nodeTerms[t]!;
    const parent = tree.nodes[t]!.parent;
    return {
      id: t,
      label: labelOf(terms),
      terms,
      labels: nodeLabels[t]!,
      size: membersOf[ti]!.length,
      members: membersOf[ti]!,
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
      nodes: tree.nodes.map((n) => ({ ...n, label: labelOf(nodeTerms[n.id]!), terms: nodeTerms[n.id]!, labels: nodeLabels[n.id]! })),
    },
    assignment,
    leafOf,
    stats: {
      texts: texts.length,
      distinct: rows,
      terms: f.x.cols,
      frenchMapped: corpus.frenchMapped.mapped,
      frenchWords: corpus.frenchMapped.total,
      // the distinct stems of the word-vector set used (0: LSA alone), stored with the run's settings
      vectorWords: useVectors ? englishStemsOf(opts.wordVectors!).length : 0,
    },
  };
}

/**
 * The top terms of every node of the tree (leaves and merges) by class-based TF-IDF: term counts per
 * leaf in one pass over the matrix, a merge's counts the sum of its children's (nodes are numbered
 * children first). The "average class size" of c-TF-IDF is the leaves' average, so that a node's
 * scores compare its terms with the whole corpus however high in the tree it sits.
 */
function termsOfNodes(tree: MergeTree, x: Csr, assign: Int32Array, weight: Float32Array, top: number, nameless: Uint8Array): number[][] {
  const V = x.cols;
  const N = tree.nodes.length;
  const counts = new Float32Array(N * V);
  const termTotal = new Float64Array(V);
  const total = new Float64Array(N);
  for (let r = 0; r < x.rows; r++) {
    const o = assign[r]! * V;
    const w = weight[r]!;
    for (let p = x.rowPtr[r]!; p < x.rowPtr[r + 1]!; p++) {
      counts[o + x.col[p]!]! += w;
      termTotal[x.col[p]!]! += w;
      total[assign[r]!]! += w;
    }
  }
  for (const n of tree.nodes)
    for (const c of n.children) {
      total[n.id]! += total[c]!;
      for (let v = 0; v < V; v++) counts[n.id * V + v]! += counts[c * V + v]!;
    }
  let grand = 0;
  for (let l = 0; l < tree.leaves; l++) grand += total[l]!;
  const avg = grand / Math.max(1, tree.leaves);
  return tree.nodes.map((n) => topTerms(counts.subarray(n.id * V, n.id * V + V), total[n.id]!, termTotal, avg, top, nameless));
}

function surfaces(cols: readonly number[], termOfCol: Int32Array, surface: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of cols) {
    const s = surface[termOfCol[c]!]!;
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** Each row's leaf in the previous run (that of its first text there), -1 if none. */
function previousLeafOfRow(previous: Int32Array, rowOf: Int32Array, rows: number): Int32Array {
  const out = new Int32Array(rows).fill(-1);
  for (let i = 0; i < previous.length; i++) if (rowOf[i]! >= 0 && out[rowOf[i]!]! < 0) out[rowOf[i]!] = previous[i]!;
  return out;
}

/**
 * The unit centre of each previous leaf from its texts' rows in this run's space, or undefined when the
 * previous leaves are not exactly 0..leaves-1, each holding a text (another number of leaves: start afresh).
 */
function previousCentres(
  previous: Int32Array,
  rowOf: Int32Array,
  vectors: Float32Array,
  d: number,
  leaves: number,
): Float32Array | undefined {
  const centres = new Float32Array(leaves * d);
  const filled = new Uint8Array(leaves);
  for (let i = 0; i < previous.length; i++) {
    const leaf = previous[i]!;
    const r = rowOf[i]!;
    if (leaf < 0 || r < 0) continue;
    if (leaf >= leaves) return undefined;
    filled[leaf] = 1;
    for (let j = 0; j < d; j++) centres[leaf * d + j]! += vectors[r * d + j]!;
  }
  if (filled.some((x) => x === 0)) return undefined;
  normaliseRows(centres, leaves, d);
  return centres;
}

const stemsOfVectors = new WeakMap<WordVectors, string[]>();

/** The stems of a vector set's words, once per set (100,000 words: a few tenths of a second each run otherwise). */
function englishStemsOf(wv: WordVectors): string[] {
  let stems = stemsOfVectors.get(wv);
  if (!stems) {
    stems = [...new Set(Array.from(wv.words(), stemEnglish))];
    stemsOfVectors.set(wv, stems);
  }
  return stems;
}

function meanRowNorm(m: Float32Array, rows: number, d: number): number {
  let t = 0;
  for (let r = 0; r < rows; r++) {
    let q = 0;
    for (let j = 0; j < d; j++) q += m[r * d + j]! ** 2;
    t += Math.sqrt(q);
  }
  return t / Math.max(1, rows);
}

function everyClusterHeld(assign: Int32Array, k: number): boolean {
  const held = new Uint8Array(k);
  for (const c of assign) held[c] = 1;
  return held.every((h) => h === 1);
}

/** The (weighted) unit centre of each cluster. */
function centresOf(vectors: Float32Array, rows: number, d: number, assign: Int32Array, weight: Float32Array, k: number): Float32Array {
  const centres = new Float32Array(k * d);
  for (let r = 0; r < rows; r++) for (let j = 0; j < d; j++) centres[assign[r]! * d + j]! += weight[r]! * vectors[r * d + j]!;
  normaliseRows(centres, k, d);
  return centres;
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
