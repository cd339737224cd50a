import type { CaptureTable } from './capture-table.ts';

/** Children with one capture history in one stratum: `history` has a '0'/'1' per list. */
export interface CaptureCount {
  readonly history: string;
  readonly count: number;
  readonly [stratum: string]: string | number | null;
}

export interface CaptureTableOf {
  /** The values of the grouping keys, e.g. { year: 2024, sex: 'F' }. */
  readonly key: Readonly<Record<string, string | number | null>>;
  readonly table: CaptureTable;
}

/**
 * Collapses stratified capture counts (e.g. per year, age band, sex and setting) to one capture
 * table per combination of `keys`, summing over the other strata; `keys = []` gives one table.
 * Tables come out in the order of their keys.
 */
export function captureTablesBy(
  rows: readonly CaptureCount[],
  sources: readonly string[],
  keys: readonly string[],
): CaptureTableOf[] {
  const groups = new Map<string, { key: Record<string, string | number | null>; counts: Map<string, number> }>();
  for (const row of rows) {
    if (row.count === 0) continue;
    const key = Object.fromEntries(keys.map((k) => [k, row[k] ?? null]));
    const id = JSON.stringify(keys.map((k) => row[k] ?? null));
    const group = groups.get(id) ?? { key, counts: new Map<string, number>() };
    group.counts.set(row.history, (group.counts.get(row.history) ?? 0) + row.count);
    groups.set(id, group);
  }
  const compare = (a: string | number | null, b: string | number | null) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a ?? '').localeCompare(String(b ?? ''));
  return [...groups.values()]
    .sort((a, b) => keys.reduce((order, k) => order || compare(a.key[k] ?? null, b.key[k] ?? null), 0))
    .map(({ key, counts }) => ({
      key,
      table: {
        sources: [...sources],
        cells: [...counts.entries()]
          .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
          .map(([history, count]) => ({ history, count })),
      },
    }));
}
