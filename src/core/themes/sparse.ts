/**
 * A sparse matrix in compressed rows (CSR), typed arrays only: 1M short texts hold about 10M
 * non-zeros, 80 MB here, where arrays of objects would take several times that.
 */
export interface Csr {
  rows: number;
  cols: number;
  /** rowPtr[i]..rowPtr[i+1] index the row's entries in col/val. */
  rowPtr: Int32Array;
  col: Int32Array;
  val: Float32Array;
}

/** Rows i of m, in the order given, as a new matrix. */
export function selectRows(m: Csr, rows: Int32Array): Csr {
  let nnz = 0;
  for (const r of rows) nnz += m.rowPtr[r + 1]! - m.rowPtr[r]!;
  const rowPtr = new Int32Array(rows.length + 1);
  const col = new Int32Array(nnz);
  const val = new Float32Array(nnz);
  let k = 0;
  rows.forEach((r, i) => {
    for (let p = m.rowPtr[r]!; p < m.rowPtr[r + 1]!; p++) {
      col[k] = m.col[p]!;
      val[k++] = m.val[p]!;
    }
    rowPtr[i + 1] = k;
  });
  return { rows: rows.length, cols: m.cols, rowPtr, col, val };
}

/** Y = M·B where B is dense cols×d (row-major); Y is rows×d row-major. */
export function mulDense(m: Csr, b: Float32Array | Float64Array, d: number): Float64Array {
  const y = new Float64Array(m.rows * d);
  for (let i = 0; i < m.rows; i++) {
    const yo = i * d;
    for (let p = m.rowPtr[i]!; p < m.rowPtr[i + 1]!; p++) {
      const v = m.val[p]!;
      const bo = m.col[p]! * d;
      for (let j = 0; j < d; j++) y[yo + j]! += v * b[bo + j]!;
    }
  }
  return y;
}

/** Z = Mᵀ·A where A is dense rows×d (row-major); Z is cols×d row-major. */
export function mulTransposeDense(m: Csr, a: Float32Array | Float64Array, d: number): Float64Array {
  const z = new Float64Array(m.cols * d);
  for (let i = 0; i < m.rows; i++) {
    const ao = i * d;
    for (let p = m.rowPtr[i]!; p < m.rowPtr[i + 1]!; p++) {
      const v = m.val[p]!;
      const zo = m.col[p]! * d;
      for (let j = 0; j < d; j++) z[zo + j]! += v * a[ao + j]!;
    }
  }
  return z;
}

/** Mᵀ in compressed rows (the columns of M become rows). */
export function transpose(m: Csr): Csr {
  const rowPtr = new Int32Array(m.cols + 1);
  for (let p = 0; p < m.col.length; p++) rowPtr[m.col[p]! + 1]!++;
  for (let c = 0; c < m.cols; c++) rowPtr[c + 1]! += rowPtr[c]!;
  const fill = rowPtr.slice(0, m.cols);
  const col = new Int32Array(m.col.length);
  const val = new Float32Array(m.col.length);
  for (let r = 0; r < m.rows; r++)
    for (let p = m.rowPtr[r]!; p < m.rowPtr[r + 1]!; p++) {
      const k = fill[m.col[p]!]!++;
      col[k] = r;
      val[k] = m.val[p]!;
    }
  return { rows: m.cols, cols: m.rows, rowPtr, col, val };
}
