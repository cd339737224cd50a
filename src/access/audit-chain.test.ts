import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations, openStore, type Store } from '../store/index.ts';
import { recordAudit } from './audit-log.ts';
import { verifyAuditChain } from './audit-chain.ts';

const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

async function storeWithAudit(n: number): Promise<Store> {
  const store = await openStore(':memory:');
  stores.push(store);
  const who = { userId: 'u1', name: 'Ana', email: 'ana@test.example', role: 'analyst' as const, organisation: null };
  for (let i = 1; i <= n; i++) {
    await recordAudit(store, {
      who: i % 2 ? who : null,
      action: `action.${i}`,
      target: `target ${i}`,
      ip: '10.0.0.1',
      outcome: 200,
      at: new Date(Date.UTC(2026, 2, 25, 10, 0, i, i)),
    });
  }
  return store;
}

describe('verifyAuditChain', () => {
  it('accepts the log as written, and names its newest hash', async () => {
    const store = await storeWithAudit(6);
    const report = await verifyAuditChain(store);
    expect(report).toEqual({ ok: true, rows: 6, head: { seq: 6, hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    const empty = await openStore(':memory:');
    stores.push(empty);
    expect(await verifyAuditChain(empty)).toEqual({ ok: true, rows: 0, head: null });
  });

  it('holds when many requests audit at once', async () => {
    const store = await storeWithAudit(0);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        recordAudit(store, {
          who: null,
          action: 'burst',
          target: `t${i}`,
          ip: '10.0.0.2',
          outcome: 200,
          at: new Date(Date.UTC(2026, 2, 25)),
        }),
      ),
    );
    expect(await verifyAuditChain(store)).toMatchObject({ ok: true, rows: 40 });
  });

  it('reports the first changed row when a row is edited directly in SQL', async () => {
    const store = await storeWithAudit(6);
    await store.run('UPDATE audit_log SET outcome = 403 WHERE seq = 3');
    expect(await verifyAuditChain(store)).toMatchObject({
      ok: false,
      rows: 6,
      firstBroken: { seq: 3, previousSeq: 2 },
    });
  });

  it('reports where a row was removed, and a rewritten hash still breaks the next row', async () => {
    const deleted = await storeWithAudit(6);
    await deleted.run('DELETE FROM audit_log WHERE seq = 4');
    const report = await verifyAuditChain(deleted);
    expect(report).toMatchObject({ ok: false, rows: 5, firstBroken: { seq: 5, previousSeq: 3 } });
    expect(report.ok === false && report.problem).toBe(
      'The audit log was tampered with: row 5 does not match its hash; it or row 3 before it was changed, or rows between them were removed.',
    );

    const rehashed = await storeWithAudit(6);
    // an editor who recomputes the edited row's own hash still breaks the chain at the row after it
    await rehashed.run("UPDATE audit_log SET target = 'nothing to see' WHERE seq = 2");
    await rehashed.run(
      `UPDATE audit_log SET row_hash = sha256((SELECT row_hash FROM audit_log WHERE seq = 1) || json_array(seq, strftime(occurred_at, '%Y-%m-%dT%H:%M:%S.%fZ'), user_id, user_name, role, action, target, ip, outcome)::VARCHAR) WHERE seq = 2`,
    );
    expect(await verifyAuditChain(rehashed)).toMatchObject({ ok: false, firstBroken: { seq: 3 } });
  });

  it('treats a removed first row and a blanked hash as breaks', async () => {
    const first = await storeWithAudit(3);
    await first.run('DELETE FROM audit_log WHERE seq = 1');
    expect(await verifyAuditChain(first)).toMatchObject({ ok: false, firstBroken: { seq: 2, previousSeq: null } });
    const blank = await storeWithAudit(3);
    await blank.run('UPDATE audit_log SET row_hash = NULL WHERE seq = 2');
    const report = await verifyAuditChain(blank);
    expect(report.ok === false && report.problem).toContain('row 2 has no hash');
  });

  it('migration 10 chains rows written before it the same way new rows are chained', async () => {
    const store = await storeWithAudit(5);
    const hashes = await store.all<{ row_hash: string }>('SELECT row_hash FROM audit_log ORDER BY seq');
    await store.run('UPDATE audit_log SET row_hash = NULL');
    const chain = migrations.find((m) => m.id === 10)?.data;
    if (!chain) throw new Error('migration 10 has no data step');
    await chain(store);
    expect(await store.all('SELECT row_hash FROM audit_log ORDER BY seq')).toEqual(hashes);
    expect((await verifyAuditChain(store)).ok).toBe(true);
  });
});

describe('the audit log is append-only in the code', () => {
  it('no source file updates or deletes audit rows', () => {
    const root = new URL('../', import.meta.url).pathname;
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        // the one exception: migration 10 fills the new hash column of the rows written before it
        else if (
          /\.tsx?$/.test(entry.name) &&
          !entry.name.endsWith('.test.ts') &&
          !['migrations.ts', 'chain-audit-log.ts'].includes(entry.name)
        ) {
          if (/(UPDATE|DELETE\s+FROM|TRUNCATE)\s+audit_log\b/i.test(readFileSync(path, 'utf8')))
            offenders.push(path.slice(root.length));
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
