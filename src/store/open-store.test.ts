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
    await store.session(async () => {
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
    });
    store.close();
  });

  it('keeps a transaction to its own caller: another caller neither sees its rows nor loses its own when it rolls back', async () => {
    const store = await openStore(tempDb());
    await store.run('CREATE TABLE t (who VARCHAR, x INTEGER)');
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const failing = store.transaction(async () => {
      await store.run("INSERT INTO t VALUES ('a', 1)");
      await held; // another caller writes and commits meanwhile
      throw new Error('a fails');
    });
    await store.transaction(async () => {
      expect(await store.all("SELECT count(*) AS n FROM t WHERE who = 'a'")).toEqual([{ n: 0 }]);
      await store.run("INSERT INTO t VALUES ('b', 2)");
    });
    release();
    await expect(failing).rejects.toThrow('a fails');
    expect(await store.all('SELECT who, x FROM t')).toEqual([{ who: 'b', x: 2 }]);
    store.close();
  });

  it('gives each session its own TEMP tables under the same name, at the same time', async () => {
    const store = await openStore(tempDb());
    const sessionWith = (value: number) =>
      store.session(async () => {
        await store.run(`CREATE OR REPLACE TEMP TABLE staging AS SELECT ${value} AS v FROM range(${value})`);
        await new Promise((resolve) => setTimeout(resolve, 20)); // the other session replaces its own meanwhile
        return store.all<{ v: number; n: number }>('SELECT max(v) AS v, count(*)::INTEGER AS n FROM staging');
      });
    const [a, b] = await Promise.all([sessionWith(3), sessionWith(5)]);
    expect(a).toEqual([{ v: 3, n: 3 }]);
    expect(b).toEqual([{ v: 5, n: 5 }]);
    // and nothing of them is left for anyone else
    await expect(store.all('SELECT * FROM staging')).rejects.toThrow(/staging/);
    store.close();
  });

  it('runs work with one key in call order, one at a time, and other keys beside it', async () => {
    const store = await openStore(':memory:');
    const log: string[] = [];
    const step = (key: string, name: string, ms: number) =>
      store.serialise(key, async () => {
        log.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        log.push(`end ${name}`);
        if (name === 'a2') throw new Error('a2 fails');
        return name;
      });
    const results = await Promise.allSettled([
      step('a', 'a1', 30),
      step('a', 'a2', 5),
      step('a', 'a3', 5),
      step('b', 'b1', 5),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    // b1 ran while a1 was still running; a2 and a3 waited for a1, in order, and a2's failure did not stop a3
    expect(log.indexOf('end b1')).toBeLessThan(log.indexOf('end a1'));
    expect(log.filter((l) => l.endsWith('a1') || l.endsWith('a2') || l.endsWith('a3'))).toEqual([
      'start a1',
      'end a1',
      'start a2',
      'end a2',
      'start a3',
      'end a3',
    ]);
    expect(store.queues()).toEqual([]);
    store.close();
  });

  it('shows what waits in each queue while it waits', async () => {
    const store = await openStore(':memory:');
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = store.serialise('publish', () => gate);
    const second = store.serialise('publish', async () => {});
    expect(store.queues()).toEqual([{ key: 'publish', running: true, waiting: 1 }]);
    release();
    await Promise.all([first, second]);
    store.close();
  });
});
