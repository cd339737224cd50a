import { type RecordType, recordColumns } from '../contract/index.ts';
import type { Store } from '../store/index.ts';
import { type RowProblem, rowProblem } from './delivery-rules.ts';
import { type DeliveryFormat, readDeliveryFile } from './read-delivery-file.ts';
import { validateRecord } from './validate-record.ts';

export const idColumn: Readonly<Record<RecordType, string>> = { registration: 'registration_id', person: 'person_id', case_event: 'event_id' };
const batchSize = 20_000;

export type StagedCounts = { readonly rowsRead: number };

/**
 * Reads a delivery file row by row, validates every row against the contract and stages the good
 * rows and the problems in temporary tables (`stage_<type>`, `stage_quarantine`). Nothing in the
 * store's own tables changes here.
 */
export async function stageDeliveryRows(
  store: Store,
  file: string,
  format: DeliveryFormat,
  recordType: RecordType,
  context: { source: string; today: string; onProgress?: (rowsRead: number) => void },
): Promise<StagedCounts> {
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
      if (missingColumns.length > 0) quarantine(missingColumns.map((c) => rowProblem(row.rowNumber, 'header', c, null)));
      else {
        const result = validateRecord(recordType, row.rowNumber, row.fields, context);
        if (!result.ok) quarantine(result.problems);
        else {
          const record = result.record as Record<string, unknown>;
          const id = String(record[idColumn[recordType]]);
          const first = seen.get(id);
          if (first !== undefined) quarantine([rowProblem(row.rowNumber, 'duplicate', String(first), id)]);
          else {
            seen.set(id, row.rowNumber);
            good.push([row.rowNumber, ...columns.map((c) => (record[c] === null || record[c] === undefined ? null : String(record[c])))]);
          }
        }
      }
    }
    if (good.length + bad.length >= batchSize) {
      await flush();
      context.onProgress?.(rowsRead);
    }
  }
  await flush();
  context.onProgress?.(rowsRead);
  return { rowsRead };
}
