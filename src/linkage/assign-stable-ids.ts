/**
 * Cluster ids that survive a re-run: each new cluster takes the previous id held by most of its
 * members (an id goes to one cluster only, the one with most of its members; ties to the smaller id),
 * and a cluster without a previous id gets `fresh(smallest member key)`. `keys[i]` is record i's
 * key, `roots[i]` its cluster, `previous` the ids of the last run.
 */
export function assignStableIds(
  keys: readonly string[],
  roots: Int32Array,
  previous: ReadonlyMap<string, string>,
  fresh: (key: string) => string,
): string[] {
  const votes = new Map<string, number>();
  const smallest = new Map<number, string>();
  keys.forEach((key, i) => {
    const root = roots[i] as number;
    const current = smallest.get(root);
    if (current === undefined || key < current) smallest.set(root, key);
    const old = previous.get(key);
    if (old !== undefined) votes.set(`${root}\u0000${old}`, (votes.get(`${root}\u0000${old}`) ?? 0) + 1);
  });
  const candidates = [...votes].map(([k, n]) => {
    const [root, old] = k.split('\u0000') as [string, string];
    return { root: Number(root), old, n };
  });
  candidates.sort((a, b) => b.n - a.n || (a.old < b.old ? -1 : a.old > b.old ? 1 : a.root - b.root));
  const idOfRoot = new Map<number, string>();
  const taken = new Set<string>();
  for (const c of candidates) {
    if (idOfRoot.has(c.root) || taken.has(c.old)) continue;
    idOfRoot.set(c.root, c.old);
    taken.add(c.old);
  }
  for (const [root, key] of smallest) {
    if (idOfRoot.has(root)) continue;
    let id = fresh(key);
    for (let n = 2; taken.has(id); n++) id = `${fresh(key)}~${n}`;
    idOfRoot.set(root, id);
    taken.add(id);
  }
  return keys.map((_, i) => idOfRoot.get(roots[i] as number) as string);
}
