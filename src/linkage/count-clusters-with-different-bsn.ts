import type { Store } from '../store/index.ts';

/**
 * The persons (clusters of `person_link`) whose records carry two or more different BSN tokens:
 * each is at least two people counted as one. The clustering refuses such merges, so this is 0
 * unless a reviewer joined records with different tokens; evaluations assert it.
 */
export async function countClustersWithDifferentBsn(store: Store): Promise<number> {
  const [row] = await store.all<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM (
       SELECT l.cluster_id FROM person_link l JOIN person_current p USING (source, person_id)
       WHERE nullif(p.link_bsn, '') IS NOT NULL
       GROUP BY l.cluster_id HAVING count(DISTINCT p.link_bsn) > 1)`,
  );
  return row?.n ?? 0;
}

/**
 * The BSN tokens whose records sit in two or more persons: one child counted twice although the
 * partners gave the same BSN. A merge of two clusters that share a token is never refused on the
 * other evidence, so this is only ever a pair scored below the threshold.
 */
export async function countBsnSplitOverPersons(store: Store): Promise<number> {
  const [row] = await store.all<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM (
       SELECT p.role, p.link_bsn FROM person_link l JOIN person_current p USING (source, person_id)
       WHERE nullif(p.link_bsn, '') IS NOT NULL
       GROUP BY p.role, p.link_bsn HAVING count(DISTINCT l.cluster_id) > 1)`,
  );
  return row?.n ?? 0;
}
