import type { CaptureTable } from './capture-table.ts';
import { EstimationInputError } from './estimation-input-error.ts';

/** All 2^k - 1 observable histories with their counts; patterns absent from the table count 0. */
export interface CompleteCaptureTable {
  readonly sources: readonly string[];
  readonly histories: readonly string[];
  readonly counts: readonly number[];
}

/** Validates a capture table and fills in the zero cells, ordered by bitmask (bit i = source i). */
export function completeCaptureTable(table: CaptureTable): CompleteCaptureTable {
  const k = table.sources.length;
  if (k < 2 || k > 16) {
    throw new EstimationInputError('between 2 and 16 sources are supported', 'sources', table.sources);
  }
  if (new Set(table.sources).size !== k) {
    throw new EstimationInputError('source names must be unique', 'sources', table.sources);
  }
  const given = new Map<string, number>();
  table.cells.forEach(({ history, count }, row) => {
    if (history.length !== k || !/^[01]+$/.test(history)) {
      throw new EstimationInputError(`history must be ${k} characters of 0/1`, `cells[${row}].history`, history);
    }
    if (!history.includes('1')) {
      throw new EstimationInputError(
        'the all-zero history is the unknown and cannot be given',
        `cells[${row}]`,
        history,
      );
    }
    if (!Number.isFinite(count) || count < 0) {
      throw new EstimationInputError('count must be a finite number >= 0', `cells[${row}].count`, count);
    }
    if (given.has(history)) {
      throw new EstimationInputError('each history may appear only once', `cells[${row}].history`, history);
    }
    given.set(history, count);
  });
  const histories: string[] = [];
  const counts: number[] = [];
  for (let mask = 1; mask < 2 ** k; mask++) {
    let history = '';
    for (let i = 0; i < k; i++) history += (mask >> i) & 1 ? '1' : '0';
    histories.push(history);
    counts.push(given.get(history) ?? 0);
  }
  return { sources: table.sources, histories, counts };
}
