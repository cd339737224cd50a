/**
 * An accepted pair of record indices and its match weight (higher first when clustering); `partsAt`,
 * when the clustering is given `aggregate`, the row of `parts` that splits the weight by field.
 */
export type AcceptedPair = {
  readonly left: number;
  readonly right: number;
  readonly weight: number;
  readonly partsAt?: number;
};

/**
 * How one part of the weight counts across the scored pairs between two clusters: `mean` for what
 * describes the person (a name, a birth date: the records of one cluster are one person, so their
 * agreement with another record is one fact, however many records repeat it), `max` for what each
 * pair of records shares on its own (an incident both registered: sharing it with any record of the
 * other cluster is the evidence, not sharing it with the rest is not evidence against).
 */
export type PartAggregate = 'mean' | 'max';

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
  /**
   * Scored pairs below the acceptance threshold (their weights are mostly negative: evidence that
   * two records are different people). Given, a merge is refused when the weights of all scored
   * pairs between the two clusters, accepted and not, add up to zero or less: a record without BSN
   * or birth date that resembles two children whose own records disagree cannot chain them.
   */
  readonly evidence?: readonly AcceptedPair[];
  /**
   * With `evidence`: the weight of a merge is the prior (`prior`, the log odds every weight includes)
   * once plus, per part of the weights, the parts of the scored pairs between the two clusters
   * aggregated as given (a part that is 0, a field missing on one side, is left out of its mean).
   * Without it, the weights of those pairs are summed.
   */
  readonly aggregate?: readonly PartAggregate[];
  /** The parts of the pairs' weights, `aggregate.length` per row (a pair's row is its `partsAt`); the parts and the prior sum to the weight. */
  readonly parts?: Float32Array;
  readonly prior?: number;
};

export type Clustering = {
  /** Per record, the smallest record index of its cluster. */
  readonly roots: Int32Array;
  /**
   * Accepted pairs not applied: their clusters carried different keys, a reviewer's rejection, or
   * (with `evidence`) more weight against the merge than for it.
   */
  readonly refused: { readonly differentKey: number; readonly cannotLink: number; readonly outweighed: number };
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
  { cannotLink = [], mustLink = [], distinctKeys, evidence, aggregate, parts, prior = 0 }: ClusterConstraints = {},
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
  /** Both clusters carry a key and have one in common: the same person by that key, whatever else weighs. */
  const keysShared = (a: number, b: number): boolean => {
    const kb = new Set(keysOf(b));
    for (const k of keysOf(a)) if (kb.has(k)) return true;
    return false;
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
  const members = new Map<number, number[]>();
  const adjacency = evidence ? scoredNeighbours(records, [...pairs, ...evidence], aggregate?.length ?? 0, parts) : null;
  const partCount = aggregate?.length ?? 0;
  const partSum = new Float64Array(partCount);
  const partSeen = new Int32Array(partCount);
  /** The weight of the scored pairs between the clusters of roots a and b: summed, or by part (`aggregate`). */
  const crossWeight = (a: number, b: number): number => {
    if (!adjacency) return 1;
    const ma = members.get(a) ?? [a];
    const mb = members.get(b) ?? [b];
    const [small, other] = ma.length <= mb.length ? [ma, b] : [mb, a];
    let sum = 0;
    partSum.fill(0);
    partSeen.fill(0);
    for (const i of small) {
      for (let k = adjacency.offsets[i] as number; k < (adjacency.offsets[i + 1] as number); k++) {
        if (find(adjacency.neighbours[k] as number) !== other) continue;
        sum += adjacency.weights[k] as number;
        for (let p = 0; p < partCount; p++) {
          const value = adjacency.parts[k * partCount + p] as number;
          if (value === 0) continue;
          const seen = partSeen[p] as number;
          partSum[p] =
            aggregate?.[p] === 'max'
              ? seen === 0
                ? value
                : Math.max(partSum[p] as number, value)
              : (partSum[p] as number) + value;
          partSeen[p] = seen + 1;
        }
      }
    }
    if (!aggregate) return sum;
    let weight = prior;
    for (let p = 0; p < partCount; p++) {
      const seen = partSeen[p] as number;
      if (seen > 0) weight += aggregate[p] === 'max' ? (partSum[p] as number) : (partSum[p] as number) / seen;
    }
    return weight;
  };
  const joinMembers = (a: number, b: number) => {
    if (!adjacency) return;
    const root = Math.min(a, b);
    const child = Math.max(a, b);
    const joined = [...(members.get(root) ?? [root]), ...(members.get(child) ?? [child])];
    members.set(root, joined);
    members.delete(child);
  };
  const refused = { differentKey: 0, cannotLink: 0, outweighed: 0 };
  for (const [left, right] of mustLink) {
    const a = find(left);
    const b = find(right);
    if (a === b) continue;
    if (rejected(a, b)) refused.cannotLink++;
    else {
      joinMembers(a, b);
      union(a, b);
    }
  }
  const ordered = [...pairs].sort((x, y) => y.weight - x.weight || x.left - y.left || x.right - y.right);
  for (const { left, right } of ordered) {
    const a = find(left);
    const b = find(right);
    if (a === b) continue;
    if (rejected(a, b)) refused.cannotLink++;
    else if (keysConflict(a, b)) refused.differentKey++;
    else if (!keysShared(a, b) && crossWeight(a, b) <= 0) refused.outweighed++;
    else {
      joinMembers(a, b);
      union(a, b);
    }
  }
  const roots = new Int32Array(records);
  for (let i = 0; i < records; i++) roots[i] = find(i);
  return { roots, refused };
}

/** Each record's scored partners and weights, as offsets into flat arrays (both directions). */
function scoredNeighbours(
  records: number,
  pairs: readonly AcceptedPair[],
  partCount: number,
  table: Float32Array | undefined,
): { offsets: Int32Array; neighbours: Int32Array; weights: Float64Array; parts: Float32Array } {
  const offsets = new Int32Array(records + 1);
  for (const p of pairs) {
    offsets[p.left + 1] = (offsets[p.left + 1] as number) + 1;
    offsets[p.right + 1] = (offsets[p.right + 1] as number) + 1;
  }
  for (let i = 0; i < records; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, records);
  const neighbours = new Int32Array(2 * pairs.length);
  const weights = new Float64Array(2 * pairs.length);
  const parts = new Float32Array(2 * pairs.length * partCount);
  for (const p of pairs) {
    for (const [from, to] of [
      [p.left, p.right],
      [p.right, p.left],
    ] as const) {
      const at = fill[from] as number;
      neighbours[at] = to;
      weights[at] = p.weight;
      if (table && p.partsAt !== undefined)
        parts.set(table.subarray(p.partsAt * partCount, (p.partsAt + 1) * partCount), at * partCount);
      fill[from] = at + 1;
    }
  }
  return { offsets, neighbours, weights, parts };
}
