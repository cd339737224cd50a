/**
 * Lines up two views for a sum: the rows of `a` grouped by the dimensions of `b` (matched by
 * header label, values by label), next to `b`'s row with those labels. Only labels both views
 * show are compared (two editions, two periods); a row missing from a view whose labels it
 * otherwise shows counts as zero, as a GROUP BY leaves out what it did not count.
 */
import type { CountView } from './attack-model.ts';
import { isTotalLabel } from './is-total-label.ts';

export type ViewMatch = {
  /** Dimensions of `a` summed over (not in `b`). */
  readonly summed: readonly string[];
  /** Per matched label combination: the cells of each row of `a` in it, and `b`'s row (null: zero). */
  readonly instances: readonly { readonly a: readonly (readonly number[])[]; readonly b: readonly number[] | null }[];
};

const norm = (label: string) => label.trim().toLowerCase();

export function matchViews(a: CountView, b: CountView): ViewMatch | null {
  if (b.dimensions.length === 0) return null;
  const positions = b.dimensions.map((label) => a.dimensions.findIndex((other) => norm(other) === norm(label)));
  if (positions.some((p) => p < 0) || new Set(positions).size !== positions.length) return null;
  const summedAt = a.dimensions.flatMap((_, i) => (positions.includes(i) ? [] : [i]));
  const domains = positions.map((p, j) => {
    const inA = new Set(a.rows.map((row) => row.key[p]));
    return new Set(b.rows.map((row) => row.key[j]).filter((label) => inA.has(label)));
  });
  const comparable = (key: readonly string[]) => key.every((label, j) => domains[j]?.has(label));
  const groups = new Map<string, (readonly number[])[]>();
  for (const row of a.rows) {
    if (summedAt.some((i) => isTotalLabel(row.key[i] ?? ''))) continue;
    const key = positions.map((p) => row.key[p] ?? '');
    if (!comparable(key)) continue;
    const id = JSON.stringify(key);
    groups.set(id, [...(groups.get(id) ?? []), row.cells]);
  }
  const bRows = new Map<string, readonly number[]>();
  for (const row of b.rows) {
    if (!comparable(row.key)) continue;
    const id = JSON.stringify(row.key);
    if (bRows.has(id)) return null;
    bRows.set(id, row.cells);
  }
  const ids = new Set([...groups.keys(), ...bRows.keys()]);
  if (ids.size === 0) return null;
  return {
    summed: summedAt.map((i) => a.dimensions[i] ?? ''),
    instances: [...ids].map((id) => ({ a: groups.get(id) ?? [], b: bRows.get(id) ?? null })),
  };
}
