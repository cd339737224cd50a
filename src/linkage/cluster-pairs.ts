/** An accepted pair of record indices and its match weight (higher first when clustering). */
export type AcceptedPair = { readonly left: number; readonly right: number; readonly weight: number };

export type ClusterConstraints = {
  /** Pairs a reviewer said are different people: never in one cluster, not even through others. */
  readonly cannotLink?: readonly (readonly [number, number])[];
  /** Pairs a reviewer said are the same person: joined first, whatever their keys (not against `cannotLink`). */
  readonly mustLink?: readonly (readonly [number, number])[];
  /**
   * Per record, a key two different people never share (the BSN token), or null when the record has
   * none. A merge of two clusters that each carry keys, none in common, is refused.
   */
  readonly distinctKeys?: readonly (string | null)[];
};

export type Clustering = {
  /** Per record, the smallest record index of its cluster. */
  readonly roots: Int32Array;
  /** Accepted pairs not applied: their clusters carried different keys, or a reviewer's rejection. */
  readonly refused: { readonly differentKey: number; readonly cannotLink: number };
};

/**
 * Clusters of the accepted pairs, merged strongest first (union–find), refusing a merge that would
 * put two records a reviewer rejected in one cluster, or two different `distinctKeys` (a cluster that
 * carries a BSN token never takes in one carrying another). Because the strongest pairs are merged
 * first, a chain A–B–C whose ends carry different keys is cut at its weakest link: the stronger pair
 * joins, and the weaker one then meets a cluster with a key of its own and is refused. This is greedy:
 * it never undoes a merge, so it does not find the split with the most total weight, and records
 * without a key can still join two people whose other records carry none.
 */
export function clusterPairs(
  records: number,
  pairs: readonly AcceptedPair[],
  { cannotLink = [], mustLink = [], distinctKeys }: ClusterConstraints = {},
): Clustering {
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
  // each root's key as an interned number (-1: none); a root holds several only through a reviewer's must-link
  const key = new Int32Array(records).fill(-1);
  const several = new Map<number, Set<number>>();
  if (distinctKeys) {
    const interned = new Map<string, number>();
    for (let i = 0; i < records; i++) {
      const k = distinctKeys[i];
      if (k === null || k === undefined || k === '') continue;
      if (!interned.has(k)) interned.set(k, interned.size);
      key[i] = interned.get(k) as number;
    }
  }
  const keysOf = (root: number): ReadonlySet<number> | readonly number[] =>
    several.get(root) ?? (key[root] === -1 ? [] : [key[root] as number]);
  const keysConflict = (a: number, b: number): boolean => {
    const sa = several.get(a);
    const sb = several.get(b);
    if (!sa && !sb) return key[a] !== -1 && key[b] !== -1 && key[a] !== key[b];
    const ka = keysOf(a);
    const kb = new Set(keysOf(b));
    if (kb.size === 0) return false;
    let any = false;
    for (const k of ka) {
      any = true;
      if (kb.has(k)) return false;
    }
    return any;
  };
  const rejected = (a: number, b: number): boolean => {
    const fa = forbidden.get(a);
    return fa !== undefined && forbidden.has(b) && [...fa].some((x) => find(x) === b);
  };
  const union = (a: number, b: number) => {
    const [root, child] = a < b ? [a, b] : [b, a];
    parent[child] = root;
    const fc = forbidden.get(child);
    if (fc) {
      const fr = forbidden.get(root) ?? new Set<number>();
      for (const x of fc) fr.add(x);
      forbidden.set(root, fr);
    }
    const kr = key[root] as number;
    const kc = key[child] as number;
    if (!several.has(root) && !several.has(child) && (kr === -1 || kc === -1 || kr === kc)) {
      if (kr === -1) key[root] = kc;
    } else {
      several.set(root, new Set([...keysOf(root), ...keysOf(child)]));
      several.delete(child);
    }
  };
  const refused = { differentKey: 0, cannotLink: 0 };
  for (const [left, right] of mustLink) {
    const a = find(left);
    const b = find(right);
    if (a === b) continue;
    if (rejected(a, b)) refused.cannotLink++;
    else union(a, b);
  }
  const ordered = [...pairs].sort((x, y) => y.weight - x.weight || x.left - y.left || x.right - y.right);
  for (const { left, right } of ordered) {
    const a = find(left);
    const b = find(right);
    if (a === b) continue;
    if (rejected(a, b)) refused.cannotLink++;
    else if (keysConflict(a, b)) refused.differentKey++;
    else union(a, b);
  }
  const roots = new Int32Array(records);
  for (let i = 0; i < records; i++) roots[i] = find(i);
  return { roots, refused };
}
