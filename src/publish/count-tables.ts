import type { PublishedTable } from '../disclosure/index.ts';
import type { EditionTable } from './edition-table.ts';

/**
 * What disclosure control sees of an edition table: one or more tables of counts, each cell
 * pointing back at the rows of the edition table it came from. A cell that must be withheld
 * withholds those rows.
 */
export type CountTable = PublishedTable & { readonly rows: readonly (readonly number[])[] };

export type CountTableOptions = {
  /** The count column. */
  readonly measure: string;
  /**
   * What is counted. Tables that count the same population under the same dimension names share
   * their quantities (a year's victims in 'victims per year' and under 'victims by sex'); a table
   * with a population of its own shares nothing.
   */
  readonly population: string;
  /** The table's dimensions to use, renamed where another table calls it otherwise (cohort → year). */
  readonly dimensions?: readonly (string | readonly [column: string, as: string])[];
  /**
   * Dimensions whose sum is published or can be worked out (a share of that sum beside each
   * count), or 'none'. Stating a sum that is not published only makes protection stricter.
   */
  readonly sums: readonly string[] | 'none';
  /** Identities of the sums (by key, '*' for the summed dimension), see PublishedTable.identities. */
  readonly identities?: (key: readonly string[]) => string | undefined;
};

/** The counts of one column of an edition table; rows with the same key (a repeated denominator) are one cell. */
export function countTable(table: EditionTable, options: CountTableOptions): CountTable {
  const dimensions = (options.dimensions ?? table.dimensions).map((d) => (typeof d === 'string' ? [d, d] : d));
  const named = dimensions.map(([, as]) => `${options.population}.${as}`);
  const cells = new Map<string, { key: string[]; value: number; rows: number[] }>();
  for (const [index, row] of table.rows.entries()) {
    const key = dimensions.map(([column]) => String(row.values[column]));
    const value = Number(row.values[options.measure] ?? 0);
    const id = JSON.stringify(key);
    const cell = cells.get(id);
    if (!cell) cells.set(id, { key, value, rows: [index] });
    else if (cell.value !== value)
      throw new Error(
        `${table.id}: ${options.measure} differs between rows with the same ${dimensions.map(([c]) => c).join(', ')} [${key.join(', ')}]`,
      );
    else cell.rows.push(index);
  }
  const byKey = [...cells.values()];
  const identities: Record<string, string> = {};
  if (options.identities) {
    const summed = dimensions.map(([column]) => options.sums !== 'none' && options.sums.includes(column));
    for (const cell of byKey) {
      const margin = cell.key.map((v, i) => (summed[i] ? '*' : v));
      for (const key of [cell.key, margin]) {
        const identity = options.identities(key);
        if (identity !== undefined) identities[JSON.stringify(key)] = identity;
      }
    }
  }
  const columnFor = new Map(dimensions.map(([column], i) => [column, named[i] as string]));
  return {
    id: `${table.id}:${options.measure}`,
    dimensions: named,
    totals:
      options.sums === 'none'
        ? 'none'
        : { over: options.sums.map((c) => columnFor.get(c) ?? `${options.population}.${c}`) },
    cells: byKey.map(({ key, value }) => ({ key, value })),
    rows: byKey.map((c) => c.rows),
    ...(Object.keys(identities).length > 0 ? { identities } : {}),
  };
}
