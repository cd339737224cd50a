/**
 * A table as an outside attacker reads it from a published site: the column labels, what each
 * column holds as far as the numbers and headers tell, and per row its fields and its status.
 * Nothing here comes from the code that made the site; it is what a download shows.
 */

/** What a row's Status column says about the numbers that are missing from it. */
export type RowStatus =
  /** The row's numbers are shown. */
  | 'published'
  /** Withheld because a count is below the threshold: the true count is small but not zero. */
  | 'threshold'
  /** Withheld for any other reason (dominance, to protect another cell, …): only ≥ 0 is known. */
  | 'withheld';

/**
 * `dimension`: a label of the row (text, year, date); `count`: a non-negative whole number of
 * things; `share`: a percentage; `order`: a rank that labels the row; `statistic`: anything else.
 */
export type ColumnKind = 'dimension' | 'count' | 'share' | 'order' | 'statistic';

export type PublishedColumn = { readonly label: string; readonly kind: ColumnKind };

export type PublishedRow = {
  /** The text of each column (the Status column left out), aligned with `PublishedTable.columns`. */
  readonly fields: readonly string[];
  /** Each field read as a number, or null when empty or not a number. */
  readonly numbers: readonly (number | null)[];
  readonly status: RowStatus;
  /** The Status column as printed. */
  readonly statusText: string;
};

export type PublishedTable = {
  readonly id: string;
  readonly columns: readonly PublishedColumn[];
  readonly rows: readonly PublishedRow[];
};

/** The labels of the columns of one kind, in table order. */
export function columnsOfKind(table: PublishedTable, kind: ColumnKind): number[] {
  return table.columns.flatMap((column, i) => (column.kind === kind ? [i] : []));
}

/** A row's dimension labels by dimension column label, as the report names a row. */
export function rowLabels(table: PublishedTable, row: PublishedRow): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const i of columnsOfKind(table, 'dimension')) labels[table.columns[i]?.label ?? ''] = row.fields[i] ?? '';
  return labels;
}
