import type { Store } from '../store/index.ts';
import { clusterByTokens } from './cluster-by-tokens.ts';

export type LinkageSummary = {
  readonly method: 'exact';
  readonly records: number;
  readonly clusters: { readonly victim: number; readonly suspect: number };
};

/**
 * Links the stored persons of every source on their exact tokens (BSN token, name + date-of-birth
 * token), victims and suspects apart, and replaces the stored clusters in one transaction.
 */
export async function linkPersons(store: Store): Promise<LinkageSummary> {
  const rows = await store.all<{ source: string; person_id: string; role: string; link_bsn: string | null; link_name_dob: string | null }>(
    'SELECT source, person_id, role, link_bsn, link_name_dob FROM person_current ORDER BY source, person_id',
  );
  const links: [string, string, string, string][] = [];
  const clusters = { victim: 0, suspect: 0 };
  for (const role of ['victim', 'suspect'] as const) {
    const ofRole = rows.filter((r) => r.role === role);
    const byKey = clusterByTokens(ofRole.map((r) => ({ key: `${r.source}/${r.person_id}`, tokens: [r.link_bsn, r.link_name_dob] })));
    clusters[role] = new Set(byKey.values()).size;
    for (const r of ofRole) links.push([r.source, r.person_id, `${role}:${byKey.get(`${r.source}/${r.person_id}`)}`, 'exact']);
  }
  await store.run('CREATE OR REPLACE TEMP TABLE stage_person_link (source VARCHAR, person_id VARCHAR, cluster_id VARCHAR, method VARCHAR)');
  await store.append('stage_person_link', links);
  await store.transaction(async () => {
    await store.run('DELETE FROM person_link');
    await store.run('INSERT INTO person_link SELECT * FROM stage_person_link');
  });
  return { method: 'exact', records: rows.length, clusters };
}
