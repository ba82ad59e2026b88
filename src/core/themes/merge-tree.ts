/**
 * Over-clusters → a binary merge tree by average linkage. With unit vectors, the average cosine
 * between the members of two clusters is dot(sumA, sumB) / (nA·nB), so the tree is built from the
 * clusters' vector sums alone (O(L³) for L leaves, L ≤ a few hundred). Leaves are 0..L-1; node
 * L + j is the j-th merge. Cutting the tree at m themes undoes the last m − 1 merges.
 */
export interface TreeNode {
  id: number;
  /** Two children for a merge, none for a leaf. */
  children: number[];
  parent?: number;
  /** Texts under the node (weighted). */
  size: number;
  /** Average cosine between the two merged children (1 for a leaf): lower = a looser theme. */
  similarity: number;
}

export interface MergeTree {
  leaves: number;
  nodes: TreeNode[];
  root: number;
}

export function buildMergeTree(sums: Float32Array, sizes: Float64Array, leaves: number, d: number): MergeTree {
  const nodes: TreeNode[] = [];
  const vec: Float64Array[] = [];
  const size: number[] = [];
  const alive: number[] = [];
  for (let i = 0; i < leaves; i++) {
    nodes.push({ id: i, children: [], size: sizes[i]!, similarity: 1 });
    vec.push(Float64Array.from(sums.subarray(i * d, i * d + d)));
    size.push(sizes[i]!);
    if (sizes[i]! > 0) alive.push(i);
  }
  const dot = (a: Float64Array, b: Float64Array): number => {
    let s = 0;
    for (let j = 0; j < d; j++) s += a[j]! * b[j]!;
    return s;
  };
  const link = (a: number, b: number): number => dot(vec[a]!, vec[b]!) / (size[a]! * size[b]!);
  let root = alive[0] ?? 0;
  while (alive.length > 1) {
    let best = -Infinity;
    let ba = 0;
    let bb = 1;
    for (let i = 0; i < alive.length; i++)
      for (let j = i + 1; j < alive.length; j++) {
        const s = link(alive[i]!, alive[j]!);
        if (s > best) {
          best = s;
          ba = i;
          bb = j;
        }
      }
    const a = alive[ba]!;
    const b = alive[bb]!;
    const id = nodes.length;
    const v = new Float64Array(d);
    for (let j = 0; j < d; j++) v[j] = vec[a]![j]! + vec[b]![j]!;
    vec.push(v);
    size.push(size[a]! + size[b]!);
    nodes.push({ id, children: [a, b], size: size[a]! + size[b]!, similarity: best });
    nodes[a]!.parent = id;
    nodes[b]!.parent = id;
    alive.splice(bb, 1);
    alive[ba] = id;
    root = id;
  }
  return { leaves, nodes, root };
}

/** The nodes that stand as themes when the tree is cut into m of them (m ≥ 1). */
export function cutTree(tree: MergeTree, m: number): number[] {
  const merges = tree.nodes.length - tree.leaves;
  const keep = Math.max(1, Math.min(m, merges + 1));
  // undo the last keep − 1 merges, from the root down
  const out = new Set<number>([tree.root]);
  for (let id = tree.nodes.length - 1; id >= tree.leaves && out.size < keep; id--) {
    if (!out.has(id)) continue;
    out.delete(id);
    for (const c of tree.nodes[id]!.children) out.add(c);
  }
  return [...out].sort((a, b) => a - b);
}
