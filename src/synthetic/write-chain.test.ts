import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../csv/index.ts';
import { extractColumns } from './extract-columns.ts';
import { simulateChain } from './simulate-chain.ts';
import type { SyntheticChain } from './synthetic-chain.ts';
import { type WrittenChain, writeChain } from './write-chain.ts';

const asText = (v: unknown) => (v === null || v === undefined ? null : String(v));

describe('writeChain', () => {
  let chain: SyntheticChain;
  let dir: string;
  let written: WrittenChain;
  beforeAll(async () => {
    chain = simulateChain({ seed: 5, yearFrom: 2018, yearTo: 2025, scale: 0.02 });
    dir = await mkdtemp(join(tmpdir(), 'zicht-chain-'));
    written = await writeChain(chain, dir, { formats: ['csv', 'jsonl', 'xlsx'] });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes CSV that reads back as the same rows, malformed ones included', async () => {
    for (const [source, extract] of Object.entries(chain.extracts)) {
      for (const recordType of ['registration', 'person', 'case_event'] as const) {
        const columns = extractColumns[recordType];
        const [header, ...rows] = parseCsv(await readFile(join(dir, 'extracts', source, `${recordType}.csv`), 'utf8'), {
          nullAware: true,
        });
        expect(header).toEqual(columns);
        expect(rows).toEqual(extract[recordType].map((row) => columns.map((c) => asText(row[c]))));
      }
    }
  });

  it('writes JSONL that parses back to exactly the rows', async () => {
    for (const [source, extract] of Object.entries(chain.extracts)) {
      for (const recordType of ['registration', 'person', 'case_event'] as const) {
        const text = await readFile(join(dir, 'extracts', source, `${recordType}.jsonl`), 'utf8');
        const rows = text
          .split('\n')
          .filter((l) => l.length > 0)
          .map((l) => JSON.parse(l));
        expect(rows).toEqual(extract[recordType]);
      }
    }
  });

  it('writes XLSX with one sheet named after the record type, a header row and every row', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'extracts', 'police', 'registration.xlsx'));
    const sheet = workbook.getWorksheet('registration');
    expect(sheet).toBeDefined();
    expect(sheet?.getRow(1).values).toEqual([undefined, ...extractColumns.registration]);
    expect(sheet?.rowCount).toBe(chain.extracts.police.registration.length + 1);
    expect(sheet?.getRow(2).getCell(2).value).toBe(chain.extracts.police.registration[0]?.registration_id);
  });

  it('writes the truth and reports every file with its row count', async () => {
    const victims = parseCsv(await readFile(join(dir, 'truth', 'victims.csv'), 'utf8'), { nullAware: true });
    expect(victims.length - 1).toBe(chain.truth.victims.length);
    const faults = parseCsv(await readFile(join(dir, 'truth', 'faults.csv'), 'utf8'), { nullAware: true });
    expect(faults.length - 1).toBe(chain.truth.faults.length);
    const summary = JSON.parse(await readFile(join(dir, 'truth', 'summary.json'), 'utf8'));
    expect(summary.simulation.seed).toBe(5);
    expect(written.files.filter((f) => f.kind === 'extract')).toHaveLength(7 * 3 * 3);
    const policeCsv = written.files.find((f) => f.path.endsWith(join('police', 'registration.csv')));
    expect(policeCsv?.rows).toBe(chain.extracts.police.registration.length);
    for (const name of ['person-links', 'registration-links', 'victims', 'victims-per-year', 'faults']) {
      expect(written.files.some((f) => f.path.endsWith(join('truth', `${name}.csv`)))).toBe(true);
    }
  });
});
