import { type Rng } from './random';
import { type Csr, mulDense, mulTransposeDense } from './sparse';

/**
 * Truncated SVD by the randomized range finder (Halko, Martinsson & Tropp 2011) with power
 * iterations, enough for LSA: the top d right singular vectors of a TF-IDF sample, returned as a
 * cols×d row-major basis (term → d-dim). Projecting every text onto it costs one sparse product.
 */
export interface LsaBasis {
  dims: number;
  /** cols×dims, row-major: the term's coordinates. */
  basis: Float32Array;
  singular: Float64Array;
}

/**
 * Orthonormalises the columns of a (n×l, row-major) in place: Q = A·V·Λ^-½ from the eigen-decomposition
 * of the small Gram matrix AᵀA, done `passes` times (twice = CholeskyQR2, for accuracy). It reads A row
 * by row, where Gram–Schmidt over columns strides through memory: 4× faster at 20k×110 here. Between
 * power iterations one pass is enough (the next product re-mixes the columns anyway).
 */
function orthonormalise(a: Float64Array, n: number, l: number, passes: number): void {
  for (let pass = 0; pass < passes; pass++) {
    const g = gram(a, n, l);
    const { values, vectors } = symmetricEigen(g, l);
    const maxVal = Math.max(...values);
    // T = V Λ^-½ (directions with no energy are dropped to zero rather than blown up)
    const t = new Float64Array(l * l);
    for (let j = 0; j < l; j++) {
      const inv = values[j]! > maxVal * 1e-12 ? 1 / Math.sqrt(values[j]!) : 0;
      for (let i = 0; i < l; i++) t[i * l + j] = vectors[i * l + j]! * inv;
    }
    a.set(mulSmall(a, n, l, t, l));
  }
}

/**
 * AᵀA of a (n×l, row-major), four rows of A per pass over the l×l result: the result's entries are
 * loaded and stored once for four products instead of once for each (the kernels here are bound by
 * those stores, not by the multiplications).
 */
function gram(a: Float64Array, n: number, l: number): Float64Array {
  const g = new Float64Array(l * l);
  let r = 0;
  for (; r + 3 < n; r += 4) {
    const o0 = r * l;
    const o1 = o0 + l;
    const o2 = o1 + l;
    const o3 = o2 + l;
    for (let i = 0; i < l; i++) {
      const a0 = a[o0 + i]!;
      const a1 = a[o1 + i]!;
      const a2 = a[o2 + i]!;
      const a3 = a[o3 + i]!;
      const gi = i * l;
      for (let j = i; j < l; j++) g[gi + j]! += a0 * a[o0 + j]! + a1 * a[o1 + j]! + a2 * a[o2 + j]! + a3 * a[o3 + j]!;
    }
  }
  for (; r < n; r++) {
    const o = r * l;
    for (let i = 0; i < l; i++) {
      const ai = a[o + i]!;
      const gi = i * l;
      for (let j = i; j < l; j++) g[gi + j]! += ai * a[o + j]!;
    }
  }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) g[i * l + j] = g[j * l + i]!;
  return g;
}

/** A·T for a (n×l) and a small t (l×m), both row-major; four of T's rows per pass over each output row. */
function mulSmall(a: Float64Array, n: number, l: number, t: Float64Array, m: number): Float64Array {
  const out = new Float64Array(n * m);
  for (let r = 0; r < n; r++) {
    const o = r * l;
    const oo = r * m;
    let i = 0;
    for (; i + 3 < l; i += 4) {
      const a0 = a[o + i]!;
      const a1 = a[o + i + 1]!;
      const a2 = a[o + i + 2]!;
      const a3 = a[o + i + 3]!;
      const t0 = i * m;
      const t1 = t0 + m;
      const t2 = t1 + m;
      const t3 = t2 + m;
      for (let j = 0; j < m; j++) out[oo + j]! += a0 * t[t0 + j]! + a1 * t[t1 + j]! + a2 * t[t2 + j]! + a3 * t[t3 + j]!;
    }
    for (; i < l; i++) {
      const ai = a[o + i]!;
      const ti = i * m;
      for (let j = 0; j < m; j++) out[oo + j]! += ai * t[ti + j]!;
    }
  }
  return out;
}

/** Eigen-decomposition of a symmetric l×l matrix by cyclic Jacobi; returns values and column vectors. */
export function symmetricEigen(m: Float64Array, l: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(m);
  const v = new Float64Array(l * l);
  for (let i = 0; i < l; i++) v[i * l + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < l; p++) for (let q = p + 1; q < l; q++) off += a[p * l + q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < l; p++)
      for (let q = p + 1; q < l; q++) {
        const apq = a[p * l + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * l + q]! - a[p * l + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < l; k++) {
          const akp = a[k * l + p]!;
          const akq = a[k * l + q]!;
          a[k * l + p] = c * akp - s * akq;
          a[k * l + q] = s * akp + c * akq;
        }
        for (let k = 0; k < l; k++) {
          const apk = a[p * l + k]!;
          const aqk = a[q * l + k]!;
          a[p * l + k] = c * apk - s * aqk;
          a[q * l + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < l; k++) {
          const vkp = v[k * l + p]!;
          const vkq = v[k * l + q]!;
          v[k * l + p] = c * vkp - s * vkq;
          v[k * l + q] = s * vkp + c * vkq;
        }
      }
  }
  const values = new Float64Array(l);
  for (let i = 0; i < l; i++) values[i] = a[i * l + i]!;
  return { values, vectors: v };
}

export function randomizedSvd(x: Csr, dims: number, rng: Rng, oversample = 10, powerIterations = 2): LsaBasis {
  const d = Math.min(dims, x.rows - 1, x.cols - 1);
  const l = Math.max(1, Math.min(d + oversample, x.rows, x.cols));
  // Subspace iteration on XᵀX from the term side: only cols×l matrices are orthonormalised, and a
  // sample's vocabulary (a few thousand to 40k terms) is smaller than its rows.
  const omega = new Float64Array(x.cols * l);
  for (let i = 0; i < omega.length; i++) omega[i] = rng.gauss();
  let z = mulTransposeDense(x, mulDense(x, omega, l), l); // cols×l
  orthonormalise(z, x.cols, l, 1);
  for (let it = 0; it < powerIterations; it++) {
    z = mulTransposeDense(x, mulDense(x, z, l), l);
    orthonormalise(z, x.cols, l, it + 1 === powerIterations ? 2 : 1);
  }
  // B = X Z (rows×l); BᵀB = W Λ Wᵀ; X's right singular vectors ≈ Z W, singular values √λ
  const { values, vectors } = symmetricEigen(gram(mulDense(x, z, l), x.rows, l), l);
  const order = Array.from({ length: l }, (_, i) => i).sort((a, b) => values[b]! - values[a]!);
  // W's top d columns, largest first; basis = Z·W
  const w = new Float64Array(l * d);
  const singular = new Float64Array(d);
  for (let k = 0; k < d; k++) {
    const e = order[k]!;
    singular[k] = Math.sqrt(Math.max(values[e]!, 0));
    for (let i = 0; i < l; i++) w[i * d + k] = vectors[i * l + e]!;
  }
  const basis = Float32Array.from(mulSmall(z, x.cols, l, w, d));
  return { dims: d, basis, singular };
}
