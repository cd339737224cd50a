/**
 * A share column that is 100 · a / (a summed over one dimension): the share of a category within
 * its group (victims by sex within a year). Each published share then implies the group's total,
 * withheld cells included; the attacker adds that total as a count of a derived view, so that the
 * sum finder can match it with other tables. Assumes the denominator is one published (perturbed)
 * count of the group: the true total lies within ±D of it.
 */
import type { CountView, Interval, ModelBuilder, Term } from './attack-model.ts';
import { isTotalLabel } from './is-total-label.ts';
import type { TableView } from './register-tables.ts';
import { shareRounding } from './find-row-share.ts';

type Group = { readonly key: readonly string[]; readonly rows: number[] };
export type GroupShare = {
  readonly count: number;
  readonly dimension: number;
  readonly support: number;
  readonly totals: (Interval | null)[];
  readonly groups: Group[];
};

/**
 * Every count (index in the view) and dimension whose group totals the share could be relative
 * to without contradicting a published number, best supported first. Support counts groups where
 * the hypothesis could have failed: two published shares, or a group published in full.
 */
export function findGroupShares(tv: TableView, share: number, builder: ModelBuilder): GroupShare[] {
  const found: GroupShare[] = [];
  const counts = tv.table.columns.filter((c) => c.kind === 'count').length;
  for (let count = 0; count < counts; count++)
    for (let dimension = 0; dimension < tv.view.dimensions.length; dimension++) {
      const candidate = testGroupShare(tv, share, count, dimension, builder);
      if (candidate) found.push(candidate);
    }
  return found.sort((x, y) => y.support - x.support);
}

function testGroupShare(
  tv: TableView,
  share: number,
  count: number,
  dimension: number,
  builder: ModelBuilder,
): GroupShare | null {
  const d = builder.options.maxNoise;
  const byKey = new Map<string, Group>();
  tv.view.rows.forEach((row, i) => {
    if (isTotalLabel(row.key[dimension] ?? '')) return;
    const key = row.key.filter((_, j) => j !== dimension);
    const group = byKey.get(JSON.stringify(key)) ?? { key, rows: [] };
    group.rows.push(i);
    byKey.set(JSON.stringify(key), group);
  });
  const groups = [...byKey.values()];
  if (groups.every((g) => g.rows.length < 2)) return null;
  let support = 0;
  const totals: (Interval | null)[] = [];
  for (const group of groups) {
    let lo = 0;
    let hi = Number.POSITIVE_INFINITY;
    let informative = 0;
    let sum = 0;
    let noisy = 1;
    let full = true;
    for (const i of group.rows) {
      const row = tv.table.rows[i];
      const a = builder.quantities[tv.view.rows[i]?.cells[count] ?? -1]?.published?.lo;
      const s = row?.numbers[share] ?? null;
      if (a === undefined) full = false;
      else {
        sum += a;
        if (a > 0) noisy++;
      }
      if (a === undefined || s == null) continue;
      if ((a === 0) !== (s === 0)) return null;
      if (a === 0) continue;
      const r = shareRounding(s);
      lo = Math.max(lo, (100 * a) / r.hi);
      hi = Math.min(hi, (100 * a) / r.lo);
      informative++;
    }
    if (informative === 0) {
      totals.push(null);
      continue;
    }
    const total = { lo: Math.ceil(lo - 1e-9), hi: Math.floor(hi + 1e-9) };
    if (total.lo > total.hi) return null;
    if (full && (sum < total.lo - noisy * d || sum > total.hi + noisy * d)) return null;
    if (informative >= 2 || (full && sum > 0)) support++;
    totals.push(total);
  }
  return { count, dimension, support, totals, groups };
}

/**
 * The derived view of group totals (new implied counts), and the relations of the family: each
 * total is the sum of its group's cells, and lies within ± D of what its shares imply.
 */
export function buildGroupTotals(
  tv: TableView,
  share: number,
  found: GroupShare,
  builder: ModelBuilder,
): { view: CountView; text: string; constraints: { terms: Term[]; lo: number; hi: number }[] } {
  const countLabel = tv.view.columns[found.count] ?? '';
  const dimLabel = tv.view.dimensions[found.dimension] ?? '';
  const column = `${countLabel} summed over ${dimLabel}`;
  const dimensions = tv.view.dimensions.filter((_, j) => j !== found.dimension);
  const constraints: { terms: Term[]; lo: number; hi: number }[] = [];
  const rows = found.groups.map((group, g) => {
    const published = found.totals[g] ?? null;
    const total = builder.addQuantity(
      {
        tableId: tv.table.id,
        row: Object.fromEntries(dimensions.map((label, j) => [label, group.key[j] ?? ''])),
        column,
        origin: 'implied',
        status: published ? 'published' : 'withheld',
        statusText: published ? `implied by ${tv.table.columns[share]?.label}` : 'no published share in the group',
        published,
      },
      { lo: 0, hi: Number.POSITIVE_INFINITY },
    );
    const cells = group.rows.map((i) => tv.view.rows[i]?.cells[found.count] as number);
    constraints.push({ terms: [...cells.map((q): Term => [q, 1]), [total, -1]], lo: 0, hi: 0 });
    if (published) {
      const bounds = builder.boundsFromPublished(published);
      constraints.push({ terms: [[total, 1]], lo: bounds.lo, hi: bounds.hi });
    }
    return { key: group.key, cells: [total] };
  });
  return {
    view: {
      name: `${tv.table.id} group totals`,
      tableId: tv.table.id,
      derivedFrom: tv.table.id,
      dimensions,
      columns: [column],
      rows,
    },
    text: `${tv.table.id}: ${tv.table.columns[share]?.label} = 100 × ${countLabel} / (${column})`,
    constraints,
  };
}
