import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RecordType, recordColumns } from '../contract/index.ts';
import type { Store } from '../store/index.ts';
import { checkDeliveryHeader } from './check-delivery-header.ts';
import { writeCsvFile } from './write-csv-file.ts';
import type { RowProblem } from './delivery-rules.ts';
import { JsonFieldsSeen } from './json-fields-seen.ts';
import { type DeliveryFormat, readDeliveryFile } from './read-delivery-file.ts';
import { refuseStagedDirectIdentifiers } from './refuse-staged-identifiers.ts';
import { type CsvHeader, type CsvStructure, readCsvHeader, scanCsvStructure } from './scan-csv-structure.ts';
import { validateStagedRows } from './validate-staged-rows.ts';

export const idColumn: Readonly<Record<RecordType, string>> = {
  registration: 'registration_id',
  person: 'person_id',
  case_event: 'event_id',
};

export type StagedCounts = { readonly rowsRead: number };

/** `auto`: DuckDB reads a clean CSV itself, anything else goes through the careful reader; `careful`: always the careful reader. */
export type StagingReader = 'auto' | 'careful';

export type StagingContext = {
  readonly source: string;
  readonly today: string;
  readonly onProgress?: (rowsRead: number) => void;
  readonly onStep?: (step: string, ms: number) => void;
  /** A CSV as scanned and loaded by DuckDB (`scanAndLoadCsv`): its rows are staged from there when the scan found it clean. */
  readonly csv?: CsvScan | null;
};

const asText = (v: unknown): string | null => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

/**
 * Stages a delivery file for validation. A clean CSV that DuckDB has already read (`scanAndLoadCsv`)
 * is used as it is; any other file is read once, row by row: rows that cannot be read at all go
 * straight to `stage_quarantine`, the others are written, numbered, to a normalised CSV that DuckDB
 * loads. Either way the rows are seen as `stage_raw`, where every contract rule is checked in SQL,
 * and the valid rows as `stage_<recordType>`. Nothing in the store's own tables changes here.
 *
 * A file that cannot be a delivery of `recordType` as a whole is refused with a `DeliveryError`
 * instead (nothing staged is kept): one that still holds direct identifiers (by a column's name, or
 * a BSN or name in a token column), or whose header lacks contract columns.
 */
