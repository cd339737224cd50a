/** A record to link: its key and the exact-match tokens it carries (null when unknown). */
export type LinkableRecord = { readonly key: string; readonly tokens: readonly (string | null)[] };

/**
 * Exact-key linkage: records sharing any token (in the same token slot) are the same person,
 * transitively (union–find). Returns, per record key, the smallest key of its cluster, so that
 * cluster ids do not depend on input order.
 */
export function clusterByTokens(records: readonly LinkableRecord[]): Map<string, string> {
  const parent = records.map((_, i) => i);
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
  const firstWithToken = new Map<string, number>();
  records.forEach((record, i) => {
    record.tokens.forEach((token, slot) => {
      if (token === null) return;
      const slotted = `${slot}:${token}`;
      const first = firstWithToken.get(slotted);
      if (first === undefined) firstWithToken.set(slotted, i);
      else {
        const a = find(first);
        const b = find(i);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    });
  });
  const smallestKey = new Map<number, string>();
  records.forEach((record, i) => {
    const root = find(i);
    const current = smallestKey.get(root);
    if (current === undefined || record.key < current) smallestKey.set(root, record.key);
  });
  return new Map(records.map((record, i) => [record.key, smallestKey.get(find(i)) as string]));
}
