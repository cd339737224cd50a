import type { Store } from '../store/index.ts';
import { EditionError } from './edition-error.ts';

export type EditionPeriod = { readonly from: number; readonly to: number };

export type Edition = {
  readonly id: string;
  readonly title: string;
  readonly period: EditionPeriod;
  readonly createdAt: string;
  readonly deliveryIds: readonly string[];
};

const editionIdPattern = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * Fixes a period and freezes what the monitor of that period is made of: the delivery versions
 * current now, the linkage clusters and the latest estimate and linkage outputs of the pipeline.
 * Later corrections, roll-backs and re-linking do not change the edition. One transaction.
 */
export async function createEdition(
  store: Store,
  options: { readonly id: string; readonly period: EditionPeriod; readonly title: string },
  now: () => Date = () => new Date(),
): Promise<Edition> {
  const { id, period, title } = options;
  if (!editionIdPattern.test(id))
    throw new EditionError(`edition id "${id}": use lower-case letters, digits and hyphens (e.g. 2018-2025)`);
  if (period.to < period.from)
    throw new EditionError(`edition ${id}: the period ends (${period.to}) before it starts (${period.from})`);
  const existing = await store.all('SELECT 1 FROM edition WHERE edition_id = ?', [id]);
  if (existing.length > 0)
    throw new EditionError(`edition ${id} exists already; an edition is never changed — choose a new id`);
  const deliveries = await store.all<{ delivery_id: string }>(
    "SELECT delivery_id FROM delivery WHERE status = 'active' ORDER BY delivery_id",
  );
  if (deliveries.length === 0)
    throw new EditionError(
      'there are no current deliveries to freeze: ingest deliveries (or run `zicht pipeline`) first',
    );
  const estimate = await latestOutput(store, 'estimate', period);
  const linkage = await latestOutput(store, 'link');
  const createdAt = now().toISOString();
  await store.transaction(async () => {
    await store.run('INSERT INTO edition VALUES (?, ?, ?, ?, ?, ?, ?)', [
      id,
      title,
      period.from,
      period.to,
      createdAt,
      estimate,
      linkage,
    ]);
    await store.run("INSERT INTO edition_delivery SELECT ?, delivery_id FROM delivery WHERE status = 'active'", [id]);
    await store.run(
      'INSERT INTO edition_person_link SELECT ?, source, person_id, cluster_id, method FROM person_link',
      [id],
    );
  });
  return { id, title, period, createdAt, deliveryIds: deliveries.map((d) => d.delivery_id) };
}

/** The latest output of a pipeline stage as JSON text ('null' when there is none), the estimate for the same period only. */
async function latestOutput(store: Store, stage: string, period?: EditionPeriod): Promise<string> {
  const rows = await store.all<{ output: string }>(
    `SELECT CAST(output AS VARCHAR) AS output FROM pipeline_output WHERE stage = ? ${
      period
        ? "AND json_type(output) = 'OBJECT' AND CAST(output->>'$.period.from' AS INTEGER) = ? AND CAST(output->>'$.period.to' AS INTEGER) = ?"
        : ''
    } ORDER BY finished_at DESC LIMIT 1`,
    period ? [stage, period.from, period.to] : [stage],
  );
  return rows[0]?.output ?? 'null';
}

/** Reads an edition back; throws an EditionError naming the editions there are when it does not exist. */
export async function readEdition(store: Store, id: string): Promise<Edition> {
  const [row] = await store.all<{ title: string; year_from: number; year_to: number; created_at: string }>(
    'SELECT title, year_from, year_to, CAST(created_at AS VARCHAR) AS created_at FROM edition WHERE edition_id = ?',
    [id],
  );
  if (!row) {
    const known = (await store.all<{ edition_id: string }>('SELECT edition_id FROM edition ORDER BY edition_id')).map(
      (r) => r.edition_id,
    );
    throw new EditionError(
      `no edition ${id}${known.length ? `; there are: ${known.join(', ')}` : '; create one with `zicht edition create`'}`,
    );
  }
  const deliveries = await store.all<{ delivery_id: string }>(
    'SELECT delivery_id FROM edition_delivery WHERE edition_id = ? ORDER BY delivery_id',
    [id],
  );
  return {
    id,
    title: row.title,
    period: { from: row.year_from, to: row.year_to },
    createdAt: new Date(`${row.created_at.replace(' ', 'T')}Z`).toISOString(),
    deliveryIds: deliveries.map((d) => d.delivery_id),
  };
}
