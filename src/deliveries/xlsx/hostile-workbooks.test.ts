import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordColumns } from '../../contract/index.ts';
import { openStore, type Store } from '../../store/index.ts';
import { DeliveryError, ingestDelivery } from '../ingest-delivery.ts';
import type { DeliveredRow } from '../read-delivery-file.ts';
import {
  inlineRows,
  packPart,
  packRepeated,
  sheetXml,
  workbookParts,
  writeZip,
} from '../../../test/support/build-test-workbook.ts';
import { readXlsxInWorker, type XlsxReadOptions } from './read-xlsx-in-worker.ts';
import { xlsxLimits } from './xlsx-limits.ts';

/**
 * The longest a timer may wait while a hostile file is read: blocked reading took seconds (a
 * quadratic line split took 176 s). The server's bar, the health check within 100 ms, is held over
 * HTTP by test/hostile-uploads.test.ts; here the margin allows for a test machine busy with other files.
 */
const notBlockedMs = 250;

const effects = { today: '2026-01-15', now: () => new Date('2026-01-15T10:00:00Z') };
let dir: string;
let store: Store;
let n = 0;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zicht-workbooks-'));
  store = await openStore(join(dir, 'z.duckdb'));
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const sstPart = (items: string) =>
  packPart(
    'xl/sharedStrings.xml',
    `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items}</sst>`,
  );
const workbook = (rowsXml: string, sharedStrings?: ReturnType<typeof packPart>) => {
  const path = join(dir, `w${n++}.xlsx`);
  writeZip(path, workbookParts(packPart('xl/worksheets/sheet1.xml', sheetXml(rowsXml)), sharedStrings));
  return path;
};

async function readAll(
  path: string,
  options: XlsxReadOptions = {},
): Promise<{ header: readonly string[] | null; rows: DeliveredRow[] }> {
  let header: readonly string[] | null = null;
  const rows: DeliveredRow[] = [];
  for await (const row of readXlsxInWorker(path, { ...options, onHeader: (h) => (header = h) })) rows.push(row);
  return { header, rows };
}
const refusalOf = (path: string, options: XlsxReadOptions = {}) =>
  readAll(path, options).then(
    () => null,
    (e: unknown) => e as DeliveryError,
  );

/** Watches the process while hostile work runs: the longest a 5 ms timer was late (a health check's wait), and the largest RSS. */
function watchProcess() {
  let last = performance.now();
  let maxGapMs = 0;
  let maxRss = process.memoryUsage().rss;
  const timer = setInterval(() => {
    const now = performance.now();
    maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
    maxRss = Math.max(maxRss, process.memoryUsage().rss);
  }, 5);
  return () => {
    clearInterval(timer);
    return { maxGapMs, maxRssMb: maxRss / (1024 * 1024) };
  };
}

/** 60 million shared strings (973 MB of XML) in a 2.5 MB file. */
const sharedStringsBomb = (claimedSize?: number) => {
  const part = packRepeated(
    'xl/sharedStrings.xml',
    '<?xml version="1.0"?><sst>',
    '<si><t>x</t></si>'.repeat(62_500),
    960,
    '</sst>',
  );
  const path = join(dir, `bomb${n++}.xlsx`);
  writeZip(
    path,
    workbookParts(packPart('xl/worksheets/sheet1.xml', sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')), {
      ...part,
      claimedSize,
    }),
  );
  return path;
};

