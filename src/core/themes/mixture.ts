import type { Csr } from './sparse';

/**
 * Refines k-means' partition with a mixture of multinomials over the texts' word counts (the
 * Dirichlet-multinomial mixture that GSDMM samples, Yin & Wang 2014, fitted here by EM from the
 * k-means clusters instead of sampled from random ones). k-means in the LSA space sees each text as a
 * direction; the mixture asks which cluster's word distribution makes the text's words likeliest,
 * which weighs every word by how much it tells the clusters apart. Measured after k-means, `--k` =
 * labels (README, Measured): AG News 49.9 → 64.3, biomedical 34.4 → 41.2 (3 seeds), StackOverflow 66.4 → 68.6 (10).
 *
 * Long texts make the posteriors all-or-nothing (twenty words multiply twenty likelihood ratios), and
 * hard EM stops in the first local optimum near k-means: the E-step divides the log-likelihoods by a
 * temperature that grows with the corpus's mean words per text (1 up to TOKENS_PER_DEGREE, beyond
 * which each of them counts for less), so the clusters can still trade texts while the model settles.
 */
export interface MixtureOptions {
  /** EM rounds (each an M-step and an E-step); default from the temperature (below). */
  iterations?: number;
  /** Dirichlet prior on the cluster shares (pseudo-texts per cluster). */
  alpha?: number;
  /** Dirichlet prior on each cluster's word distribution (pseudo-count per word). */
  beta?: number;
  /**
   * The unit rows k-means clustered (x.rows × d). Where the words are too sparse to tell clusters apart
   * (fewer than SPARSE_TOKENS_PER_WORD tokens per word), each cluster also models their direction.
   */
  embedding?: Embedding;
}

export interface Embedding {
  d: number;
  vectors: Float32Array;
}

/**
 * Below this many tokens per distinct word of the fitted texts, the clusters' word distributions cannot
 * be estimated (SIB-200's 701 encyclopedia sentences: 4.4 tokens a word, under one per word and cluster;
 * AG News 21, StackOverflow 26, biomedical 22, the demo 28), and the mixture also models each cluster's
 * direction in the embedding k-means ran on (a von Mises–Fisher component, κ·μ·v added to a text's
 * log-likelihood): words alone took SIB-200 English from 38.9 (k-means) to 36.3 NMI over 10 seeds, words
 * and directions to 40.0. Where words abound the directions cost: the demo's topical NMI 63.8 → 56.8 with
 * them, AG News 66.4 → 66.0. 10 is about the geometric middle of 4.7 (SIB-200 French, the densest set
 * that gained) and 21 (AG News, the sparsest that lost). SIB-200's EN+FR pairs clustered together (5.2)
 * pay for it: 92 → 87 % of pairs in one theme (the directions follow the English vectors, which the
 * French sentences reach through the lexicon only).
 */
export const SPARSE_TOKENS_PER_WORD = 10;

/** Mean words per text for one degree of temperature: measured 4 → AG News 63.3 but StackOverflow 67.4, 5.5 → 61.4 / 68.8. */
export const TOKENS_PER_DEGREE = 4.5;

/**
 * EM rounds: at least MIN_ROUNDS, and ROUNDS_PER_DEGREE per degree of temperature beyond (tempered
 * posteriors are flatter, so the clusters settle more slowly). AG News (temperature 4.7): 50 rounds 63.2,
 * 117 rounds 64.3 NMI; fewer than 50 where the temperature is low cost the demo's themes 0.8 NMI
 * (StackOverflow, 1.1: 68.7 at 27 rounds, 68.6 at 50 over 10 seeds; biomedical the same at 45 as at 50).
 */
const MIN_ROUNDS = 50;
const ROUNDS_PER_DEGREE = 25;

/** A text's share in a cluster below this counts as none (it would change the cluster's counts by less than float rounding). */
const NEGLIGIBLE = 1e-7;

export function temperatureOf(meanTokens: number): number {
  return Math.max(1, meanTokens / TOKENS_PER_DEGREE);
}

