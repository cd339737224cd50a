import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RecordType, recordColumns } from '../contract/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { ingestDelivery } from './ingest-delivery.ts';
import { validateRecord } from './validate-record.ts';

const effects = { today: '2026-01-15', now: () => new Date('2026-01-15T10:00:00Z') };
let dir: string;
let store: Store;
let n = 0;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zicht-hostile-'));
  store = await openStore(join(dir, 'z.duckdb'));
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Ingests bytes as a file and checks the invariants: no crash, no row lost, nothing stored that does not validate. */
async function ingestHostile(bytes: Buffer | string, recordType: RecordType, ext = 'csv') {
  const file = join(dir, `f${n++}.${ext}`);
  writeFileSync(file, bytes);
  const result = await ingestDelivery(store, { file, source: 'police', recordType, period: `2020-${String((n % 12) + 1).padStart(2, '0')}` }, effects);
  expect(result.rowsAccepted + result.rowsQuarantined).toBe(result.rowsRead);
  const stored = await store.all<Record<string, unknown>>(`SELECT * EXCLUDE (delivery_id) FROM ${recordType} WHERE delivery_id = ?`, [result.deliveryId]);
  expect(stored.length).toBe(result.rowsAccepted);
  for (const row of stored) {
    const asText = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)]));
    expect(validateRecord(recordType, 1, asText, { source: 'police', today: effects.today }).ok).toBe(true);
  }
  return result;
}

const personHeader = recordColumns.person.join(',');

describe('ingest on hostile files', () => {
  it('handles an empty file, a header only, a wrong header and ragged rows', async () => {
    expect(await ingestHostile('', 'person')).toMatchObject({ rowsRead: 0, rowsAccepted: 0 });
    expect(await ingestHostile(`${personHeader}\n`, 'person')).toMatchObject({ rowsRead: 0, rowsAccepted: 0 });
    expect(await ingestHostile('a,b,c\n1,2,3\n4,5,6\n', 'person')).toMatchObject({ rowsRead: 2, rowsAccepted: 0, rowsQuarantined: 2 });
    const ragged = await ingestHostile(`${personHeader}\npolice,P1,victim,F,2010-01,,,,\npolice,P2\npolice,P3,victim,F,2010-01,,,,,,,\n`, 'person');
    expect(ragged).toMatchObject({ rowsRead: 3, rowsAccepted: 1, rowsQuarantined: 2 });
  });

  it('never crashes or stores an unvalidated row on random text and binary junk (property)', async () => {
    const cell = fc.oneof(fc.constantFrom('police', 'victim', 'F', '2010-01', '', 'P1', '"', ',', '\n', '\r\n', ';'), fc.string({ maxLength: 8 }));
    const csvText = fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 15 }).map((rows) => `${personHeader}\n${rows.map((r) => r.join(',')).join('\n')}`);
    await fc.assert(fc.asyncProperty(csvText, (text) => ingestHostile(text, 'person').then(() => true)), { numRuns: 40 });
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), (bytes) => ingestHostile(Buffer.from(bytes), 'registration').then(() => true)), { numRuns: 30 });
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), (bytes) => ingestHostile(Buffer.concat([Buffer.from(`{"source":"police"}\n`), Buffer.from(bytes)]), 'person', 'jsonl').then(() => true)),
      { numRuns: 30 },
    );
  });

  it('quarantines a row with a 100 MB field quickly and with bounded memory', async () => {
    const huge = `${personHeader}\npolice,${'x'.repeat(100 * 1024 * 1024)},victim,F,2010-01,,,,\npolice,P9,victim,F,2010-01,,,,\n`;
    const started = performance.now();
    const result = await ingestHostile(huge, 'person');
    expect(result).toMatchObject({ rowsRead: 2, rowsAccepted: 1, rowsQuarantined: 1 });
    const [q] = await store.all<{ rule: string; value: string }>('SELECT rule, value FROM quarantine WHERE delivery_id = ?', [result.deliveryId]);
    expect(q?.rule).toBe('type');
    expect(q?.value.length).toBe(200);
    expect(performance.now() - started).toBeLessThan(60_000);
  });

  it('reads a Windows-1252 file as such', async () => {
    const text = `${personHeader}\npolice,Pë€,victim,F,2010-01,,,,\n`;
    const bytes = Buffer.from([...text].map((c) => (c === 'ë' ? 0xeb : c === '€' ? 0x80 : c.charCodeAt(0))));
    const result = await ingestHostile(bytes, 'person');
    expect(result.rowsAccepted).toBe(1);
    expect(await store.all('SELECT person_id FROM person WHERE delivery_id = ?', [result.deliveryId])).toEqual([{ person_id: 'Pë€' }]);
  });
});