describe('reading a workbook in a worker', () => {
  it('reads shared, inline, rich and escaped text, numbers, booleans and errors, and skips blank rows', async () => {
    const sst = sstPart(
      '<si><t>source</t></si><si><r><t>per</t></r><r><rPr><b/></rPr><t>son_id</t></r><rPh><t>ignored</t></rPh></si><si><t>a&amp;b_x000D_c</t></si>',
    );
    const rows =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>n</t></is></c><c r="D1" t="inlineStr"><is><t>flag</t></is></c><c r="E1" t="inlineStr"><is><t>err</t></is></c></row>' +
      '<row r="2" spans="1:5"/><row r="3"><c r="B3" s="1"/></row>' +
      '<row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4" t="str"><f>A4</f><v>P&lt;1&gt;</v></c><c r="C4"><v>1.50E1</v></c><c r="D4" t="b"><v>1</v></c><c r="E4" t="e"><v>#N/A</v></c></row>';
    const { header, rows: read } = await readAll(workbook(rows, sst));
    expect(header).toEqual(['source', 'person_id', 'n', 'flag', 'err']);
    expect(read).toEqual([
      { rowNumber: 1, fields: { source: 'a&b\rc', person_id: 'P<1>', n: '15', flag: 'true', err: '#N/A' } },
    ]);
  });

  it('reads cells without a reference positionally, as Excel does, and quarantines only a row whose reference is broken', async () => {
    const header = recordColumns.person;
    const row = (id: string) => ['police', id, 'victim', 'F', '2010-01'];
    const withoutReferences = inlineRows([[...header], row('W1'), row('W2')], false);
    // a reference skips to column D: the cell after it, without one, is column E
    const mixed =
      '<row><c t="inlineStr"><is><t>police</t></is></c><c t="inlineStr"><is><t>W3</t></is></c><c r="D4" t="inlineStr"><is><t>F</t></is></c><c t="inlineStr"><is><t>2010-01</t></is></c></row>';
    const broken = '<row><c r="1A" t="inlineStr"><is><t>police</t></is></c></row>';
    const result = await ingestDelivery(
      store,
      { file: workbook(withoutReferences + mixed + broken), source: 'police', recordType: 'person', period: '2021' },
      effects,
    );
    expect(result).toMatchObject({ rowsRead: 4, rowsAccepted: 2, rowsQuarantined: 2 });
    expect(
      await store.all('SELECT person_id, sex, birth_year_month FROM person WHERE delivery_id = ? ORDER BY 1', [
        result.deliveryId,
      ]),
    ).toEqual([
      { person_id: 'W1', sex: 'F', birth_year_month: '2010-01' },
      { person_id: 'W2', sex: 'F', birth_year_month: '2010-01' },
    ]);
    const quarantined = await store.all<{ row_number: number; rule: string; value: string }>(
      'SELECT row_number, rule, value FROM quarantine WHERE delivery_id = ? ORDER BY row_number, rule',
      [result.deliveryId],
    );
    // row 3 lost its role to the gap the reference made; row 4 cannot be placed at all
    expect(quarantined).toEqual([
      { row_number: 3, rule: 'required', value: null },
      { row_number: 4, rule: 'unreadable', value: 'cell reference "1A" is not valid' },
    ]);
  });

  it('refuses a workbook whose header lacks contract columns or names direct identifiers, storing nothing', async () => {
    const ingest = (rows: string[][]) =>
      ingestDelivery(
        store,
        { file: workbook(inlineRows(rows)), source: 'police', recordType: 'person', period: '2022' },
        effects,
      ).then(
        () => null,
        (e: unknown) => e as DeliveryError,
      );
    const missing = await ingest([
      ['source', 'person_id'],
      ['police', 'V1'],
    ]);
    expect(missing).toBeInstanceOf(DeliveryError);
    expect(missing?.message).toMatch(/^The header lacks the person columns "role", "sex"/);
    const raw = await ingest([
      [...recordColumns.person, 'Voornaam', 'BSN'],
      ['police', 'V1', 'victim', 'F', '', '', '', '', '', 'Anna', '111222333'],
    ]);
    expect(raw?.message).toContain('still holds direct identifiers (column "Voornaam", "BSN")');
    expect(await store.all("SELECT count(*) AS n FROM delivery WHERE period = '2022'")).toEqual([{ n: 0 }]);
  });

  it('quarantines a cell holding a NUL (Excel writes it _x0000_)', async () => {
    const rows = inlineRows([[...recordColumns.person], ['police', 'N_x0000_1', 'victim', 'F', '2010-01']]);
    const result = await ingestDelivery(
      store,
      { file: workbook(rows), source: 'police', recordType: 'person', period: '2023' },
      effects,
    );
    expect(await store.all('SELECT rule, value FROM quarantine WHERE delivery_id = ?', [result.deliveryId])).toEqual([
      { rule: 'control_character', value: 'N\uFFFD1' },
    ]);
  });
});