export async function stageDeliveryRows(
  store: Store,
  file: string,
  format: DeliveryFormat,
  recordType: RecordType,
  context: StagingContext,
): Promise<StagedCounts> {
  const columns = recordColumns[recordType];
  await store.run(
    'CREATE OR REPLACE TEMP TABLE stage_quarantine (row_number INTEGER, column_name VARCHAR, value VARCHAR, rule VARCHAR, message_nl VARCHAR, message_en VARCHAR)',
  );
  if (format === 'csv' && context.csv) {
    const started = performance.now();
    const rowsRead = await stageCleanCsv(store, file, recordType, context.csv);
    if (rowsRead !== null) {
      context.onStep?.('check file order', performance.now() - started);
      context.onProgress?.(rowsRead);
      await validateStagedRows(store, recordType, {
        ...context,
        controlCharacters: context.csv.structure.controlCharacters,
      });
      await refuseStagedDirectIdentifiers(store, recordType);
      return { rowsRead };
    }
  }
  const unreadable: RowProblem[] = [];
  let rowsRead = 0;
  const jsonFields = format === 'jsonl' ? new JsonFieldsSeen(recordType) : null;
  // a CSV or workbook must name every contract column in its header; JSON lines may leave blanks out
  const onHeader = (header: readonly string[]) => checkDeliveryHeader(recordType, header);
  async function* readable(): AsyncGenerator<readonly unknown[]> {
    for await (const row of readDeliveryFile(file, format, { onHeader })) {
      rowsRead++;
      if (rowsRead % 50_000 === 0) context.onProgress?.(rowsRead);
      if ('problem' in row) {
        unreadable.push(row.problem);
        continue;
      }
      jsonFields?.add(row.fields);
      yield [row.rowNumber, ...columns.map((c) => asText(row.fields[c]))];
    }
    jsonFields?.end();
  }
  const dir = mkdtempSync(join(tmpdir(), 'zicht-stage-'));
  try {
    const normalised = join(dir, 'rows.csv');
    await writeCsvFile(normalised, ['row_number', ...columns], readable());
    context.onProgress?.(rowsRead);
    const types = `{'row_number': 'INTEGER', ${columns.map((c) => `'${c}': 'VARCHAR'`).join(', ')}}`;
    await store.run(
      `CREATE OR REPLACE TEMP TABLE stage_file AS SELECT * FROM read_csv(?, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = ${types})`,
      [normalised],
    );
    await store.run('CREATE OR REPLACE TEMP VIEW stage_raw AS SELECT * FROM stage_file');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (unreadable.length > 0) {
    await store.append(
      'stage_quarantine',
      unreadable.map((p) => [p.rowNumber, p.column, p.value, p.rule, p.messageNl, p.messageEn]),
    );
  }
  await validateStagedRows(store, recordType, context);
  await refuseStagedDirectIdentifiers(store, recordType);
  return { rowsRead };
}

const sqlText = (text: string) => `'${text.replaceAll("'", "''")}'`;

export type CsvScan = {
  readonly structure: CsvStructure;
  /** The header as read on its own, before the scan (null when the file has no first line). */
  readonly header: CsvHeader | null;
  /** Whether DuckDB read the file into `stage_file` with that header, in parallel. */
  readonly loaded: boolean;
};

/** DuckDB reads a CSV's rows as text into `stage_file`, in file order, in parallel unless told not to. */
async function loadCsvFile(
  store: Store,
  file: string,
  recordType: RecordType,
  { delimiter, header }: CsvHeader,
  parallel: boolean,
): Promise<void> {
  const types = `{${header.map((c) => `${sqlText(c)}: 'VARCHAR'`).join(', ')}}`;
  await store.run(
    `CREATE OR REPLACE TEMP TABLE stage_file AS
     SELECT ${recordColumns[recordType].map((c) => `"${c}"`).join(', ')}
     FROM read_csv(?, header = true, auto_detect = false, delim = ?, quote = '"', escape = '"', columns = ${types}, parallel = ?)`,
    [file, delimiter, parallel],
  );
}

/**
 * Scans a CSV (hash, encoding, structure) while DuckDB, on its own threads, already reads it into
 * `stage_file`: most files are clean, and a file that is not only costs a wasted temporary table.
 */
export async function scanAndLoadCsv(
  store: Store,
  file: string,
  recordType: RecordType,
  onProgress?: (records: number) => void,
): Promise<CsvScan> {
  // refuses a file that is not UTF-8 text, or whose header cannot be this record type's, before DuckDB reads a byte
  const header = await readCsvHeader(file);
  if (header !== null) checkDeliveryHeader(recordType, header.header);
  const readable = header !== null;
  // DuckDB refusing the file (e.g. a line longer than its buffer) only means the careful reader reads it
  const loading = readable
    ? loadCsvFile(store, file, recordType, header, true).then(
        () => true,
        () => false,
      )
    : Promise.resolve(false);
  try {
    const structure = await scanCsvStructure(file, idColumn[recordType], onProgress);
    return { structure, header, loaded: await loading };
  } finally {
    await loading;
  }
}

/**
 * The fast path for a well-formed UTF-8 CSV that DuckDB has read itself: a row's number is its
 * rowid + 1 (DuckDB keeps file order; a window numbering the rows would make the read serial).
 * Returns null (and leaves nothing staged) when the file needs the careful reader: another
 * encoding, ragged rows, a broken quote, a missing column — or when the rows DuckDB read do not
 * match the count and the rows sampled by the scan.
 */
async function stageCleanCsv(
  store: Store,
  file: string,
  recordType: RecordType,
  { structure, header, loaded }: CsvScan,
): Promise<number | null> {
  const columns = recordColumns[recordType];
  const sameHeader =
    header !== null &&
    header.delimiter === structure.delimiter &&
    header.header.join('\n') === structure.header.join('\n');
  const clean =
    structure.utf8 && structure.wellFormed && columns.every((c) => structure.header.includes(c)) && sameHeader;
  // a quoted newline: DuckDB reads such a file again, without splitting it between threads
  const read =
    clean &&
    (structure.multiline
      ? await loadCsvFile(store, file, recordType, header, false).then(
          () => true,
          () => false,
        )
      : loaded);
  if (!read) {
    await store.run('DROP TABLE IF EXISTS stage_file');
    return null;
  }
  await store.run(
    `CREATE OR REPLACE TEMP VIEW stage_raw AS SELECT CAST(rowid + 1 AS INTEGER) AS row_number, ${columns.map((c) => `"${c}"`).join(', ')} FROM stage_file`,
  );
  const [count] = await store.all<{ n: number }>('SELECT count(*) AS n FROM stage_raw');
  const sampled = await store.all<{ row_number: number; key: string | null }>(
    `SELECT row_number, "${idColumn[recordType]}" AS key FROM stage_raw WHERE row_number IN (SELECT unnest(?::INTEGER[]))`,
    [`[${[...structure.samples.keys()].join(',')}]`],
  );
  const inOrder =
    sampled.length === structure.samples.size &&
    sampled.every((r) => (r.key ?? '') === structure.samples.get(r.row_number));
  if (count?.n !== structure.records || !inOrder) {
    await store.run('DROP VIEW stage_raw');
    await store.run('DROP TABLE stage_file');
    return null;
  }
  return structure.records;
}
