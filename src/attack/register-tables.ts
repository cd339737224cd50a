/**
 * Turns each published table into quantities the attacker reasons about: one per count cell,
 * bounded by what the publication says of it (published value ± D, zeros exact; 'below the
 * threshold' ⇒ 1 … T−1+D; otherwise ≥ 0), and one view of the table's counts for the relation
 * finders. Two readings of the layout are hypotheses, kept as droppable families: which count a
 * 'below the threshold' status is about when a row has several, and that a listed row is not zero.
 */
import type { CountView, ModelBuilder } from './attack-model.ts';
import { columnsOfKind, type PublishedTable, rowLabels } from './published-table.ts';

export type TableView = {
  readonly table: PublishedTable;
  readonly view: CountView;
  /** Cells of the one count a 'below the threshold' status can be about, until shares say otherwise. */
  readonly thresholdCells: readonly number[];
};

export function registerTables(tables: readonly PublishedTable[], builder: ModelBuilder): TableView[] {
  return tables.map((table) => registerTable(table, builder));
}

function registerTable(table: PublishedTable, builder: ModelBuilder): TableView {
  const t = builder.options.threshold;
  const dims = columnsOfKind(table, 'dimension');
  const counts = columnsOfKind(table, 'count');
  const label = (i: number) => table.columns[i]?.label ?? '';
  const publishedValues = (c: number) => table.rows.flatMap((row) => (row.numbers[c] != null ? [row.numbers[c]] : []));
  // A count the threshold applies to is never published between 1 and T−1; if only one count of
  // the row can be the one below the threshold, the status is about that count.
  const candidates = counts.filter((c) => publishedValues(c).every((v) => v === 0 || v >= t));
  const thresholdColumn = candidates.length === 1 ? candidates[0] : undefined;
  const rows = table.rows.map((row) => ({
    key: dims.map((i) => row.fields[i] ?? ''),
    cells: counts.map((c) => {
      // A number shown on a withheld row is published: only the empty cells are withheld.
      const value = row.numbers[c];
      const published = value == null ? null : { lo: value, hi: value };
      const bounds = published ? builder.boundsFromPublished(published) : { lo: 0, hi: Number.POSITIVE_INFINITY };
      return builder.addQuantity(
        {
          tableId: table.id,
          row: rowLabels(table, row),
          column: label(c),
          origin: 'cell',
          status: row.status,
          statusText: row.statusText,
          published,
        },
        bounds,
      );
    }),
  }));
  const view: CountView = {
    name: table.id,
    tableId: table.id,
    dimensions: dims.map(label),
    columns: counts.map(label),
    rows,
  };
  const at = thresholdColumn === undefined ? -1 : counts.indexOf(thresholdColumn);
  const thresholdCells = rows.flatMap((row, i) =>
    at >= 0 && table.rows[i]?.status === 'threshold' && !builder.quantities[row.cells[at] ?? -1]?.published
      ? [row.cells[at] as number]
      : [],
  );
  const tv = { table, view, thresholdCells };
  addListedRowsAreNotZero(tv, builder);
  if (candidates.length > 1)
    addThresholdRowsAreNotEmpty(
      tv,
      candidates.map((c) => counts.indexOf(c)),
      builder,
    );
  return tv;
}

/**
 * 'Below the threshold' ⇒ 1 … T−1+D for the one count it can be about. Applied once the shares are
 * understood: a share of an unpublished count (data completeness) may be what was below the
 * threshold, and then the published count of the row can be any size.
 */
export function applyThresholdStatus(tv: TableView, builder: ModelBuilder): void {
  const { threshold, maxNoise } = builder.options;
  for (const q of tv.thresholdCells) builder.bounds[q] = { lo: 1, hi: threshold - 1 + maxNoise };
}

/**
 * A row withheld as 'below the threshold' has a count between 1 and T−1+D; when it is not clear
 * which, at least their sum is not zero. A fact, not a hypothesis: never dropped.
 */
function addThresholdRowsAreNotEmpty({ table, view }: TableView, candidates: number[], builder: ModelBuilder): void {
  const constraints = view.rows.flatMap((row, i) =>
    table.rows[i]?.status === 'threshold'
      ? [
          {
            terms: candidates.map((c): [number, number] => [row.cells[c] as number, 1]),
            lo: 1,
            hi: Number.POSITIVE_INFINITY,
          },
        ]
      : [],
  );
  if (constraints.length === 0) return;
  const names = candidates.map((c) => view.columns[c]).join(', ');
  builder.addFamily(
    'status',
    `${table.id}: a row below the threshold has one of ${names} above zero`,
    Number.POSITIVE_INFINITY,
    constraints,
  );
}

/**
 * A table of one count that shows no zero and leaves out some combinations of its labels is the
 * result of a GROUP BY: a row is listed because something was counted, so a withheld one is ≥ 1.
 */
function addListedRowsAreNotZero({ table, view }: TableView, builder: ModelBuilder): void {
  if (view.columns.length !== 1 || view.dimensions.length === 0) return;
  const values = view.rows.flatMap((row) => {
    const published = builder.quantities[row.cells[0] ?? -1]?.published;
    return published ? [published.lo] : [];
  });
  const grid = view.dimensions.reduce((n, _, i) => n * new Set(view.rows.map((row) => row.key[i])).size, 1);
  if (values.includes(0) || values.length < builder.options.minSupport || grid === view.rows.length) return;
  const withheld = view.rows.flatMap((row) => {
    const q = row.cells[0] as number;
    return builder.quantities[q]?.published || builder.quantities[q]?.status === 'threshold' ? [] : [q];
  });
  if (withheld.length === 0) return;
  builder.addFamily(
    'status',
    `${table.id}: a listed row counts at least one (${values.length} published rows, none zero; ${grid - view.rows.length} label combinations not listed)`,
    values.length,
    withheld.map((q) => ({ terms: [[q, 1]], lo: 1, hi: Number.POSITIVE_INFINITY })),
  );
}