export interface Mixture {
  k: number;
  /** log share of each cluster. */
  logPi: Float64Array;
  /**
   * Column of x → its word's row in logTheta, -1 for a word no fitted text holds: the fit sees the
   * words of its rows only (a 20k sample of a million texts holds a fraction of the vocabulary).
   */
  local: Int32Array;
  /** log probability of word w in cluster z at [w·k + z] (a word's clusters side by side for the E-step). */
  logTheta: Float32Array;
  /** log probability in cluster z of a word no fitted text holds (the prior alone). */
  unseen: Float64Array;
  /** The direction part (sparse words only): each cluster's unit mean direction (k×d) times the shared concentration κ. */
  direction?: { embedding: Embedding; kappaMu: Float32Array; kappa: number };
}

/** Adds κ·μ_z·v_r (the vMF log-density of row r without its normaliser, the same for every cluster: κ is shared) to lp. */
function rowDirection(m: Mixture, r: number, lp: Float64Array): void {
  const { embedding, kappaMu } = m.direction!;
  const d = embedding.d;
  const v = embedding.vectors;
  const o = r * d;
  for (let z = 0; z < m.k; z++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += kappaMu[z * d + j]! * v[o + j]!;
    lp[z]! += s;
  }
}

/**
 * The M-step of the directions: one concentration κ shared by the clusters, from the mean resultant length
 * R̄ (Banerjee et al. 2005: κ ≈ R̄(d − R̄²)/(1 − R̄²), d the effective dimensions), and each cluster's unit
 * mean direction times κ into `out`, from the responsibility-weighted sums of its rows. Returns κ.
 */
function fitDirections(sums: Float64Array, mass: number, k: number, d: number, dEff: number, out: Float32Array): number {
  let resultant = 0;
  const norms = new Float64Array(k);
  for (let z = 0; z < k; z++) {
    let q = 0;
    for (let j = 0; j < d; j++) q += sums[z * d + j]! ** 2;
    norms[z] = Math.sqrt(q);
    resultant += norms[z]!;
  }
  const rBar = Math.min(0.999, resultant / Math.max(1e-12, mass));
  const kappa = (rBar * (dEff - rBar * rBar)) / (1 - rBar * rBar);
  for (let z = 0; z < k; z++) {
    const inv = norms[z]! > 0 ? kappa / norms[z]! : 0;
    for (let j = 0; j < d; j++) out[z * d + j] = sums[z * d + j]! * inv;
  }
  return kappa;
}

/** Adds each cluster's log-likelihood of row r (without the share) to lp. */
function rowLikelihood(x: Csr, tf: Uint8Array, r: number, m: Mixture, lp: Float64Array): void {
  const k = m.k;
  for (let p = x.rowPtr[r]!; p < x.rowPtr[r + 1]!; p++) {
    const c = tf[p]!;
    const w = m.local[x.col[p]!]!;
    if (w < 0) for (let z = 0; z < k; z++) lp[z]! += c * m.unseen[z]!;
    else {
      const o = w * k;
      for (let z = 0; z < k; z++) lp[z]! += c * m.logTheta[o + z]!;
    }
  }
}

/**
 * Fits the mixture by EM on the rows listed in `fit` (their weights: a folded duplicate counts as
 * many texts), starting from `init` (the cluster of each listed row).
 */
