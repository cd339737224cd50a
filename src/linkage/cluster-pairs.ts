/** An accepted pair of record indices and its match weight (higher first when clustering). */
export type AcceptedPair = { readonly left: number; readonly right: number; readonly weight: number };

/**
 * Connected components of the accepted pairs, strongest first, never joining two records a reviewer
 * said are different people (`cannotLink`), even transitively. Returns each record's root index
 * (the smallest index in its cluster).
 */
export function clusterPairs(
  records: number,
  pairs: readonly AcceptedPair[],
  cannotLink: readonly (readonly [number, number])[] = [],
): Int32Array {
  const parent = Int32Array.from({ length: records }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) {
      const next = parent[i] as number;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const forbidden = new Map<number, Set<number>>();
  for (const [a, b] of cannotLink) {
    if (!forbidden.has(a)) forbidden.set(a, new Set());
    if (!forbidden.has(b)) forbidden.set(b, new Set());
    forbidden.get(a)?.add(b);
    forbidden.get(b)?.add(a);
  }
  const ordered = [...pairs].sort((x, y) => y.weight - x.weight || x.left - y.left || x.right - y.right);
  for (const { left, right } of ordered) {
    const a = find(left);
    const b = find(right);
    if (a === b) continue;
    const fa = forbidden.get(a);
    const fb = forbidden.get(b);
    if (fa && fb && [...fa].some((x) => find(x) === b)) continue;
    const [root, child] = a < b ? [a, b] : [b, a];
    parent[child] = root;
    const fc = forbidden.get(child);
    if (fc) {
      const fr = forbidden.get(root) ?? new Set<number>();
      for (const x of fc) fr.add(x);
      forbidden.set(root, fr);
    }
  }
  const roots = new Int32Array(records);
  for (let i = 0; i < records; i++) roots[i] = find(i);
  return roots;
}
