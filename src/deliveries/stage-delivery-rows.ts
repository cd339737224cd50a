import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RecordType, recordColumns } from '../contract/index.ts';
import type { Store } from '../store/index.ts';
import { writeCsvFile } from './csv-writer.ts';
import { type RowProblem, rowProblem } from './delivery-rules.ts';
import { type DeliveryFormat, readDeliveryFile } from './read-delivery-file.ts';
import { scanCsvStructure } from './scan-csv-structure.ts';
import { validateStagedRows } from './validate-staged-rows.ts';

export const idColumn: Readonly<Record<RecordType, string>> = { registration: 'registration_id', person: 'person_id', case_event: 'event_id' };

export type StagedCounts = { readonly rowsRead: number };

/** `auto`: DuckDB reads a clean CSV itself, anything else goes through the careful reader; `careful`: always the careful reader. */
export type StagingReader = 'auto' | 'careful';

const asText = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

/**
 * Reads a delivery file of any format once, row by row, and stages it for validation: rows that
 * cannot be read at all go straight to `stage_quarantine`; the others are written, numbered, to a
 * normalised CSV that DuckDB loads into `stage_raw`, where every contract rule is checked in SQL.
 * Leaves the valid rows in `stage_<recordType>`. Nothing in the store's own tables changes here.
 */
export async function stageDeliveryRows(
  store: Store,
  file: string,
  format: DeliveryFormat,
  recordType: RecordType,
  context: { source: string; today: string; onProgress?: (rowsRead: number) => void; onStep?: (step: string, ms: number) => void; reader?: StagingReader },
): Promise<StagedCounts> {
  const columns = recordColumns[recordType];
  await store.run(
    'CREATE OR REPLACE TEMP TABLE stage_quarantine (row_number INTEGER, column_name VARCHAR, value VARCHAR, rule VARCHAR, message_nl VARCHAR, message_en VARCHAR)',
  );
  if (format === 'csv' && context.reader !== 'careful') {
    const started = performance.now();
    const rowsRead = await stageCleanCsv(store, file, recordType, context.onProgress);
    if (rowsRead !== null) {
      context.onStep?.('read (DuckDB)', performance.now() - started);
      context.onProgress?.(rowsRead);
      await validateStagedRows(store, recordType, context);
      return { rowsRead };
    }
  }
  const unreadable: RowProblem[] = [];
  let rowsRead = 0;
  let missingColumns: string[] | null = null;
  async function* readable(): AsyncGenerator<readonly unknown[]> {
    for await (const row of readDeliveryFile(file, format)) {
      rowsRead++;
      if (rowsRead % 50_000 === 0) context.onProgress?.(rowsRead);
      if ('problem' in row) {
        unreadable.push(row.problem);
        continue;
      }
      // A file with tabular headers must name every contract column; JSON lines may leave blanks out.
      missingColumns ??= format === 'jsonl' ? [] : columns.filter((c) => !(c in row.fields));
      if (missingColumns.length > 0) {
        for (const c of missingColumns) unreadable.push(rowProblem(row.rowNumber, 'header', c, null));
        continue;
      }
      yield [row.rowNumber, ...columns.map((c) => asText(row.fields[c]))];
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'zicht-stage-'));
  try {
    const normalised = join(dir, 'rows.csv');
    await writeCsvFile(normalised, ['row_number', ...columns], readable());
    context.onProgress?.(rowsRead);
    const types = `{'row_number': 'INTEGER', ${columns.map((c) => `'${c}': 'VARCHAR'`).join(', ')}}`;
    await store.run(
      `CREATE OR REPLACE TEMP TABLE stage_raw AS SELECT * FROM read_csv(?, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = ${types})`,
      [normalised],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (unreadable.length > 0) {
    await store.append('stage_quarantine', unreadable.map((p) => [p.rowNumber, p.column, p.value, p.rule, p.messageNl, p.messageEn]));
  }
  await validateStagedRows(store, recordType, context);
  return { rowsRead };
}

const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * The fast path for a well-formed UTF-8 CSV: DuckDB reads the file itself, in parallel, numbering
 * rows in file order. Returns null (and stages nothing) when the file needs the careful reader:
 * another encoding, ragged rows, a broken quote, a missing column — or when the numbering DuckDB
 * gave does not match the rows sampled by the scan.
 */
async function stageCleanCsv(store: Store, file: string, recordType: RecordType, onProgress?: (rows: number) => void): Promise<number | null> {
  const columns = recordColumns[recordType];
  const structure = await scanCsvStructure(file, idColumn[recordType], onProgress);
  if (!structure.utf8 || !structure.wellFormed || !columns.every((c) => structure.header.includes(c))) return null;
  const types = `{${structure.header.map((c) => `${sqlText(c)}: 'VARCHAR'`).join(', ')}}`;
  try {
    await store.run(
      `CREATE OR REPLACE TEMP TABLE stage_raw AS
       SELECT CAST(row_number() OVER () AS INTEGER) AS row_number, ${columns.map((c) => `"${c}"`).join(', ')}
       FROM read_csv(?, header = true, auto_detect = false, delim = ?, quote = '"', escape = '"', columns = ${types}, parallel = ?)`,
      [file, structure.delimiter, !structure.multiline],
    );
  } catch {
    // DuckDB's reader refuses what it cannot split (e.g. a line longer than its buffer): the careful path reads it
    return null;
  }
  const [count] = await store.all<{ n: number }>('SELECT count(*) AS n FROM stage_raw');
  const sampled = await store.all<{ row_number: number; key: string | null }>(
    `SELECT row_number, "${idColumn[recordType]}" AS key FROM stage_raw WHERE row_number IN (SELECT unnest(?::INTEGER[]))`,
    [`[${[...structure.samples.keys()].join(',')}]`],
  );
  const inOrder = sampled.length === structure.samples.size && sampled.every((r) => (r.key ?? '') === structure.samples.get(r.row_number));
  if (count?.n !== structure.records || !inOrder) {
    await store.run('DROP TABLE IF EXISTS stage_raw');
    return null;
  }
  return structure.records;
}
