/**
 * The rows of a view at a total label ("All sources") as a view of their own without that
 * dimension, so that a table's total rows can be matched, like any other table, with the sum of
 * its own category rows or with another table.
 */
import type { CountView } from './attack-model.ts';
import { isTotalLabel } from './is-total-label.ts';

export function totalSlices(view: CountView): CountView[] {
  return view.dimensions.flatMap((dimension, d) => {
    const labels = new Set(view.rows.map((row) => row.key[d] ?? '').filter(isTotalLabel));
    return [...labels].map((label) => ({
      name: `${view.name} [${dimension} = ${label}]`,
      tableId: view.tableId,
      ...(view.derivedFrom ? { derivedFrom: view.derivedFrom } : {}),
      dimensions: view.dimensions.filter((_, j) => j !== d),
      columns: view.columns,
      rows: view.rows
        .filter((row) => row.key[d] === label)
        .map((row) => ({ key: row.key.filter((_, j) => j !== d), cells: row.cells })),
    }));
  });
}
