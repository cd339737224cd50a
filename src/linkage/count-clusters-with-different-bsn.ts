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
