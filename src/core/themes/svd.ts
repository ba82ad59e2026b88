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
 * of the small Gram matrix AᵀA, done twice (as CholeskyQR2) for accuracy. It reads A row by row, where
 * Gram–Schmidt over columns strides through memory: 4× faster at 20k×110 here.
 */
function orthonormalise(a: Float64Array, n: number, l: number): void {
  for (let pass = 0; pass < 2; pass++) {
    const g = new Float64Array(l * l);
    for (let r = 0; r < n; r++) {
      const o = r * l;
      for (let i = 0; i < l; i++) {
        const ai = a[o + i]!;
        if (ai === 0) continue;
        const gi = i * l;
        for (let j = i; j < l; j++) g[gi + j]! += ai * a[o + j]!;
      }
    }
    for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) g[i * l + j] = g[j * l + i]!;
    const { values, vectors } = symmetricEigen(g, l);
    const maxVal = Math.max(...values);
    // T = V Λ^-½ (directions with no energy are dropped to zero rather than blown up)
    const t = new Float64Array(l * l);
    for (let j = 0; j < l; j++) {
      const inv = values[j]! > maxVal * 1e-12 ? 1 / Math.sqrt(values[j]!) : 0;
      for (let i = 0; i < l; i++) t[i * l + j] = vectors[i * l + j]! * inv;
    }
    const row = new Float64Array(l);
    for (let r = 0; r < n; r++) {
      const o = r * l;
      row.fill(0);
      for (let i = 0; i < l; i++) {
        const ai = a[o + i]!;
        if (ai === 0) continue;
        const ti = i * l;
        for (let j = 0; j < l; j++) row[j]! += ai * t[ti + j]!;
      }
      a.set(row, o);
    }
  }
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
  orthonormalise(z, x.cols, l);
  for (let it = 0; it < powerIterations; it++) {
    z = mulTransposeDense(x, mulDense(x, z, l), l);
    orthonormalise(z, x.cols, l);
  }
  // B = X Z (rows×l); BᵀB = W Λ Wᵀ; X's right singular vectors ≈ Z W, singular values √λ
  const bm = mulDense(x, z, l);
  const g = new Float64Array(l * l);
  for (let r = 0; r < x.rows; r++) {
    const o = r * l;
    for (let i = 0; i < l; i++) {
      const bi = bm[o + i]!;
      if (bi === 0) continue;
      for (let j = i; j < l; j++) g[i * l + j]! += bi * bm[o + j]!;
    }
  }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) g[i * l + j] = g[j * l + i]!;
  const { values, vectors } = symmetricEigen(g, l);
  const order = Array.from({ length: l }, (_, i) => i).sort((a, b) => values[b]! - values[a]!);
  const basis = new Float32Array(x.cols * d);
  const singular = new Float64Array(d);
  for (let k = 0; k < d; k++) {
    const e = order[k]!;
    singular[k] = Math.sqrt(Math.max(values[e]!, 0));
    for (let c = 0; c < x.cols; c++) {
      let s = 0;
      for (let i = 0; i < l; i++) s += z[c * l + i]! * vectors[i * l + e]!;
      basis[c * d + k] = s;
    }
  }
  return { dims: d, basis, singular };
}
