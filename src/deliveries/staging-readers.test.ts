import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordColumns } from '../contract/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { DeliveryError, ingestDelivery } from './ingest-delivery.ts';
import { scanCsvStructure } from './scan-csv-structure.ts';

// The fast reader (DuckDB reads a clean CSV itself) and the careful one must store and quarantine alike.
const effects = { today: '2026-01-15', now: () => new Date('2026-01-15T10:00:00Z') };
let dir: string;
let n = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zicht-readers-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ingestWith(reader: 'auto' | 'careful', text: string) {
  const store: Store = await openStore(':memory:');
  const file = join(dir, `f${n++}.csv`);
  writeFileSync(file, text);
  // a file refused as a whole (a raw extract, say) must be refused alike by both, storing nothing
  const refused = (error: unknown) =>
    error instanceof DeliveryError ? { refused: error.message, field: error.field } : Promise.reject(error);
  const result = await ingestDelivery(
    store,
    { file, source: 'police', recordType: 'person', period: '2024', reader },
    effects,
  ).catch(refused);
  if ('refused' in result) {
    const [{ n: rows } = { n: -1 }] = await store.all<{ n: number }>(
      'SELECT (SELECT count(*) FROM person) + (SELECT count(*) FROM quarantine) + (SELECT count(*) FROM delivery) AS n',
    );
    store.close();
    return { ...result, rows };
  }
  const stored = await store.all('SELECT * EXCLUDE (delivery_id) FROM person ORDER BY person_id');
  const quarantined = await store.all(
    'SELECT row_number, column_name, value, rule, message_nl, message_en FROM quarantine ORDER BY ALL',
  );
  store.close();
  return {
    counts: { read: result.rowsRead, accepted: result.rowsAccepted, quarantined: result.rowsQuarantined },
    stored,
    quarantined,
  };
}

const header = recordColumns.person.join(',');

describe('the fast and the careful reader', () => {
  it('agree on random clean and dirty person files (property)', async () => {
    const value = fc.constantFrom(
      'police',
      'om',
      'victim',
      'suspect',
      'F',
      'M',
      'Q',
      '2010-01',
      '2010-13',
      '',
      ' P1 ',
      'P1',
      'P2',
      'P"3',
      'a,b',
      'x\ny',
      'abcdefghijklmnopq',
    );
    const row = fc.array(value, { minLength: 9, maxLength: 9 });
    const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
    const file = fc
      .array(row, { maxLength: 12 })
      .map((rows) => `${header}\n${rows.map((r) => r.map(quote).join(',')).join('\n')}\n`);
    await fc.assert(
      fc.asyncProperty(file, async (text) => {
        expect(await ingestWith('auto', text)).toEqual(await ingestWith('careful', text));
      }),
      { numRuns: 40 },
    );
  });

  it('takes the fast path for a clean file and records the structure it saw', async () => {
    const file = join(dir, 'clean.csv');
    const rows = Array.from({ length: 25_001 }, (_, i) => `police,P${i},victim,F,2010-01,,,,`);
    writeFileSync(file, `${header}\n${rows.join('\n')}\n`);
    const s = await scanCsvStructure(file, 'person_id');
    expect(s).toMatchObject({ utf8: true, wellFormed: true, multiline: false, records: 25_001, delimiter: ',' });
    expect([...s.samples]).toEqual([
      [1, 'P0'],
      [10_001, 'P10000'],
      [20_001, 'P20000'],
    ]);
  });
});
