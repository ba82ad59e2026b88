import { type Rng, sampleIndices } from './random';
import { type Csr, selectRows } from './sparse';
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

export function lsaEmbed(x: Csr, dims: number, sampleSize: number, rng: Rng, sigmaPower = 1): Embedding {
  const sample = selectRows(x, sampleIndices(x.rows, sampleSize, rng));
  const { basis, dims: d, singular } = randomizedSvd(sample, dims, rng);
  // coordinates are U·Σ^sigmaPower (1 = classic LSA)
  if (sigmaPower !== 1)
    for (let c = 0; c < x.cols; c++)
      for (let j = 0; j < d; j++) basis[c * d + j]! *= singular[j]! > 0 ? singular[j]! ** (sigmaPower - 1) : 0;
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
