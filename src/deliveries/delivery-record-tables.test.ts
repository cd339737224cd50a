import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.ts';
import { migrations } from '../store/migrations.ts';

const dir = mkdtempSync(join(tmpdir(), 'zicht-record-tables-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Migration 9 drops the key index of the record tables (ingest guarantees and checks the key instead).
const withoutIndex = migrations.find((m) => m.name.startsWith('delivered records without a primary-key index'));

describe('the delivered record tables', () => {
  it('lose their key index but keep their rows and current views when migrated', async () => {
    expect(withoutIndex).toBeDefined();
    const path = join(dir, 'old.duckdb');
    // a store as it was before: every earlier migration applied, one delivery stored
    const instance = await DuckDBInstance.create(path);
    const connection = await instance.connect();
    await connection.run(
      'CREATE TABLE schema_migration (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)',
    );
    for (const m of migrations.filter((m) => m.id < (withoutIndex?.id ?? 0))) {
      await connection.run(m.sql);
      await connection.run('INSERT INTO schema_migration VALUES (?, ?, now())', [m.id, m.name]);
    }
    await connection.run(
      "INSERT INTO delivery VALUES ('d1', 'police', 'person', '2023', 'p.csv', 'csv', 'h', '1', now(), 1, 1, 0, 'active', NULL, now())",
    );
    await connection.run(
      "INSERT INTO person VALUES ('d1', 'police', 'P1', 'victim', 'F', '2010-01', NULL, NULL, NULL, NULL)",
    );
    connection.closeSync();
    instance.closeSync();

    const store = await openStore(path);
    expect(await store.all('SELECT source, person_id FROM person_current')).toEqual([
      { source: 'police', person_id: 'P1' },
    ]);
    const keys = await store.all<{ table_name: string }>(
      "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY' AND table_name IN ('registration', 'person', 'case_event')",
    );
    expect(keys).toEqual([]);
    const views = await store.all<{ view_name: string }>(
      "SELECT view_name FROM duckdb_views() WHERE view_name LIKE '%_current' ORDER BY 1",
    );
    expect(views.map((v) => v.view_name)).toEqual(['case_event_current', 'person_current', 'registration_current']);
    store.close();
  });
});
