import type { Store } from '../store/index.ts';

type Relation = { name: string; kind: 'table' | 'view'; columns: string };

/**
 * The store's tables and views with their columns, as the migrations leave them: read from DuckDB's
 * catalogue of a store just opened (`openStore(':memory:')` applies every migration), so the list in
 * docs/ARCHITECTURE.md cannot fall behind a new migration.
 */
export async function renderStoreTables(store: Store): Promise<string> {
  const relations = await store.all<Relation>(`
    SELECT t.table_name AS name, 'table' AS kind, string_agg(c.column_name, ', ' ORDER BY c.column_index) AS columns
    FROM duckdb_tables() t JOIN duckdb_columns() c USING (database_name, schema_name, table_name)
    WHERE t.database_name = current_database() AND t.schema_name = 'main' AND NOT t.internal AND NOT t.temporary
    GROUP BY t.table_name
    UNION ALL
    SELECT v.view_name, 'view', string_agg(c.column_name, ', ' ORDER BY c.column_index)
    FROM duckdb_views() v JOIN duckdb_columns() c ON c.database_name = v.database_name AND c.schema_name = v.schema_name AND c.table_name = v.view_name
    WHERE v.database_name = current_database() AND v.schema_name = 'main' AND NOT v.internal AND NOT v.temporary
    GROUP BY v.view_name
    ORDER BY kind, name`);
  const tables = relations.filter((r) => r.kind === 'table');
  const views = relations.filter((r) => r.kind === 'view');
  return [
    `${tables.length} tables and ${views.length} views.`,
    '',
    '| table | columns |',
    '|---|---|',
    ...relations.map((r) => `| \`${r.name}\`${r.kind === 'view' ? ' (view)' : ''} | ${r.columns} |`),
  ].join('\n');
}
