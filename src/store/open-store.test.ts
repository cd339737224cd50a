import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from './migrations.ts';
import { openStore } from './open-store.ts';

const dirs: string[] = [];
const tempDb = () => {
  const dir = mkdtempSync(join(tmpdir(), 'zicht-store-'));
  dirs.push(dir);
  return join(dir, 'nested', 'zicht.duckdb');
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('openStore', () => {
  it('creates the file, applies every migration once, and reopens without reapplying', async () => {
    const path = tempDb();
    const first = await openStore(path);
    const applied = await first.all<{ id: number }>('SELECT id FROM schema_migration ORDER BY id');
    expect(applied.map((r) => r.id)).toEqual(migrations.map((m) => m.id));
    await first.run("INSERT INTO pipeline_output VALUES ('r1', 'x', now(), 1, 's', '{}')");
    first.close();
    const again = await openStore(path);
    expect(await again.all('SELECT count(*) AS n FROM schema_migration')).toEqual([{ n: migrations.length }]);
    expect(await again.all('SELECT run_id FROM pipeline_output')).toEqual([{ run_id: 'r1' }]);
    again.close();
  });

  it('rolls back the whole transaction when work inside it fails', async () => {
    const store = await openStore(tempDb());
    await store.run('CREATE TABLE t (x INTEGER)');
    await expect(
      store.transaction(async () => {
        await store.run('INSERT INTO t VALUES (1)');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.all('SELECT count(*) AS n FROM t')).toEqual([{ n: 0 }]);
    store.close();
  });

  it('bulk-appends rows with nulls, numbers and booleans', async () => {
    const store = await openStore(tempDb());
    await store.run('CREATE TEMP TABLE s (a VARCHAR, b BIGINT, c BOOLEAN, d DOUBLE)');
    const n = await store.append('s', [
      ['x', 1, true, 0.5],
      [null, null, false, null],
    ]);
    expect(n).toBe(2);
    expect(await store.all('SELECT * FROM s ORDER BY a NULLS LAST')).toEqual([
      { a: 'x', b: 1, c: true, d: 0.5 },
      { a: null, b: null, c: false, d: null },
    ]);
    store.close();
  });
});
