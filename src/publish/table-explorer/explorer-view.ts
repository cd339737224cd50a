import type { ExplorerLang, ExplorerRow, ExplorerTable, Withheld } from './explorer-table.ts';

/**
 * What the reader chose: the dimension across the columns (null: a plain list of rows), the one
 * down the rows and the measure shown in a pivot, a code per filtered dimension, and the sort.
 */
export type ExplorerState = {
  readonly columns: number | null;
  readonly rows: number;
  readonly measure: number;
  /** Dimension index → the code kept; absent means every code (only possible in a plain list). */
  readonly filters: Readonly<Record<number, string>>;
  readonly sort: { readonly column: number; readonly direction: 'ascending' | 'descending' } | null;
};

export type ViewCell = {
  readonly text: string;
  readonly value: number | string | null;
  readonly withheld?: Withheld;
  readonly numeric: boolean;
};
export type ViewRow = readonly ViewCell[];

export type ExplorerView = {
  readonly header: readonly { readonly label: string; readonly numeric: boolean }[];
  /** How many leading columns name the row (row headers, never numbers). */
  readonly rowHeaders: number;
  readonly rows: readonly ViewRow[];
  /** The rows of the table that the filters keep (a pivot shows them as cells). */
  readonly matched: number;
  /** The dimensions fixed by a filter, as "label: value", for the caption. */
  readonly fixed: readonly string[];
};

/** The state a table opens with: its own list, every row, no sort. */
export const initialState = (): ExplorerState => ({ columns: null, rows: 0, measure: 0, filters: {}, sort: null });

/**
 * Makes a state valid for the table: rows and columns different dimensions, and in a pivot every
 * other dimension fixed to one code (its 'all' code where it has one, else its first), so each
 * cell is exactly one row of the table.
 */
export function normaliseState(table: ExplorerTable, state: ExplorerState): ExplorerState {
  const n = table.dimensions.length;
  const columns = state.columns !== null && state.columns < n && n >= 2 ? state.columns : null;
  let rows = Math.min(Math.max(state.rows, 0), Math.max(n - 1, 0));
  if (columns !== null && rows === columns) rows = (columns + 1) % n;
  const filters: Record<number, string> = {};
  table.dimensions.forEach((d, i) => {
    if (columns !== null && (i === rows || i === columns)) return;
    const chosen = state.filters[i];
    if (chosen !== undefined && d.values.some((v) => v.code === chosen)) filters[i] = chosen;
    else if (columns !== null) filters[i] = d.values.find((v) => v.code === 'all')?.code ?? d.values[0]?.code ?? '';
  });
  const measure = Math.min(Math.max(state.measure, 0), Math.max(table.measures.length - 1, 0));
  const width = columns === null ? n + table.measures.length : 1 + (table.dimensions[columns]?.values.length ?? 0);
  const sort = state.sort && state.sort.column < width ? state.sort : null;
  return { columns, rows, measure, filters, sort };
}

const keeps = (filters: ExplorerState['filters']) => (row: ExplorerRow) =>
  Object.entries(filters).every(([i, c]) => row.codes[Number(i)] === c);

const cellOf = (row: ExplorerRow | undefined, measure: number, lang: ExplorerLang): ViewCell => {
  if (!row) return { text: '–', value: null, numeric: true };
  if (row.status !== 'published') return { text: '·', value: null, withheld: row.status, numeric: true };
  const cell = row.cells[measure];
  return { text: cell?.text[lang] ?? '–', value: cell?.value ?? null, numeric: true };
};

/** The table as the reader arranged it: filtered, pivoted when asked, sorted. */
export function explorerView(table: ExplorerTable, given: ExplorerState, lang: ExplorerLang): ExplorerView {
  const state = normaliseState(table, given);
  const kept = table.rows.filter(keeps(state.filters));
  const labelOf = (d: number, c: string) => table.dimensions[d]?.values.find((v) => v.code === c)?.label[lang] ?? c;
  const fixed = Object.entries(state.filters).map(
    ([i, c]) => `${table.dimensions[Number(i)]?.label[lang]}: ${labelOf(Number(i), c)}`,
  );
  let header: ExplorerView['header'];
  let rows: ViewRow[];
  let rowHeaders: number;
  if (state.columns === null) {
    header = [
      ...table.dimensions.map((d) => ({ label: d.label[lang], numeric: false })),
      ...table.measures.map((m) => ({ label: m.label[lang], numeric: true })),
    ];
    rowHeaders = Math.min(1, table.dimensions.length);
    rows = kept.map((row) => [
      ...row.codes.map((c, d) => ({ text: labelOf(d, c), value: c, numeric: false })),
      ...table.measures.map((_, m) => cellOf(row, m, lang)),
    ]);
  } else {
    const across = table.dimensions[state.columns];
    const down = table.dimensions[state.rows];
    if (!across || !down) throw new Error('a pivot needs two dimensions');
    const colCodes = across.values.filter((v) => kept.some((r) => r.codes[state.columns ?? 0] === v.code));
    const rowCodes = down.values.filter((v) => kept.some((r) => r.codes[state.rows] === v.code));
    header = [
      { label: down.label[lang], numeric: false },
      ...colCodes.map((v) => ({ label: v.label[lang], numeric: true })),
    ];
    rowHeaders = 1;
    rows = rowCodes.map((r) => [
      { text: r.label[lang], value: r.code, numeric: false },
      ...colCodes.map((c) =>
        cellOf(
          kept.find((row) => row.codes[state.rows] === r.code && row.codes[state.columns ?? 0] === c.code),
          state.measure,
          lang,
        ),
      ),
    ]);
  }
  if (state.sort) rows = sortRows(rows, state.sort.column, state.sort.direction, lang);
  return { header, rowHeaders, rows, matched: kept.length, fixed };
}

/** Sorts on one column: numbers as numbers, text in the language's order; withheld and empty cells always last. */
function sortRows(rows: ViewRow[], column: number, direction: 'ascending' | 'descending', lang: ExplorerLang) {
  const collator = new Intl.Collator(lang === 'nl' ? 'nl-NL' : 'en-GB', { numeric: true });
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = a.row[column];
      const y = b.row[column];
      const xEmpty = x?.value === null || x?.value === undefined;
      const yEmpty = y?.value === null || y?.value === undefined;
      if (xEmpty || yEmpty) return xEmpty === yEmpty ? a.index - b.index : xEmpty ? 1 : -1;
      const order =
        typeof x?.value === 'number' && typeof y?.value === 'number'
          ? x.value - y.value
          : collator.compare(x?.text ?? '', y?.text ?? '');
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((r) => r.row);
}
