import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readDeliveryFile } from '../deliveries/index.ts';
import {
  type CaptureTable,
  type CaptureTableProblem,
  type CovariateCaptureTable,
  captureTableFromRows,
} from '../estimation/index.ts';

/** A capture-table file `zicht mse` cannot use: says where and what to fix. */
export class CaptureTableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CaptureTableFileError';
  }
}

/** A capture table as read, and split by covariates when the file has them. */
export type ReadCaptureTable = { readonly table: CaptureTable; readonly covariateTable?: CovariateCaptureTable };

/**
 * Reads a capture table (one 0/1 column per list and a count column, and the `covariates` columns
 * named) with the delivery readers, so CSV, JSON lines and XLSX all work; every problem of the file
 * is reported at once.
 */
export async function readCaptureTable(file: string, covariates: readonly string[] = []): Promise<ReadCaptureTable> {
  let header: string[] | null = null;
  const rows: { row: number; fields: Readonly<Record<string, unknown>> }[] = [];
  const problems: CaptureTableProblem[] = [];
  try {
    for await (const delivered of readDeliveryFile(file)) {
      if ('problem' in delivered) {
        problems.push({
          row: delivered.rowNumber,
          column: delivered.problem.column,
          message: delivered.problem.messageEn,
        });
        continue;
      }
      header ??= Object.keys(delivered.fields);
      rows.push({ row: delivered.rowNumber, fields: delivered.fields });
    }
  } catch (error) {
    throw new CaptureTableFileError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = captureTableFromRows(header ?? [], rows, covariates);
  const all = [...problems, ...(parsed.ok ? [] : parsed.problems)];
  if (all.length > 0 || !parsed.ok) {
    const where = (p: CaptureTableProblem) =>
      [p.row === null ? null : `row ${p.row}`, p.column ? `column ${p.column}` : null].filter(Boolean).join(', ');
    const lines = all.slice(0, 20).map((p) => `  ${file}${where(p) ? ` (${where(p)})` : ''}: ${p.message}`);
    if (all.length > 20) lines.push(`  … and ${all.length - 20} more`);
    throw new CaptureTableFileError(
      `${file} is not a capture table (one 0/1 column per list${covariates.length > 0 ? `, the columns ${covariates.join(', ')}` : ''} and a count column):\n${lines.join('\n')}`,
    );
  }
  return parsed.covariateTable
    ? { table: parsed.table, covariateTable: parsed.covariateTable }
    : { table: parsed.table };
}

/**
 * The capture-table files the paths name: a folder stands for every `.csv` directly in it (by name),
 * anything else is passed on as a file for `readCaptureTable` to read or refuse. A folder without a
 * `.csv` is a problem, returned with the others rather than thrown, so all are reported at once.
 */
export async function captureTableFiles(
  paths: readonly string[],
): Promise<{ readonly files: readonly string[]; readonly problems: readonly string[] }> {
  const files: string[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    const folder = await stat(path).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!folder) {
      files.push(path);
      continue;
    }
    const csvs = (await readdir(path, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.csv'))
      .map((entry) => entry.name)
      .sort();
    if (csvs.length === 0) problems.push(`${path} is a folder without .csv files`);
    files.push(...csvs.map((name) => join(path, name)));
  }
  return { files, problems };
}
