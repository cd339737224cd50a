/**
 * What each share column is a share of, tried in order of the evidence it needs: a ratio of two
 * counts in the row; a category's share of its group total; a ratio of an unpublished count to a
 * count in the row. A share that fits none (a target, a ratio to the previous step) is ignored.
 * Returns the table views with implied numerators added as counts, and views of group totals.
 */
import type { CountView, ModelBuilder } from './attack-model.ts';
import { confirmGroupTotals } from './confirm-group-totals.ts';
import { buildGroupTotals, findGroupShares } from './find-group-share.ts';
import {
  addPublishedNumeratorFamily,
  findImpliedNumerator,
  findPublishedNumerator,
  shareRounding,
} from './find-row-share.ts';
import { columnsOfKind, rowLabels } from './published-table.ts';
import { applyThresholdStatus, type TableView } from './register-tables.ts';
import { totalSlices } from './total-slices.ts';

export function findShareRelations(
  tableViews: readonly TableView[],
  builder: ModelBuilder,
): { tableViews: TableView[]; groupTotals: CountView[] } {
  const groupTotals: CountView[] = [];
  const others = tableViews.flatMap((tv) => [tv.view, ...totalSlices(tv.view)]);
  const result = tableViews.map((original) => {
    let tv = original;
    // Whether every share is of counts the table shows: else a 'below the threshold' status may be
    // about a count it does not show.
    let sharesOfShownCounts = true;
    for (const share of columnsOfKind(tv.table, 'share')) {
      const published = findPublishedNumerator(tv, share, builder.options.minSupport);
      if (published) {
        addPublishedNumeratorFamily(tv, share, published, builder);
        continue;
      }
      const group = findGroupShareTotals(tv, share, others, builder);
      if (group) {
        groupTotals.push(group);
        continue;
      }
      if (isShareOfShownCount(tv, share)) continue;
      sharesOfShownCounts = false;
      const implied = findImpliedNumerator(tv, share, builder.options.minSupport);
      if (implied) tv = addImpliedNumerator(tv, share, implied, builder);
    }
    if (sharesOfShownCounts) applyThresholdStatus(tv, builder);
    return tv;
  });
  return { tableViews: result, groupTotals };
}

/** A share column with at most one value (a target of 80%) is a fixed number, not a share of a hidden count. */
function isShareOfShownCount(tv: TableView, share: number): boolean {
  const values = new Set(tv.table.rows.flatMap((row) => (row.numbers[share] == null ? [] : [row.numbers[share]])));
  return values.size <= 1;
}

/**
 * The group totals a share implies, if the share reads as a share of its group: on the table's own
 * evidence, or failing that, because the implied totals equal another table's counts.
 */
function findGroupShareTotals(
  tv: TableView,
  share: number,
  others: readonly CountView[],
  builder: ModelBuilder,
): CountView | null {
  const { minSupport } = builder.options;
  for (const candidate of findGroupShares(tv, share, builder)) {
    const totals = buildGroupTotals(tv, share, candidate, builder);
    const outside = candidate.support >= minSupport ? 0 : confirmGroupTotals(totals.view, others, builder);
    if (candidate.support < minSupport && outside < minSupport) continue;
    const evidence =
      outside > 0 ? `equal to another table's counts on ${outside} rows` : `consistent in ${candidate.support} groups`;
    builder.addFamily('share', `${totals.text} (${evidence})`, candidate.support + outside, totals.constraints);
    return totals.view;
  }
  return null;
}

/** A new count column on the view: share · b / 100, known to within the share's rounding (± D). */
function addImpliedNumerator(
  tv: TableView,
  share: number,
  found: { denominator: number; support: number },
  builder: ModelBuilder,
): TableView {
  const shareLabel = tv.table.columns[share]?.label ?? '';
  const column = `${shareLabel.replace(/\s*\(%\)\s*/, ' ').trim()} (count implied by ${shareLabel} of ${tv.view.columns[found.denominator]})`;
  const constraints: { terms: [number, number][]; lo: number; hi: number }[] = [];
  const rows = tv.view.rows.map((viewRow, i) => {
    const row = tv.table.rows[i];
    const s = row?.numbers[share] ?? null;
    const b = builder.quantities[viewRow.cells[found.denominator] ?? -1]?.published?.lo;
    const r = s == null ? null : shareRounding(s);
    const published =
      r && b !== undefined ? { lo: Math.ceil((r.lo * b) / 100), hi: Math.floor((r.hi * b) / 100) } : null;
    const q = builder.addQuantity(
      {
        tableId: tv.table.id,
        row: row ? rowLabels(tv.table, row) : {},
        column,
        origin: 'implied',
        status: row?.status ?? 'withheld',
        statusText: row?.statusText ?? '',
        published,
      },
      { lo: 0, hi: Number.POSITIVE_INFINITY },
    );
    if (published) {
      const bounds = builder.boundsFromPublished(published);
      constraints.push({ terms: [[q, 1]], lo: bounds.lo, hi: bounds.hi });
    }
    return { key: viewRow.key, cells: [...viewRow.cells, q] };
  });
  builder.addFamily(
    'share',
    `${tv.table.id}: ${shareLabel} = 100 × (an unpublished count) / ${tv.view.columns[found.denominator]} (a whole count on ${found.support} rows)`,
    found.support,
    constraints,
  );
  return { ...tv, view: { ...tv.view, columns: [...tv.view.columns, column], rows } };
}
