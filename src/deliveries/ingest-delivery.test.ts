import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordColumns } from '../contract/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { confirmDelivery, listDeliveryVersions, rollbackDelivery } from './delivery-versions.ts';
import { ingestDelivery } from './ingest-delivery.ts';

const effects = { today: '2026-01-15', now: () => new Date('2026-01-15T10:00:00Z') };
const registration = (source: string, id: string, extra: Partial<Record<string, string>> = {}) => {
  const base: Record<string, string> = {
    source,
    registration_id: id,
    registration_date: '2023-05-02',
    incident_date_from: '2023-04-30',
    incident_date_to: '',
    offence_code: 'SR246',
    setting: 'home_victim',
    online: 'false',
    region: 'PV26',
    victim_person_id: 'V1',
    suspect_person_id: '',
    relationship: 'other_family',
    ...extra,
  };
  return recordColumns.registration.map((c) => base[c] ?? '');
};
const csv = (header: readonly string[], rows: string[][]) =>
  `${header.join(',')}\n${rows.map((r) => r.join(',')).join('\n')}\n`;
const personRow = (source: string, id: string, birth = '2010-03') => [source, id, 'victim', 'F', birth, '', '', '', ''];

let dir: string;
let store: Store;
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const ingest = (file: string, source: string, recordType: 'registration' | 'person' | 'case_event', period = '2023') =>
  ingestDelivery(store, { file, source, recordType, period }, effects);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zicht-ingest-'));
  store = await openStore(join(dir, 'z.duckdb'));
  for (const source of ['police', 'om', 'courts', 'csg']) {
    await ingest(
      write(
        `${source}-person.csv`,
        csv(recordColumns.person, [personRow(source, 'V1'), personRow(source, 'V2', '2024-01')]),
      ),
      source,
      'person',
    );
  }
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingestDelivery', () => {
  it('stores good rows once and quarantines each bad row with its reasons', async () => {
    const file = write(
      'police-registration.csv',
      `\uFEFF${csv(recordColumns.registration, [
        registration('police', 'R1'),
        registration('police', 'R2', { registration_date: '2021-13-45' }),
        registration('police', 'R1'),
        ['R4', 'too', 'few'],
        registration('police', 'R5', { setting: 'garden', incident_date_from: '2024-01-01' }),
        registration('police', 'R6', { victim_person_id: 'NOBODY' }),
        registration('police', 'R7', { victim_person_id: 'V2' }),
        registration('police', 'R8'),
      ]).replaceAll('\n', '\r\n')}`,
    );
    const result = await ingest(file, 'police', 'registration');
    expect(result).toMatchObject({ status: 'stored', rowsRead: 8, rowsAccepted: 2, rowsQuarantined: 6 });
    expect(await store.all('SELECT registration_id FROM registration_current ORDER BY 1')).toEqual([
      { registration_id: 'R1' },
      { registration_id: 'R8' },
    ]);
    const q = await store.all<{ row_number: number; rule: string; column_name: string | null }>(
      'SELECT row_number, rule, column_name FROM quarantine WHERE delivery_id = ? ORDER BY row_number, rule',
      [result.deliveryId],
    );
    expect(q).toEqual([
      { row_number: 2, rule: 'date', column_name: 'registration_date' },
      { row_number: 3, rule: 'duplicate', column_name: '1' },
      { row_number: 4, rule: 'column_count', column_name: '12' },
      { row_number: 5, rule: 'code_list', column_name: 'setting' },
      { row_number: 5, rule: 'incident_after_registration', column_name: 'incident_date_from' },
      { row_number: 6, rule: 'reference', column_name: 'victim_person_id' },
      { row_number: 7, rule: 'birth_after_incident', column_name: 'incident_date_from' },
    ]);
    const [ref] = await store.all<{ message_en: string }>("SELECT message_en FROM quarantine WHERE rule = 'reference'");
    expect(ref?.message_en).toBe(
      'Field "victim_person_id" refers to "NOBODY", which is not in the current delivery of this source; deliver the persons (or registrations) first, or correct the id.',
    );
  });

  it('changes nothing when the same file is delivered again', async () => {
    const file = write('r.csv', csv(recordColumns.registration, [registration('police', 'R1')]));
    const first = await ingest(file, 'police', 'registration');
    const again = await ingest(file, 'police', 'registration');
    expect(again).toMatchObject({ status: 'unchanged', deliveryId: first.deliveryId, rowsAccepted: 1 });
    expect(await store.all('SELECT count(*) AS n FROM registration')).toEqual([{ n: 1 }]);
    expect(await store.all("SELECT count(*) AS n FROM delivery WHERE record_type = 'registration'")).toEqual([
      { n: 1 },
    ]);
  });

  it('reads JSON lines and XLSX into the same records as CSV', async () => {
    const asObject = (row: string[]) => Object.fromEntries(recordColumns.registration.map((c, i) => [c, row[i]]));
    const jsonl = write(
      'om.jsonl',
      [
        JSON.stringify(asObject(registration('om', 'R7'))),
        '{not json',
        JSON.stringify(asObject(registration('om', 'R8'))),
      ].join('\n'),
    );
    expect(await ingest(jsonl, 'om', 'registration')).toMatchObject({
      rowsRead: 3,
      rowsAccepted: 2,
      rowsQuarantined: 1,
    });
    const xlsx = join(dir, 'courts.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('registration');
    sheet.addRow([...recordColumns.registration]);
    sheet.addRow(registration('courts', 'R9'));
    await workbook.xlsx.writeFile(xlsx);
    expect(await ingest(xlsx, 'courts', 'registration')).toMatchObject({
      rowsRead: 1,
      rowsAccepted: 1,
      rowsQuarantined: 0,
    });
    const stored = await store.all(
      'SELECT source, registration_id, registration_date, online, suspect_person_id FROM registration_current WHERE source IN (?, ?) ORDER BY 2',
      ['om', 'courts'],
    );
    expect(stored).toEqual([
      { source: 'om', registration_id: 'R7', registration_date: '2023-05-02', online: false, suspect_person_id: null },
      { source: 'om', registration_id: 'R8', registration_date: '2023-05-02', online: false, suspect_person_id: null },
      {
        source: 'courts',
        registration_id: 'R9',
        registration_date: '2023-05-02',
        online: false,
        suspect_person_id: null,
      },
    ]);
  });

  it('stores nothing from a file whose header lacks contract columns, and says which', async () => {
    const columns = recordColumns.registration.filter((c) => c !== 'region');
    const file = write(
      'no-region.csv',
      `${columns.join(',')}\n${columns.map((c) => (c === 'source' ? 'csg' : 'x')).join(',')}\n`,
    );
    await expect(ingest(file, 'csg', 'registration')).rejects.toThrow(
      /^The header lacks the registration column "region"; it has "source", .*\. A registration file starts with the header line "source,registration_id,.*,relationship" \(see docs\/data-contract\.md\)\. Nothing was stored\.$/,
    );
    expect(
      await store.all("SELECT count(*) AS n FROM delivery WHERE source = 'csg' AND record_type = 'registration'"),
    ).toEqual([{ n: 0 }]);
  });
});

