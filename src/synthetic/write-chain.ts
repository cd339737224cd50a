import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type RecordType, recordTypes, type SourceCode, sources } from '../contract/index.ts';
import { formatCsvRecord, nullAwareCsvField } from '../csv/index.ts';
import { extractColumns } from './extract-columns.ts';
import type { RawRow, SyntheticChain } from './synthetic-chain.ts';
import { writeTextLines } from './write-text-lines.ts';
import { writeXlsxSheet } from './write-xlsx-sheet.ts';

export type ChainFormat = 'csv' | 'jsonl' | 'xlsx';

export type WrittenFile = {
  path: string;
  kind: 'extract' | 'truth';
  source: SourceCode | null;
  recordType: RecordType | null;
  format: ChainFormat | 'json';
  /** data rows (without the header) */
  rows: number;
  /** size in bytes for text files; null for xlsx */
  bytes: number | null;
};

export type WrittenChain = { outDir: string; files: WrittenFile[] };

function* csvLines(columns: readonly string[], rows: readonly RawRow[]): Generator<string> {
  yield formatCsvRecord(columns, nullAwareCsvField);
  for (const row of rows)
    yield formatCsvRecord(
      columns.map((c) => row[c] ?? null),
      nullAwareCsvField,
    );
}

function* jsonLines(columns: readonly string[], rows: readonly RawRow[]): Generator<string> {
  for (const row of rows) {
    const ordered: RawRow = {};
    for (const c of columns) ordered[c] = row[c] ?? null;
    yield JSON.stringify(ordered);
  }
}

async function writeCsv(path: string, columns: readonly string[], rows: readonly RawRow[]) {
  const { bytes } = await writeTextLines(path, csvLines(columns, rows));
  return { rows: rows.length, bytes };
}

function truthTables(chain: SyntheticChain): { name: string; columns: string[]; rows: RawRow[] }[] {
  const t = chain.truth;
  return [
    { name: 'person-links', columns: ['source', 'person_id', 'true_person_id', 'role'], rows: t.personLinks },
    {
      name: 'person-phenomena',
      columns: ['source', 'person_id', 'phenomena'],
      rows: t.personPhenomena.map((p) => ({ ...p, phenomena: p.phenomena.join(';') })),
    },
    {
      name: 'registration-links',
      columns: ['source', 'registration_id', 'true_incident_id'],
      rows: t.registrationLinks,
    },
    {
      name: 'victims',
      columns: [
        'true_person_id',
        'sex',
        'date_of_birth',
        'incident_years',
        'registered',
        'sources',
        'twin_of',
        'sibling_of',
      ],
      rows: t.victims.map((v) => ({ ...v, incident_years: v.incident_years.join(';'), sources: v.sources.join(';') })),
    },
    {
      name: 'victims-per-year',
      columns: ['year', 'total', 'registered_by_any_source'],
      rows: t.victimsPerYear.map((y) => ({
        year: y.year,
        total: y.total,
        registered_by_any_source: y.registeredByAnySource,
      })),
    },
    {
      name: 'faults',
      columns: ['source', 'record_type', 'row_index', 'kind', 'column', 'original', 'invalid'],
      rows: t.faults.map((f) => ({
        source: f.source,
        record_type: f.recordType,
        row_index: f.rowIndex,
        kind: f.kind,
        column: f.column,
        original: f.original,
        invalid: f.invalid,
      })),
    },
  ];
}

/**
 * Writes the raw extracts to `outDir/extracts/<source>/<recordType>.<ext>` in each format asked for,
 * and the ground truth to `outDir/truth/`. Rows are written as they are, malformed ones included.
 */
export async function writeChain(
  chain: SyntheticChain,
  outDir: string,
  options: { formats: ChainFormat[] },
): Promise<WrittenChain> {
  const files: WrittenFile[] = [];
  const recordTypeNames = Object.keys(recordTypes) as RecordType[];
  for (const source of sources.codes) {
    const dir = join(outDir, 'extracts', source);
    await mkdir(dir, { recursive: true });
    for (const recordType of recordTypeNames) {
      const rows = chain.extracts[source][recordType];
      const columns = extractColumns[recordType];
      for (const format of options.formats) {
        const path = join(dir, `${recordType}.${format}`);
        const base = { path, kind: 'extract', source, recordType, format } as const;
        if (format === 'csv') files.push({ ...base, ...(await writeCsv(path, columns, rows)) });
        else if (format === 'jsonl')
          files.push({
            ...base,
            rows: rows.length,
            bytes: (await writeTextLines(path, jsonLines(columns, rows))).bytes,
          });
        else files.push({ ...base, rows: await writeXlsxSheet(path, recordType, columns, rows), bytes: null });
      }
    }
  }

  const truthDir = join(outDir, 'truth');
  await mkdir(truthDir, { recursive: true });
  for (const table of truthTables(chain)) {
    const path = join(truthDir, `${table.name}.csv`);
    files.push({
      path,
      kind: 'truth',
      source: null,
      recordType: null,
      format: 'csv',
      ...(await writeCsv(path, table.columns, table.rows)),
    });
  }
  const summary = {
    simulation: chain.truth.simulation,
    rows: Object.fromEntries(
      sources.codes.map((s) => [s, Object.fromEntries(recordTypeNames.map((r) => [r, chain.extracts[s][r].length]))]),
    ),
    registrations: sources.codes.reduce((n, s) => n + chain.extracts[s].registration.length, 0),
    incidentsPerYear: chain.truth.incidentsPerYear,
    victimsPerYear: chain.truth.victimsPerYear,
    victims: { total: chain.truth.victims.length, registered: chain.truth.victims.filter((v) => v.registered).length },
    faultsByKind: chain.truth.faults.reduce<Record<string, number>>((acc, f) => {
      acc[f.kind] = (acc[f.kind] ?? 0) + 1;
      return acc;
    }, {}),
  };
  const summaryPath = join(truthDir, 'summary.json');
  const text = `${JSON.stringify(summary, null, 2)}\n`;
  await writeFile(summaryPath, text, 'utf8');
  files.push({
    path: summaryPath,
    kind: 'truth',
    source: null,
    recordType: null,
    format: 'json',
    rows: 1,
    bytes: Buffer.byteLength(text),
  });
  return { outDir, files };
}
