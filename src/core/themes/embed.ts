import { type Rng, sampleIndices } from './random';
import { type Csr, mulTransposeDense, selectRows, transpose } from './sparse';
import { randomizedSvd } from './svd';

/**
 * LSA: TF-IDF rows → dense unit vectors of `dims` dimensions. The basis is fitted on a sample of rows
 * (fitting on 20k of StackOverflow's 20k or on 50k of a million gives the same themes, and the cost
 * of the fit then no longer grows with the corpus); every row is then projected with one sparse product.
 */
export interface Embedding {
  dims: number;
  /** rows×dims, row-major, unit rows (an empty row stays zero). */
  vectors: Float32Array;
}

/**
 * The sample's rows with only the columns it uses, renumbered: a term absent from the sample gets a
 * zero basis row anyway, and the SVD's cost grows with the columns it orthonormalises (a 20k sample of
 * a million texts uses about a third of the vocabulary).
 */
function compactColumns(m: Csr): { x: Csr; used: Int32Array } {
  const newCol = new Int32Array(m.cols).fill(-1);
  const usedList: number[] = [];
  for (let p = 0; p < m.col.length; p++) {
    const c = m.col[p]!;
    if (newCol[c]! < 0) {
      newCol[c] = usedList.length;
      usedList.push(c);
    }
  }
  const col = new Int32Array(m.col.length);
  for (let p = 0; p < m.col.length; p++) col[p] = newCol[m.col[p]!]!;
  return { x: { rows: m.rows, cols: usedList.length, rowPtr: m.rowPtr, col, val: m.val }, used: Int32Array.from(usedList) };
}

/**
 * The top right singular vectors V (cols×d) of the sample. The SVD's cost is in orthonormalising
 * (side)×l matrices, so it runs on the smaller side: with fewer rows than terms (a sample of varied
 * short texts has about twice as many), it finds U from Xᵀ and then V = XᵀU·Σ⁻¹.
 */
function termBasis(sample: Csr, dims: number, rng: Rng): { basis: Float32Array; dims: number } {
  if (sample.rows >= sample.cols) return randomizedSvd(sample, dims, rng);
  const { basis: u, dims: d, singular } = randomizedSvd(transpose(sample), dims, rng);
  const v = mulTransposeDense(sample, u, d);
  for (let c = 0; c < sample.cols; c++) for (let j = 0; j < d; j++) v[c * d + j] = singular[j]! > 0 ? v[c * d + j]! / singular[j]! : 0;
  return { basis: Float32Array.from(v), dims: d };
}

export function lsaEmbed(x: Csr, dims: number, sampleSize: number, rng: Rng): Embedding {
  const { x: sample, used } = compactColumns(selectRows(x, sampleIndices(x.rows, sampleSize, rng)));
  const { basis: fitted, dims: d } = termBasis(sample, dims, rng);
  // coordinates are X·V = U·Σ (classic LSA): the basis rows of the terms the sample used, zero elsewhere
  const basis = new Float32Array(x.cols * d);
  for (let i = 0; i < used.length; i++) basis.set(fitted.subarray(i * d, i * d + d), used[i]! * d);
  const vectors = new Float32Array(x.rows * d);
  const row = new Float64Array(d);
  for (let i = 0; i < x.rows; i++) {
    row.fill(0);
    for (let p = x.rowPtr[i]!; p < x.rowPtr[i + 1]!; p++) {
      const v = x.val[p]!;
      const o = x.col[p]! * d;
      for (let j = 0; j < d; j++) row[j]! += v * basis[o + j]!;
    }
    let s = 0;
    for (let j = 0; j < d; j++) s += row[j]! * row[j]!;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let j = 0; j < d; j++) vectors[i * d + j] = row[j]! * inv;
  }
  return { dims: d, vectors };
}
