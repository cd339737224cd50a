import type { EditionPeriod } from './create-edition.ts';
import type { Store } from '../store/index.ts';
import type { SiteManifest } from './publish-to-site.ts';

export type EditionListItem = {
  readonly id: string;
  readonly title: string;
  readonly period: EditionPeriod;
  readonly createdAt: string;
  /** How many delivery versions the edition froze. */
  readonly deliveries: number;
  /** When the edition now on the public site was published; null for every other edition. */
  readonly publishedAt: string | null;
};

/**
 * Every edition, newest first, with the count of delivery versions it froze and whether it is the
 * one on the public site.
 */
export async function listEditions(store: Store, onSite: SiteManifest | null): Promise<EditionListItem[]> {
  const rows = await store.all<{
    edition_id: string;
    title: string;
    year_from: number;
    year_to: number;
    created_at: string;
    deliveries: number;
  }>(
    `SELECT e.edition_id, e.title, e.year_from, e.year_to, CAST(e.created_at AS VARCHAR) AS created_at, count(d.delivery_id) AS deliveries
     FROM edition e LEFT JOIN edition_delivery d ON d.edition_id = e.edition_id
     GROUP BY e.edition_id, e.title, e.year_from, e.year_to, e.created_at ORDER BY e.created_at DESC, e.edition_id`,
  );
  return rows.map((r) => ({
    id: r.edition_id,
    title: r.title,
    period: { from: r.year_from, to: r.year_to },
    createdAt: new Date(`${r.created_at.replace(' ', 'T')}Z`).toISOString(),
    deliveries: Number(r.deliveries),
    publishedAt: onSite?.editionId === r.edition_id ? onSite.publishedAt : null,
  }));
}