describe('hostile workbooks', () => {
  it('refuses a 60-million-string bomb from its zip directory, with memory under 1 GB and the event loop free', async () => {
    const file = sharedStringsBomb();
    const stop = watchProcess();
    const error = await ingestDelivery(
      store,
      { file, source: 'police', recordType: 'person', period: '2019' },
      effects,
    ).then(
      () => null,
      (e: unknown) => e,
    );
    const { maxGapMs, maxRssMb } = stop();
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).message).toMatch(
      /^Part xl\/sharedStrings\.xml of this workbook unpacks to 972\.7 MB, more than the 128 MB it may/,
    );
    expect(maxRssMb).toBeLessThan(1024);
    expect(maxGapMs).toBeLessThan(notBlockedMs);
    expect(await store.all("SELECT count(*) AS n FROM delivery WHERE period = '2019'")).toEqual([{ n: 0 }]);
  });

  it('stops a bomb whose zip directory understates its size while unpacking', async () => {
    const stop = watchProcess();
    const error = await refusalOf(sharedStringsBomb(1 << 20));
    const { maxGapMs, maxRssMb } = stop();
    expect(error?.message).toMatch(
      /^Part xl\/sharedStrings\.xml of this workbook unpacks to more than the 1,048,576 bytes its zip directory states/,
    );
    expect(maxRssMb).toBeLessThan(1024);
    expect(maxGapMs).toBeLessThan(notBlockedMs);
  });

  it('refuses more shared strings, rows or columns than a workbook may hold', async () => {
    const strings = sstPart('<si><t>a</t></si>'.repeat(11));
    expect(
      (await refusalOf(workbook('', strings), { limits: { ...xlsxLimits, maxSharedStrings: 10 } }))?.message,
    ).toMatch(/^This workbook holds more than 10 distinct texts/);
    const rows = inlineRows(Array.from({ length: 6 }, () => ['x']));
    expect((await refusalOf(workbook(rows), { limits: { ...xlsxLimits, maxRows: 5 } }))?.message).toMatch(
      /^The sheet has a row 6, past the 5 rows Excel allows/,
    );
    expect((await refusalOf(workbook('<row r="1048577"><c><v>1</v></c></row>')))?.message).toMatch(
      /^The sheet has a row 1,048,577, past the 1,048,576 rows/,
    );
    expect((await refusalOf(workbook('<row r="1"><c r="XFE1"><v>1</v></c></row>')))?.message).toMatch(
      /^Cell XFE1 of row 1 lies past column XFD/,
    );
    // shared strings unfold: one long text in many cells is bounded in all
    const long = sstPart(`<si><t>${'y'.repeat(1000)}</t></si>`);
    const repeated = `<row r="1"><c t="inlineStr"><is><t>h</t></is></c></row>${'<row><c t="s"><v>0</v></c></row>'.repeat(100)}`;
    expect(
      (await refusalOf(workbook(repeated, long), { limits: { ...xlsxLimits, maxTotalText: 50_000 } }))?.message,
    ).toMatch(/cells hold more than 50,000 characters of text/);
  });

  it('ends a worker that runs out of memory with a DeliveryError, while the process and its event loop carry on', async () => {
    const relaxed = {
      ...xlsxLimits,
      maxRatio: Number.POSITIVE_INFINITY,
      maxSharedStringsBytes: Number.POSITIVE_INFINITY,
      maxSharedStrings: Number.POSITIVE_INFINITY,
    };
    const stop = watchProcess();
    const error = await refusalOf(sharedStringsBomb(), { limits: relaxed, heapMb: 32 });
    const { maxGapMs, maxRssMb } = stop();
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error?.message).toBe(
      'Reading this workbook needs more than the 32 MB of memory one delivery may use: deliver it as CSV UTF-8 (in Excel: Save as, "CSV UTF-8 (comma delimited)") instead.',
    );
    expect(maxGapMs).toBeLessThan(notBlockedMs);
    expect(maxRssMb).toBeLessThan(1024);
    expect((await readAll(workbook(inlineRows([['a'], ['1']])))).rows).toEqual([{ rowNumber: 1, fields: { a: '1' } }]);
  });

  it('refuses what is not a workbook: text, an old .xls, a damaged zip', async () => {
    const write = (bytes: Buffer | string) => {
      const path = join(dir, `not${n++}.xlsx`);
      writeFileSync(path, bytes);
      return path;
    };
    expect((await refusalOf(write('source,person_id\npolice,P1\n')))?.message).toMatch(
      /^This file is text \(a CSV or JSON lines file, perhaps\), not an XLSX workbook/,
    );
    expect(
      (await refusalOf(write(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))))?.message,
    ).toMatch(/^This file is an old Excel workbook \(\.xls\) or a password-protected one/);
    const whole = workbook(inlineRows([['a'], ['1']]));
    const bytes = readFileSync(whole);
    expect((await refusalOf(write(bytes.subarray(0, bytes.length - 30))))?.message).toMatch(/damaged zip archive/);
  });
});
