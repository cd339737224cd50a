import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { recordColumns } from '../src/contract/index.ts';
import { openStore } from '../src/store/index.ts';

const cli = fileURLToPath(new URL('../bin/zicht.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'zicht-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const snapshot = async (db: string) => {
  const store = await openStore(db);
  const rows = await store.all(
    `SELECT (SELECT count(*) FROM delivery) AS deliveries, (SELECT count(*) FROM person) AS persons,
            (SELECT count(*) FROM quarantine) AS quarantined, (SELECT string_agg(delivery_id || status, ',' ORDER BY delivery_id) FROM delivery) AS versions`,
  );
  store.close();
  return rows;
};

describe('ingest killed with SIGKILL halfway', () => {
  it('leaves the store exactly as it was before', async () => {
    const db = join(dir, 'zicht.duckdb');
    const small = join(dir, 'small.csv');
    writeFileSync(small, `${recordColumns.person.join(',')}\npolice,P1,victim,F,2010-01,,,,\n`);
    const big = join(dir, 'big.csv');
    const lines = [recordColumns.person.join(',')];
    for (let i = 0; i < 400_000; i++) lines.push(`police,Q${i},victim,${i % 2 ? 'F' : 'M'},2010-0${(i % 9) + 1},,,,`);
    writeFileSync(big, `${lines.join('\n')}\n`);

    const run = (file: string, period: string, killAfterProgress: boolean) =>
      new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [cli, 'ingest', file, '--source', 'police', '--type', 'person', '--period', period, '--db', db],
          { env: { ...process.env, ZICHT_STATUS_SECONDS: '0' } },
        );
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          // progress is printed every 20,000 rows (into this pipe a line each, as asked for with
          // ZICHT_STATUS_SECONDS=0): kill once staging is well under way
          if (killAfterProgress && /(^|\n)1[0-9]0,000 rows read/.test(stderr)) child.kill('SIGKILL');
        });
        child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
      });

    const first = await run(small, '2024', false);
    expect(first.code).toBe(0);
    const before = await snapshot(db);
    expect(before[0]).toMatchObject({ deliveries: 1, persons: 1 });

    const killed = await run(big, '2025', true);
    expect(killed.signal).toBe('SIGKILL');
    expect(await snapshot(db)).toEqual(before);

    // and the same file ingests completely afterwards
    const again = await run(big, '2025', false);
    expect(again.code).toBe(0);
    expect((await snapshot(db))[0]).toMatchObject({ deliveries: 2, persons: 400_001 });
  });
});
