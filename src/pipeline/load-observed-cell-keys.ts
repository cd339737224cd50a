import { bindCellKeySecret, cellKeySql } from '../indicators/index.ts';
import type { Store } from '../store/index.ts';
import type { EstimationList } from './load-capture-counts.ts';

/**
 * The cell keys of the estimate's registered numbers: the children any list saw over the whole
 * period and in each year of incident (the same children `loadCaptureCounts` counts), so disclosure
 * control perturbs them as it perturbs every other count of children.
 */
export async function loadObservedCellKeys(
  store: Store,
  lists: readonly EstimationList[],
  period: { readonly from: number; readonly to: number },
): Promise<{ readonly period: number; readonly years: Readonly<Record<string, number>> }> {
  const sources = [...new Set(lists.flatMap((l) => l.sources))].map((s) => `'${s.replaceAll("'", "''")}'`).join(', ');
  return store.session(async () => {
    await bindCellKeySecret(store);
    const rows = await store.all<{ year: number | null; cell_key: number }>(
      `WITH seen AS (
         SELECT DISTINCT l.cluster_id, CAST(year(coalesce(r.incident_date_from, r.registration_date)) AS INTEGER) AS year
         FROM registration_current r
         JOIN person_link l ON l.source = r.source AND l.person_id = r.victim_person_id
         WHERE r.source IN (${sources}) AND year(coalesce(r.incident_date_from, r.registration_date)) BETWEEN ? AND ?)
       SELECT year, ${cellKeySql(['cluster_id'])} AS cell_key FROM seen GROUP BY GROUPING SETS ((year), ())`,
      [period.from, period.to],
    );
    const years: Record<string, number> = {};
    let whole = 0;
    for (const { year, cell_key } of rows) {
      if (year === null) whole = Number(cell_key);
      else years[String(year)] = Number(cell_key);
    }
    return { period: whole, years };
  });
}