export function fitMixture(
  x: Csr,
  tf: Uint8Array,
  fit: Int32Array,
  weight: Float32Array,
  init: Int32Array,
  k: number,
  opts: MixtureOptions = {},
): Mixture {
  const { alpha = 1, beta = 0.1 } = opts;
  const n = fit.length;
  const V = x.cols;
  // the fitted rows with their words renumbered 0..W-1 and their counts weighted by the row's weight
  const local = new Int32Array(V).fill(-1);
  const ptr = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) ptr[i + 1] = ptr[i]! + x.rowPtr[fit[i]! + 1]! - x.rowPtr[fit[i]!]!;
  const word = new Int32Array(ptr[n]!);
  const count = new Float32Array(ptr[n]!);
  const rowTokens = new Float64Array(n);
  let W = 0;
  let tokens = 0;
  for (let i = 0; i < n; i++) {
    const r = fit[i]!;
    for (let p = x.rowPtr[r]!, e = ptr[i]!; p < x.rowPtr[r + 1]!; p++, e++) {
      const c = x.col[p]!;
      if (local[c]! < 0) local[c] = W++;
      word[e] = local[c]!;
      count[e] = tf[p]!;
      rowTokens[i]! += tf[p]!;
    }
    tokens += rowTokens[i]!;
  }
  const temperature = temperatureOf(n ? tokens / n : 0);
  const iterations = opts.iterations ?? Math.max(MIN_ROUNDS, Math.round(ROUNDS_PER_DEGREE * temperature));
  const resp = new Float64Array(n * k);
  for (let i = 0; i < n; i++) resp[i * k + init[i]!] = 1;
  const logPi = new Float64Array(k);
  const logTheta = new Float32Array(W * k);
  const m: Mixture = { k, logPi, local, logTheta, unseen: new Float64Array(k) };
  const emb = opts.embedding && tokens < SPARSE_TOKENS_PER_WORD * W ? opts.embedding : undefined;
  const ed = emb ? emb.d : 0;
  const dirSums = new Float64Array(k * ed);
  if (emb) m.direction = { embedding: emb, kappaMu: new Float32Array(k * ed), kappa: 0 };
  // κ for a vMF in the dimensions the rows really fill: with the nominal d (200, where LSA and the word
  // vectors fill ~30–80) κ was 3–4 times larger, the directions outvoted the words, and SIB-200's EN+FR
  // translation pairs in one theme fell from 92 % to 79 % (87 % with these dimensions)
  const dEff = emb ? effectiveDims(emb, fit, weight) : 0;
  const nk = new Float64Array(k);
  const nkw = new Float64Array(W * k);
  const total = new Float64Array(k);
  const norms = new Float64Array(k);
  const lp = new Float64Array(k);
  const heldZ = new Int32Array(k);
  const heldQ = new Float64Array(k);
  let converged = false;
  for (let it = 0; ; it++) {
    // M-step: shares and word distributions from the responsibilities (a text's negligible ones skipped)
    nk.fill(0);
    nkw.fill(0);
    total.fill(0);
    dirSums.fill(0);
    for (let i = 0; i < n; i++) {
      const wr = weight[fit[i]!]!;
      // the text's clusters first, then its words: each word's k counts lie side by side
      let held = 0;
      for (let z = 0; z < k; z++) {
        const q = wr * resp[i * k + z]!;
        if (q === 0) continue;
        nk[z]! += q;
        total[z]! += q * rowTokens[i]!;
        if (emb) for (let j = 0, o = fit[i]! * ed; j < ed; j++) dirSums[z * ed + j]! += q * emb.vectors[o + j]!;
        heldZ[held] = z;
        heldQ[held++] = q;
      }
      for (let e = ptr[i]!; e < ptr[i + 1]!; e++) {
        const o = word[e]! * k;
        const c = count[e]!;
        for (let h = 0; h < held; h++) nkw[o + heldZ[h]!]! += heldQ[h]! * c;
      }
    }
    let all = 0;
    for (let z = 0; z < k; z++) all += nk[z]!;
    for (let z = 0; z < k; z++) {
      logPi[z] = Math.log((nk[z]! + alpha) / (all + k * alpha));
      // the prior spreads over the whole vocabulary, as if the unseen words were fitted with zero counts
      norms[z] = Math.log(total[z]! + V * beta);
      m.unseen[z] = Math.log(beta) - norms[z]!;
    }
    // Most (word, cluster) counts are zero: their value is the unseen one, without a logarithm (the same
    // number: log(0 + β) is log β). Word by word, so both arrays are read in their order.
    for (let w = 0, o = 0; w < W; w++)
      for (let z = 0; z < k; z++, o++) {
        const c = nkw[o]!;
        logTheta[o] = c === 0 ? m.unseen[z]! : Math.log(c + beta) - norms[z]!;
      }
    if (m.direction) m.direction.kappa = fitDirections(dirSums, all, k, ed, dEff, m.direction.kappaMu);
    // converged: further rounds would give the same model
    if (it === iterations || converged) return m;
    // E-step: tempered posteriors; one below NEGLIGIBLE is dropped (the M-step then skips it)
    let change = 0;
    for (let i = 0; i < n; i++) {
      lp.set(logPi);
      for (let e = ptr[i]!; e < ptr[i + 1]!; e++) {
        const c = count[e]!;
        const o = word[e]! * k;
        for (let z = 0; z < k; z++) lp[z]! += c * logTheta[o + z]!;
      }
      if (m.direction) rowDirection(m, fit[i]!, lp);
      let best = -Infinity;
      for (let z = 0; z < k; z++) best = Math.max(best, lp[z]!);
      let sum = 0;
      for (let z = 0; z < k; z++) sum += lp[z] = Math.exp((lp[z]! - best) / temperature);
      for (let z = 0; z < k; z++) {
        const q = lp[z]! / sum < NEGLIGIBLE ? 0 : lp[z]! / sum;
        change = Math.max(change, Math.abs(q - resp[i * k + z]!));
        resp[i * k + z] = q;
      }
    }
    converged = change < 1e-6;
  }
}

