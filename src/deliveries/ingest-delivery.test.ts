import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordColumns } from '../contract/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { ingestDelivery } from './ingest-delivery.ts';

const effects = { today: '2026-01-15', now: () => new Date('2026-01-15T10:00:00Z') };
const header = recordColumns.registration.join(',');
const row = (id: string, extra: Partial<Record<string, string>> = {}) => {
  const base: Record<string, string> = {
    source: 'police', registration_id: id, registration_date: '2023-05-02', incident_date_from: '2023-04-30',
    incident_date_to: '', offence_code: 'SR246', setting: 'home_victim', online: 'false', region: 'PV26',
    victim_person_id: `V-${id}`, suspect_person_id: '', relationship: 'other_family', ...extra,
  };
  return recordColumns.registration.map((c) => base[c] ?? '').join(',');
};

let dir: string;
let store: Store;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zicht-ingest-'));
  store = await openStore(join(dir, 'z.duckdb'));
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingestDelivery', () => {
  it('stores good rows once and quarantines each bad row with its reasons', async () => {
    const file = join(dir, 'police-registration.csv');
    const lines = [
      `\uFEFF${header}`,
      row('R1'),
      row('R2', { registration_date: '2021-13-45' }),
      row('R1'),
      'R4,too,few',
      row('R5', { setting: 'garden', incident_date_from: '2024-01-01' }),
      row('R6'),
    ];
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);
    const result = await ingestDelivery(store, { file, source: 'police', recordType: 'registration' }, effects);
    expect(result).toMatchObject({ status: 'stored', rowsRead: 6, rowsAccepted: 2, rowsQuarantined: 4 });
    expect(await store.all('SELECT registration_id FROM registration ORDER BY 1')).toEqual([{ registration_id: 'R1' }, { registration_id: 'R6' }]);
    const q = await store.all<{ row_number: number; rule: string; column_name: string | null }>(
      'SELECT row_number, rule, column_name FROM quarantine ORDER BY row_number, rule',
    );
    expect(q).toEqual([
      { row_number: 2, rule: 'date', column_name: 'registration_date' },
      { row_number: 3, rule: 'duplicate', column_name: '1' },
      { row_number: 4, rule: 'column_count', column_name: '12' },
      { row_number: 5, rule: 'code_list', column_name: 'setting' },
      { row_number: 5, rule: 'incident_after_registration', column_name: 'incident_date_from' },
    ]);
  });

  it('changes nothing when the same file is delivered again', async () => {
    const file = join(dir, 'police-registration.csv');
    const before = await store.all('SELECT count(*) AS n FROM registration');
    const again = await ingestDelivery(store, { file, source: 'police', recordType: 'registration' }, effects);
    expect(again.status).toBe('unchanged');
    expect(await store.all('SELECT count(*) AS n FROM registration')).toEqual(before);
    expect(await store.all('SELECT count(*) AS n FROM delivery')).toEqual([{ n: 1 }]);
  });

  it('reads JSON lines and XLSX into the same records as CSV, and never double-stores an id', async () => {
    const jsonl = join(dir, 'om.jsonl');
    const record = (id: string) => Object.fromEntries(recordColumns.registration.map((c, i) => [c, row(id).split(',')[i]]));
    writeFileSync(jsonl, [JSON.stringify({ ...record('R7'), source: 'om' }), '{not json', JSON.stringify({ ...record('R8'), source: 'om' })].join('\n'));
    const j = await ingestDelivery(store, { file: jsonl, source: 'om', recordType: 'registration' }, effects);
    expect(j).toMatchObject({ rowsRead: 3, rowsAccepted: 2, rowsQuarantined: 1 });

    const xlsx = join(dir, 'courts.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('registration');
    sheet.addRow([...recordColumns.registration]);
    for (const id of ['R9', 'R1']) sheet.addRow(row(id).split(',').map((v, i) => (i === 0 ? 'courts' : v)));
    await workbook.xlsx.writeFile(xlsx);
    const x = await ingestDelivery(store, { file: xlsx, source: 'courts', recordType: 'registration' }, effects);
    expect(x).toMatchObject({ rowsRead: 2, rowsAccepted: 2, rowsQuarantined: 0 });
    const stored = await store.all('SELECT source, registration_id, registration_date, online, suspect_person_id FROM registration WHERE registration_id = ?', ['R9']);
    expect(stored).toEqual([{ source: 'courts', registration_id: 'R9', registration_date: '2023-05-02', online: false, suspect_person_id: null }]);

    // the police row R1 delivered again in a new file is refused as already stored
    const redelivery = join(dir, 'police-2.csv');
    writeFileSync(redelivery, `${header}\n${row('R1')}\n${row('R10')}\n`);
    const r = await ingestDelivery(store, { file: redelivery, source: 'police', recordType: 'registration' }, effects);
    expect(r).toMatchObject({ rowsAccepted: 1, rowsQuarantined: 1 });
    const [msg] = await store.all<{ message_en: string }>("SELECT message_en FROM quarantine WHERE rule = 'already_stored'");
    expect(msg?.message_en).toBe('Id "R1" is already stored from an earlier delivery of this source.');
  });
});

describe('ingestDelivery on a file whose header lacks contract columns', () => {
  it('stores nothing from it and quarantines every row with the missing column named', async () => {
    const file = join(dir, 'no-region.csv');
    const columns = recordColumns.registration.filter((c) => c !== 'region');
    writeFileSync(file, `${columns.join(',')}\n${columns.map((c) => (c === 'source' ? 'csg' : 'x')).join(',')}\n`);
    const result = await ingestDelivery(store, { file, source: 'csg', recordType: 'registration' }, effects);
    expect(result).toMatchObject({ rowsRead: 1, rowsAccepted: 0, rowsQuarantined: 1 });
    const rows = await store.all('SELECT rule, column_name, message_en FROM quarantine WHERE delivery_id = ?', [result.deliveryId]);
    expect(rows).toEqual([
      { rule: 'header', column_name: 'region', message_en: 'Column "region" is missing from the header; add it (see docs/data-contract.md).' },
    ]);
  });
});
