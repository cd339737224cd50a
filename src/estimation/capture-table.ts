import { EstimationInputError } from './estimation-input-error.ts';

/** One observed pattern: `history` has one '0'/'1' character per source, in `sources` order. */
export interface CaptureCell {
  readonly history: string;
  readonly count: number;
}

/** Counts of people per capture history; the all-zero history (never seen) is the unknown. */
export interface CaptureTable {
  readonly sources: readonly string[];
  readonly cells: readonly CaptureCell[];
}

/** Per person: a boolean per source, or a bitmask where bit i (1 << i) means source i. */
export type CaptureHistory = readonly boolean[] | number;

function toBits(history: CaptureHistory, k: number, row: number): string {
  if (typeof history === 'number') {
    if (!Number.isInteger(history) || history < 0 || history >= 2 ** k) {
      throw new EstimationInputError(`bitmask must be an integer in [0, ${2 ** k})`, `histories[${row}]`, history);
    }
    let bits = '';
    for (let i = 0; i < k; i++) bits += (history >> i) & 1 ? '1' : '0';
    return bits;
  }
  if (history.length !== k) {
    throw new EstimationInputError(`history must have one entry per source (${k})`, `histories[${row}]`, history);
  }
  return history.map((seen) => (seen ? '1' : '0')).join('');
}

/**
 * Aggregates per-person capture histories into a capture table (observed patterns only, sorted).
 * A person seen by no source cannot be in a linked file, so such a history is an input error.
 */
export function toCaptureTable(histories: readonly CaptureHistory[], sources: readonly string[]): CaptureTable {
  if (sources.length < 2) {
    throw new EstimationInputError('at least two sources are needed', 'sources', sources);
  }
  if (new Set(sources).size !== sources.length) {
    throw new EstimationInputError('source names must be unique', 'sources', sources);
  }
  const counts = new Map<string, number>();
  histories.forEach((history, row) => {
    const bits = toBits(history, sources.length, row);
    if (!bits.includes('1')) {
      throw new EstimationInputError('a person must be seen by at least one source', `histories[${row}]`, history);
    }
    counts.set(bits, (counts.get(bits) ?? 0) + 1);
  });
  const cells = [...counts.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([history, count]) => ({ history, count }));
  return { sources: [...sources], cells };
}