/**
 * Log-likelihood (nats) by which another cluster must beat a row's `stay` cluster to take it: e² ≈ 7
 * times likelier. A run after an import starts from the previous leaves, and a short text nearly tied
 * between two clusters would otherwise flip with any new text (the consultant's edits follow the texts).
 */
export const STAY_MARGIN = 2;

/**
 * Every row of x to its likeliest cluster (the temperature does not change which is likeliest); a row
 * with a `stay` cluster (≥ 0) keeps it unless another is likelier by STAY_MARGIN.
 */
export function assignMixture(x: Csr, tf: Uint8Array, m: Mixture, stay?: Int32Array): Int32Array {
  const assign = new Int32Array(x.rows);
  const lp = new Float64Array(m.k);
  for (let r = 0; r < x.rows; r++) {
    lp.set(m.logPi);
    rowLikelihood(x, tf, r, m, lp);
    if (m.direction) rowDirection(m, r, lp);
    let b = 0;
    for (let z = 1; z < m.k; z++) if (lp[z]! > lp[b]!) b = z;
    const s = stay ? stay[r]! : -1;
    assign[r] = s >= 0 && s < m.k && lp[s]! + STAY_MARGIN >= lp[b]! ? s : b;
  }
  return assign;
}

/**
 * The number of dimensions the rows really spread over: the participation ratio (Σλ)²/Σλ² of the
 * eigenvalues of their weighted, centred covariance (tr(C)² / ‖C‖²_F, no eigen decomposition).
 */
export function effectiveDims(emb: Embedding, rows: Int32Array, weight: Float32Array): number {
  const { d, vectors } = emb;
  const mean = new Float64Array(d);
  let tw = 0;
  for (const r of rows) {
    tw += weight[r]!;
    for (let j = 0; j < d; j++) mean[j]! += weight[r]! * vectors[r * d + j]!;
  }
  if (tw <= 0) return d;
  for (let j = 0; j < d; j++) mean[j]! /= tw;
  const c = new Float64Array(d * d);
  const x = new Float64Array(d);
  for (const r of rows) {
    const w = weight[r]!;
    for (let j = 0; j < d; j++) x[j] = vectors[r * d + j]! - mean[j]!;
    for (let a = 0; a < d; a++) {
      const xa = w * x[a]!;
      for (let b = a; b < d; b++) c[a * d + b]! += xa * x[b]!;
    }
  }
  let trace = 0;
  let frob = 0;
  for (let a = 0; a < d; a++) {
    trace += c[a * d + a]!;
    for (let b = a; b < d; b++) frob += (a === b ? 1 : 2) * c[a * d + b]! ** 2;
  }
  return frob > 0 ? (trace * trace) / frob : d;
}