describe('delivery versions', () => {
  it('supersedes the current version of a period with a correction, keeps it in history, and rolls back', async () => {
    const v1 = await ingest(
      write('v1.csv', csv(recordColumns.registration, [registration('police', 'R1'), registration('police', 'R2')])),
      'police',
      'registration',
    );
    const v2 = await ingest(
      write('v2.csv', csv(recordColumns.registration, [registration('police', 'R1', { setting: 'school' })])),
      'police',
      'registration',
    );
    expect(v2).toMatchObject({ status: 'stored', supersedes: v1.deliveryId, rowsAccepted: 1 });
    expect(await store.all('SELECT registration_id, setting FROM registration_current')).toEqual([
      { registration_id: 'R1', setting: 'school' },
    ]);
    const versions = (await listDeliveryVersions(store, { source: 'police' })).filter(
      (v) => v.record_type === 'registration',
    );
    expect(Object.fromEntries(versions.map((v) => [v.delivery_id, v.status]))).toEqual({
      [v1.deliveryId]: 'superseded',
      [v2.deliveryId]: 'active',
    });
    expect(versions.find((v) => v.delivery_id === v2.deliveryId)?.supersedes).toBe(v1.deliveryId);

    expect(await rollbackDelivery(store, v2.deliveryId, new Date('2026-01-16T00:00:00Z'))).toEqual({
      current: v1.deliveryId,
    });
    expect(await store.all('SELECT registration_id, setting FROM registration_current ORDER BY 1')).toEqual([
      { registration_id: 'R1', setting: 'home_victim' },
      { registration_id: 'R2', setting: 'home_victim' },
    ]);
    await expect(rollbackDelivery(store, v2.deliveryId, new Date())).rejects.toThrow(
      'only the current version of a period can be rolled back',
    );
    // delivering the rolled-back file again makes it current again, without storing its rows twice
    const again = await ingest(
      write('v2-again.csv', csv(recordColumns.registration, [registration('police', 'R1', { setting: 'school' })])),
      'police',
      'registration',
    );
    expect(again).toMatchObject({ status: 'reactivated', deliveryId: v2.deliveryId, supersedes: v1.deliveryId });
    expect(await store.all('SELECT count(*) AS n FROM registration')).toEqual([{ n: 3 }]);
  });

  it('refuses an id already stored for another period of the source', async () => {
    await ingest(
      write('a.csv', csv(recordColumns.registration, [registration('police', 'R1')])),
      'police',
      'registration',
      '2023',
    );
    const other = await ingest(
      write('b.csv', csv(recordColumns.registration, [registration('police', 'R1'), registration('police', 'R3')])),
      'police',
      'registration',
      '2024',
    );
    expect(other).toMatchObject({ rowsAccepted: 1, rowsQuarantined: 1 });
    const [msg] = await store.all<{ message_en: string }>(
      "SELECT message_en FROM quarantine WHERE rule = 'already_stored'",
    );
    expect(msg?.message_en).toBe(
      'Id "R1" is already stored from a delivery of this source for another period; deliver each id in one period.',
    );
  });

  it('refuses a period it cannot read', async () => {
    await expect(
      ingest(write('p.csv', csv(recordColumns.registration, [])), 'police', 'registration', 'last year'),
    ).rejects.toThrow('period "last year" is not valid: write 2025, 2025-H1, 2025-Q3, 2025-06 or 2018-2025');
  });
});

