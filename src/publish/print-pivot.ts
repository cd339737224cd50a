import type { ExplorerLabel, ExplorerRow, ExplorerTable, Withheld } from './table-explorer/index.ts';

/** Dimensions that are time: a long table prints with them across the page. */
const timeDimensions = ['year', 'cohort', 'half_year_end'];
/** More columns than this do not fit A4 portrait at print size. */
const maxAcross = 10;
/** A table this long or shorter prints as it is on screen. */
export const printListRows = 12;

export type PrintCell =
  | { readonly kind: 'value'; readonly text: ExplorerLabel }
  | { readonly kind: 'withheld'; readonly reason: Withheld }
  | { readonly kind: 'absent' };

/**
 * One combination down the page: its labels (one per dimension), then per measure a cell per
 * column. A combination with no published figure at all has one row of cells for every measure
 * (`unpublished`): its markers are the same for each, withholding being per row of the table.
 */
export type PrintLine = {
  readonly labels: readonly ExplorerLabel[];
  readonly cells: readonly (readonly PrintCell[])[];
  readonly unpublished: boolean;
};

/** Lines under the label of the outermost dimension down the page (no label when there is one such dimension). */
export type PrintGroup = { readonly label: ExplorerLabel | null; readonly lines: readonly PrintLine[] };

export type PrintPivot = {
  /** The dimension across the page and its values, the column headers. */
  readonly across: { readonly label: ExplorerLabel; readonly values: readonly ExplorerLabel[] };
  /** The label of the group dimension, when lines are grouped. */
  readonly group: ExplorerLabel | null;
  /** The dimensions named on each line, in order. */
  readonly down: readonly ExplorerLabel[];
  /** The measures each line has a row of cells for, in order. */
  readonly measures: readonly ExplorerLabel[];
  readonly groups: readonly PrintGroup[];
};

/** The dimension a long table puts across the page: time where it fits, else the widest one that fits. */
function acrossDimension(table: ExplorerTable): number | null {
  const fits = (i: number) => {
    const n = table.dimensions[i]?.values.length ?? 0;
    return n >= 2 && n <= maxAcross;
  };
  const time = table.dimensions.findIndex((d) => timeDimensions.includes(d.id));
  if (time >= 0 && fits(time)) return time;
  let best: number | null = null;
  table.dimensions.forEach((d, i) => {
    if (fits(i) && (best === null || d.values.length > (table.dimensions[best]?.values.length ?? 0))) best = i;
  });
  return best;
}

/**
 * A long table laid out for print as StatLine does: one dimension (years) across the page, a line
 * per combination of the others and per measure, grouped by the first of the others. A withheld row
 * of the table becomes withheld cells; a combination the table lacks, an absent cell. Null when the
 * table is short or has nothing to put across, so it prints as a list.
 */
export function printPivot(
  table: ExplorerTable,
  options: { readonly skipMeasures?: readonly string[] } = {},
): PrintPivot | null {
  if (table.rows.length <= printListRows || table.dimensions.length < 2) return null;
  const across = acrossDimension(table);
  if (across === null) return null;
  const downIndex = table.dimensions.map((_, i) => i).filter((i) => i !== across);
  const measures = table.measures
    .map((m, index) => ({ ...m, index }))
    .filter((m) => !options.skipMeasures?.includes(m.id));
  const acrossValues = table.dimensions[across]?.values ?? [];
  const byKey = new Map<string, ExplorerRow>();
  const key = (codes: readonly string[]) => JSON.stringify(codes);
  for (const row of table.rows) byKey.set(key(row.codes), row);
  // The combinations down the page that the table has, in the table's order.
  const combos = new Map<string, readonly string[]>();
  for (const row of table.rows) {
    const down = downIndex.map((i) => row.codes[i] ?? '');
    combos.set(key(down), down);
  }
  const labelOf = (dim: number, code: string): ExplorerLabel =>
    table.dimensions[dim]?.values.find((v) => v.code === code)?.label ?? { nl: code, en: code };
  const grouped = downIndex.length >= 2;
  const groups: PrintGroup[] = [];
  const outer = downIndex[0] ?? 0;
  for (const value of table.dimensions[outer]?.values ?? []) {
    const inGroup = [...combos.values()].filter((c) => c[0] === value.code);
    if (inGroup.length === 0) continue;
    const lines = inGroup.map((down) => {
      const rows = acrossValues.map((v) =>
        byKey.get(key(table.dimensions.map((_, i) => (i === across ? v.code : (down[downIndex.indexOf(i)] ?? ''))))),
      );
      const cells = measures.map((m) =>
        rows.map((row): PrintCell => {
          if (!row) return { kind: 'absent' };
          if (row.status !== 'published') return { kind: 'withheld', reason: row.status };
          return { kind: 'value', text: row.cells[m.index]?.text ?? { nl: '–', en: '–' } };
        }),
      );
      const unpublished = rows.every((row) => row?.status !== 'published');
      return {
        labels: (grouped ? down.slice(1) : down).map((code, j) => labelOf(downIndex[j + (grouped ? 1 : 0)] ?? 0, code)),
        cells: unpublished ? cells.slice(0, 1) : cells,
        unpublished,
      };
    });
    groups.push({ label: grouped ? value.label : null, lines });
  }
  // A pivot longer than the list it replaces (few combinations, many measures) helps no reader.
  const printed = groups.reduce((n, g) => n + (grouped ? 1 : 0) + g.lines.reduce((m, l) => m + l.cells.length, 0), 0);
  if (printed > table.rows.length) return null;
  return {
    across: { label: table.dimensions[across]?.label ?? { nl: '', en: '' }, values: acrossValues.map((v) => v.label) },
    group: grouped ? (table.dimensions[outer]?.label ?? null) : null,
    down: downIndex.slice(grouped ? 1 : 0).map((i) => table.dimensions[i]?.label ?? { nl: '', en: '' }),
    measures: measures.map((m) => m.label),
    groups: grouped ? groups : [{ label: null, lines: groups.flatMap((g) => g.lines) }],
  };
}
