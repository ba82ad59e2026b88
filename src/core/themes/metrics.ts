/**
 * Agreement between found clusters and known labels, as the short-text clustering papers report
 * them: NMI (arithmetic-mean normalisation, as scikit-learn), accuracy under the best one-to-one
 * matching of clusters to labels (Hungarian algorithm), and the adjusted Rand index. Any integer may
 * name a cluster (unclassified = -1 counts as one more cluster).
 */
interface Contingency {
  table: number[][];
  rowSums: number[];
  colSums: number[];
  n: number;
}

function contingency(labels: readonly number[], clusters: readonly number[]): Contingency {
  if (labels.length !== clusters.length) throw new Error('labels and clusters differ in length');
  const li = new Map<number, number>();
  const ci = new Map<number, number>();
  for (const l of labels) if (!li.has(l)) li.set(l, li.size);
  for (const c of clusters) if (!ci.has(c)) ci.set(c, ci.size);
  const table = Array.from({ length: li.size }, () => new Array<number>(ci.size).fill(0));
  for (let i = 0; i < labels.length; i++) table[li.get(labels[i]!)!]![ci.get(clusters[i]!)!]!++;
  const rowSums = table.map((r) => r.reduce((a, b) => a + b, 0));
  const colSums = Array.from({ length: ci.size }, (_, j) => table.reduce((a, r) => a + r[j]!, 0));
  return { table, rowSums, colSums, n: labels.length };
}

const entropy = (counts: readonly number[], n: number): number => counts.reduce((h, c) => (c > 0 ? h - (c / n) * Math.log(c / n) : h), 0);

export function nmi(labels: readonly number[], clusters: readonly number[]): number {
  const { table, rowSums, colSums, n } = contingency(labels, clusters);
  if (n === 0) return 1;
  let mi = 0;
  table.forEach((row, i) =>
    row.forEach((nij, j) => {
      if (nij > 0) mi += (nij / n) * Math.log((n * nij) / (rowSums[i]! * colSums[j]!));
    }),
  );
  const h = (entropy(rowSums, n) + entropy(colSums, n)) / 2;
  // both partitions a single block: identical, by convention 1
  return h === 0 ? 1 : Math.max(0, mi / h);
}

const choose2 = (x: number): number => (x * (x - 1)) / 2;

export function adjustedRandIndex(labels: readonly number[], clusters: readonly number[]): number {
  const { table, rowSums, colSums, n } = contingency(labels, clusters);
  const index = table.reduce((s, row) => s + row.reduce((t, x) => t + choose2(x), 0), 0);
  const a = rowSums.reduce((s, x) => s + choose2(x), 0);
  const b = colSums.reduce((s, x) => s + choose2(x), 0);
  const expected = (a * b) / choose2(n);
  const max = (a + b) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

/**
 * Minimum-cost assignment of rows to columns (rows ≤ columns), Hungarian algorithm with potentials,
 * O(rows² × columns). Returns, for each row, its column.
 */
export function hungarian(cost: readonly (readonly number[])[]): number[] {
  const n = cost.length;
  const m = n ? cost[0]!.length : 0;
  if (n > m) throw new Error('hungarian: more rows than columns');
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0); // p[j]: row (1-based) matched to column j
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++)
        if (!used[j]) {
          const cur = cost[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
          if (cur < minv[j]!) {
            minv[j] = cur;
            way[j] = j0;
          }
          if (minv[j]! < delta) {
            delta = minv[j]!;
            j1 = j;
          }
        }
      for (let j = 0; j <= m; j++)
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const rowOf = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j]! > 0) rowOf[p[j]! - 1] = j - 1;
  return rowOf;
}

/** Share of texts whose cluster maps to their label under the best one-to-one matching. */
export function hungarianAccuracy(labels: readonly number[], clusters: readonly number[]): number {
  const { table, n } = contingency(labels, clusters);
  if (n === 0) return 1;
  // rows = the smaller side; cost = −overlap
  const byLabel = table.length <= (table[0]?.length ?? 0);
  const mat = byLabel ? table : table[0]!.map((_, j) => table.map((r) => r[j]!));
  const match = hungarian(mat.map((r) => r.map((x) => -x)));
  let hit = 0;
  match.forEach((j, i) => (hit += j >= 0 ? mat[i]![j]! : 0));
  return hit / n;
}