describe('a steward’s mistake does not replace a good version', () => {
  const regs = (prefix: string, n: number, extra: Partial<Record<string, string>> = {}) =>
    Array.from({ length: n }, (_, i) => registration('police', `${prefix}${i}`, extra));
  const current = () =>
    store.all<{ n: number }>("SELECT count(*)::INTEGER AS n FROM registration_current WHERE source = 'police'");

  it('holds a file whose rows are all refused: the current version keeps every row until the steward confirms', async () => {
    const good = await ingest(
      write('good.csv', csv(recordColumns.registration, regs('G', 40))),
      'police',
      'registration',
    );
    expect(good.status).toBe('stored');
    const wrong = await ingest(
      write('wrong.csv', csv(recordColumns.registration, regs('W', 40, { offence_code: 'NOT-A-CODE' }))),
      'police',
      'registration',
    );
    expect(wrong).toMatchObject({
      status: 'held',
      supersedes: null,
      rowsAccepted: 0,
      rowsQuarantined: 40,
      hold: { reason: 'no-rows', currentRows: 40, currentDeliveryId: good.deliveryId },
    });
    expect(await current()).toEqual([{ n: 40 }]);
    const versions = await listDeliveryVersions(store, { source: 'police' });
    expect(versions.find((v) => v.delivery_id === good.deliveryId)?.status).toBe('active');
    expect(versions.find((v) => v.delivery_id === wrong.deliveryId)).toMatchObject({
      status: 'held',
      hold_reason: 'no-rows',
      hold_current_rows: 40,
    });
    // delivering the same wrong file again does not slip it in either
    expect(
      (
        await ingest(
          write('wrong-again.csv', csv(recordColumns.registration, regs('W', 40, { offence_code: 'NOT-A-CODE' }))),
          'police',
          'registration',
        )
      ).status,
    ).toBe('held');
    expect(await current()).toEqual([{ n: 40 }]);
    // the steward confirms: now it is current, and the good one can be rolled back to
    expect(await confirmDelivery(store, wrong.deliveryId, 'steward-1', new Date('2026-01-16T00:00:00Z'))).toEqual({
      supersedes: good.deliveryId,
    });
    expect(await current()).toEqual([{ n: 0 }]);
    expect(await rollbackDelivery(store, wrong.deliveryId, new Date('2026-01-17T00:00:00Z'))).toEqual({
      current: good.deliveryId,
    });
    expect(await current()).toEqual([{ n: 40 }]);
  });

  it('holds a file with under half the current rows, takes one with half or more, and takes a held one when confirmed up front', async () => {
    await ingest(write('full.csv', csv(recordColumns.registration, regs('F', 40))), 'police', 'registration');
    const truncated = await ingest(
      write('truncated.csv', csv(recordColumns.registration, regs('F', 19))),
      'police',
      'registration',
    );
    expect(truncated).toMatchObject({ status: 'held', hold: { reason: 'shrinks', rowsAccepted: 19, currentRows: 40 } });
    expect(await current()).toEqual([{ n: 40 }]);
    const half = await ingest(
      write('half.csv', csv(recordColumns.registration, regs('H', 20))),
      'police',
      'registration',
    );
    expect(half.status).toBe('stored');
    expect(await current()).toEqual([{ n: 20 }]);
    const confirmed = await ingestDelivery(
      store,
      {
        file: write('few.csv', csv(recordColumns.registration, regs('K', 3))),
        source: 'police',
        recordType: 'registration',
        period: '2023',
        confirm: true,
      },
      effects,
    );
    expect(confirmed).toMatchObject({ status: 'stored', supersedes: half.deliveryId });
    expect(await current()).toEqual([{ n: 3 }]);
  });

  it('refuses a UTF-16 file whole: nothing is stored and the current version stays', async () => {
    await ingest(write('full.csv', csv(recordColumns.registration, regs('F', 10))), 'police', 'registration');
    const text = csv(recordColumns.registration, regs('U', 10));
    const utf16 = join(dir, 'utf16.csv');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    await expect(ingest(utf16, 'police', 'registration')).rejects.toThrow(/UTF-16.*UTF-8/);
    expect(await current()).toEqual([{ n: 10 }]);
    expect(
      await store.all(
        "SELECT count(*)::INTEGER AS n FROM delivery WHERE source = 'police' AND record_type = 'registration'",
      ),
    ).toEqual([{ n: 1 }]);
  });

  it('lets two uploads for one period at once end with exactly one current version', async () => {
    const [a, b] = await Promise.all([
      ingest(write('a.csv', csv(recordColumns.registration, regs('A', 30))), 'police', 'registration'),
      ingest(write('b.csv', csv(recordColumns.registration, regs('B', 30))), 'police', 'registration'),
    ]);
    expect([a.status, b.status]).toEqual(['stored', 'stored']);
    // the second to get its turn replaced the first; never two current versions of one period
    expect([a.supersedes, b.supersedes].sort()).toEqual([a.deliveryId, null].sort());
    expect(
      await store.all(
        "SELECT count(*)::INTEGER AS n FROM delivery WHERE source = 'police' AND record_type = 'registration' AND status = 'active'",
      ),
    ).toEqual([{ n: 1 }]);
    expect(await current()).toEqual([{ n: 30 }]);
  });
});
