import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { contractVersion, type RecordType, recordColumns } from '../contract/index.ts';
import type { Store } from '../store/index.ts';
import { type RowProblem, rowProblem } from './delivery-rules.ts';
import { type DeliveryFormat, formatOfFile, readDeliveryFile } from './read-delivery-file.ts';
import { validateRecord } from './validate-record.ts';

export type IngestRequest = {
  readonly file: string;
  readonly source: string;
  readonly recordType: RecordType;
  readonly format?: DeliveryFormat;
};

export type IngestEffects = {
  readonly today: string;
  readonly now: () => Date;
  readonly onProgress?: (rowsRead: number) => void;
};

export type IngestResult = {
  readonly deliveryId: string;
  readonly status: 'stored' | 'unchanged';
  readonly rowsRead: number;
  readonly rowsAccepted: number;
  readonly rowsQuarantined: number;
};

const idColumn: Record<RecordType, string> = { registration: 'registration_id', person: 'person_id', case_event: 'event_id' };
const batchSize = 20_000;

/**
 * Stores a delivered file: every row lands exactly once or goes to quarantine with its reasons,
 * in one transaction. The same file delivered twice changes nothing.
 */
export async function ingestDelivery(store: Store, request: IngestRequest, effects: IngestEffects): Promise<IngestResult> {
  const { file, source, recordType } = request;
  const format = request.format ?? formatOfFile(file);
  const contentHash = await hashFile(file);
  const deliveryId = `${source}:${recordType}:${contentHash.slice(0, 16)}`;
  const existing = await store.all<{ rows_read: number; rows_accepted: number; rows_quarantined: number }>(
    'SELECT rows_read, rows_accepted, rows_quarantined FROM delivery WHERE source = ? AND record_type = ? AND content_hash = ?',
    [source, recordType, contentHash],
  );
  if (existing[0]) {
    const e = existing[0];
    return { deliveryId, status: 'unchanged', rowsRead: e.rows_read, rowsAccepted: e.rows_accepted, rowsQuarantined: e.rows_quarantined };
  }

  const columns = recordColumns[recordType];
  const stage = `stage_${recordType}`;
  await store.run(`CREATE OR REPLACE TEMP TABLE ${stage} (row_number INTEGER, ${columns.map((c) => `"${c}" VARCHAR`).join(', ')})`);
  await store.run(
    'CREATE OR REPLACE TEMP TABLE stage_quarantine (row_number INTEGER, column_name VARCHAR, value VARCHAR, rule VARCHAR, message_nl VARCHAR, message_en VARCHAR)',
  );

  const seen = new Map<string, number>();
  let good: (string | number | null)[][] = [];
  let bad: (string | number | null)[][] = [];
  let rowsRead = 0;
  const quarantine = (problems: readonly RowProblem[]) => {
    for (const p of problems) bad.push([p.rowNumber, p.column, p.value, p.rule, p.messageNl, p.messageEn]);
  };
  const flush = async () => {
    if (good.length) await store.append(stage, good);
    if (bad.length) await store.append('stage_quarantine', bad);
    good = [];
    bad = [];
  };

  let missingColumns: string[] | null = null;
  for await (const row of readDeliveryFile(file, format)) {
    rowsRead++;
    if ('problem' in row) quarantine([row.problem]);
    else {
      // A file with tabular headers must name every contract column; JSON lines may leave blanks out.
      missingColumns ??= format === 'jsonl' ? [] : columns.filter((c) => !(c in row.fields));
      if (missingColumns.length > 0) {
        quarantine(missingColumns.map((c) => rowProblem(row.rowNumber, 'header', c, null)));
        continue;
      }
      const result = validateRecord(recordType, row.rowNumber, row.fields, { source, today: effects.today });
      if (!result.ok) quarantine(result.problems);
      else {
        const record = result.record as Record<string, unknown>;
        const id = String(record[idColumn[recordType]]);
        const first = seen.get(id);
        if (first !== undefined) quarantine([rowProblem(row.rowNumber, 'duplicate', String(first), id)]);
        else {
          seen.set(id, row.rowNumber);
          good.push([row.rowNumber, ...columns.map((c) => toCell(record[c]))]);
        }
      }
    }
    if (good.length + bad.length >= batchSize) {
      await flush();
      effects.onProgress?.(rowsRead);
    }
  }
  await flush();
  effects.onProgress?.(rowsRead);

  const id = idColumn[recordType];
  const fileName = basename(file);
  return store.transaction(async () => {
    await store.run(
      `INSERT INTO stage_quarantine
       SELECT s.row_number, ?, s."${id}", 'already_stored', ?, ? FROM ${stage} s
       WHERE EXISTS (SELECT 1 FROM ${recordType} t WHERE t.source = s.source AND t."${id}" = s."${id}")`,
      [id, ...alreadyStoredMessages()],
    );
    await store.run(
      `INSERT INTO ${recordType} (delivery_id, ${columns.map((c) => `"${c}"`).join(', ')})
       SELECT ?, ${columns.map((c) => `s."${c}"`).join(', ')} FROM ${stage} s
       WHERE NOT EXISTS (SELECT 1 FROM ${recordType} t WHERE t.source = s.source AND t."${id}" = s."${id}")`,
      [deliveryId],
    );
    await store.run(
      `INSERT INTO quarantine SELECT ?, ?, ?, ?, row_number, column_name, value, rule, message_nl, message_en FROM stage_quarantine`,
      [deliveryId, source, recordType, fileName],
    );
    await store.run(
      `UPDATE quarantine SET message_nl = replace(message_nl, '{value}', value), message_en = replace(message_en, '{value}', value)
       WHERE delivery_id = ? AND rule = 'already_stored'`,
      [deliveryId],
    );
    const [counts] = await store.all<{ accepted: number; quarantined: number }>(
      `SELECT (SELECT count(*) FROM ${recordType} WHERE delivery_id = ?) AS accepted,
              (SELECT count(DISTINCT row_number) FROM quarantine WHERE delivery_id = ?) AS quarantined`,
      [deliveryId, deliveryId],
    );
    const rowsAccepted = counts?.accepted ?? 0;
    const rowsQuarantined = counts?.quarantined ?? 0;
    await store.run('INSERT INTO delivery VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
      deliveryId, source, recordType, fileName, format, contentHash, contractVersion,
      effects.now().toISOString(), rowsRead, rowsAccepted, rowsQuarantined,
    ]);
    return { deliveryId, status: 'stored' as const, rowsRead, rowsAccepted, rowsQuarantined };
  });
}

function toCell(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return String(value);
}

function alreadyStoredMessages(): [string, string] {
  const p = rowProblem(0, 'already_stored', null, '{value}');
  return [p.messageNl, p.messageEn];
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
