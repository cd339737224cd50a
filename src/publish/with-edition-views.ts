import type { Store } from '../store/index.ts';

/**
 * Runs `work` with temporary views that shadow the current-version views, the linkage and the
 * pipeline outputs by what the edition froze (DuckDB resolves the temp schema first), so the
 * indicator SQL runs unchanged over the edition. The views live on a connection held for `work`
 * alone (`store.session`): every other request, and another edition's preview running at the same
 * time, sees its own tables. They are dropped afterwards, also on error.
 */
export async function withEditionViews<T>(store: Store, editionId: string, work: () => Promise<T>): Promise<T> {
  const id = `'${editionId.replaceAll("'", "''")}'`;
  const frozen = (table: string) =>
    `SELECT t.* FROM main.${table} t JOIN main.edition_delivery d ON d.delivery_id = t.delivery_id AND d.edition_id = ${id}`;
  const views: readonly [string, string][] = [
    ['registration_current', frozen('registration')],
    ['person_current', frozen('person')],
    ['case_event_current', frozen('case_event')],
    [
      'person_link',
      `SELECT source, person_id, cluster_id, method FROM main.edition_person_link WHERE edition_id = ${id}`,
    ],
    [
      'pipeline_output',
      `SELECT 'edition ' || edition_id AS run_id, 'estimate' AS stage, created_at AS finished_at, 0 AS duration_ms, '' AS summary, estimate AS output
       FROM main.edition WHERE edition_id = ${id}`,
    ],
  ];
  return store.session(async () => {
    for (const [name, sql] of views) await store.run(`CREATE OR REPLACE TEMP VIEW ${name} AS ${sql}`);
    try {
      return await work();
    } finally {
      for (const [name] of [...views].reverse()) await store.run(`DROP VIEW IF EXISTS temp.${name}`);
    }
  });
}
