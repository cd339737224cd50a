import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { type RecordType, recordTypes, sources } from '../contract/index.ts';
import {
  type DeliveryFormat,
  formatOfFile,
  type RowProblem,
  readDeliveryFile,
  validateRecord,
} from '../deliveries/index.ts';
import { type CliOutput, terminalOutput } from './output.ts';

export type FileCheck = {
  readonly rows: number;
  readonly rowsWithProblems: number;
  readonly problems: readonly RowProblem[];
};

/**
 * Checks a delivery file row by row against the contract, with no store: at the partner before
 * delivering, or while the server holds the store. The rules that need other rows (references,
 * repeated ids, ids of other periods) are checked only by the ingest.
 */
export async function checkDeliveryFile(
  file: string,
  recordType: RecordType,
  source: string,
  today: string,
  format: DeliveryFormat = formatOfFile(file),
): Promise<FileCheck> {
  let rows = 0;
  let rowsWithProblems = 0;
  const problems: RowProblem[] = [];
  for await (const row of readDeliveryFile(file, format)) {
    rows++;
    const found =
      'problem' in row
        ? [row.problem]
        : (() => {
            const checked = validateRecord(recordType, row.rowNumber, row.fields, { source, today });
            return checked.ok ? [] : checked.problems;
          })();
    if (found.length > 0) rowsWithProblems++;
    problems.push(...found);
  }
  return { rows, rowsWithProblems, problems };
}

/** `zicht check <file>`: the contract's row rules over a file, before it is delivered. */
export function registerCheckCommand(program: Command, output: CliOutput = terminalOutput): void {
  program
    .command('check')
    .description('check a delivery file against the contract row by row, without a store (before delivering it)')
    .argument('<file>', '.csv, .jsonl or .xlsx')
    .requiredOption('--source <id>', `one of ${sources.codes.join(', ')}`)
    .requiredOption('--type <recordType>', `one of ${Object.keys(recordTypes).join(', ')}`)
    .option('--lang <nl|en>', 'language of the messages', 'nl')
    .option('--show <n>', 'how many problems to list', '20')
    .action(async (file: string, o: { source: string; type: string; lang: string; show: string }) => {
      if (!(sources.codes as readonly string[]).includes(o.source))
        throw new InvalidArgumentError(`unknown source "${o.source}"`);
      if (!(o.type in recordTypes)) throw new InvalidArgumentError(`unknown record type "${o.type}"`);
      const shown = Number(o.show) || 20;
      const result = await checkDeliveryFile(
        file,
        o.type as RecordType,
        o.source,
        new Date().toISOString().slice(0, 10),
      );
      output.result(
        `${result.rows} rows read, ${result.rows - result.rowsWithProblems} pass the contract's row rules, ${result.rowsWithProblems} would be quarantined`,
      );
      for (const p of result.problems.slice(0, shown)) {
        output.result(
          `row ${p.rowNumber}${p.column ? `, ${p.column}` : ''} (${p.rule}): ${o.lang === 'en' ? p.messageEn : p.messageNl}`,
        );
      }
      if (result.problems.length > shown) output.result(`… and ${result.problems.length - shown} more problems`);
      if (result.rowsWithProblems > 0) process.exitCode = 1;
    });
}
