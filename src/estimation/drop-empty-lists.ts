import type { CaptureTable } from './capture-table.ts';

/** A list left out of the estimate, and why. */
export interface DroppedList {
  readonly list: string;
  readonly reason: string;
}

/**
 * Leaves out the lists that saw nobody in this table (a small stratum, a year a list did not
 * deliver). With such a list in it no model is estimable: its main effect runs to −∞, and with it
 * every interaction it takes part in. Without it the table is that of the other lists, exactly:
 * every person seen was seen by them.
 */
export function dropEmptyLists(table: CaptureTable): { table: CaptureTable; droppedLists: DroppedList[] } {
  const empty = table.sources.map((_, i) => table.cells.every((cell) => cell.count === 0 || cell.history[i] !== '1'));
  if (!empty.includes(true)) return { table, droppedLists: [] };
  const sources = table.sources.filter((_, i) => !empty[i]);
  const cells = table.cells.flatMap(({ history, count }) => {
    if ([...history].some((seen, i) => seen === '1' && empty[i])) return [];
    const kept = [...history].filter((_, i) => !empty[i]).join('');
    return kept.includes('1') ? [{ history: kept, count }] : [];
  });
  const droppedLists = table.sources
    .filter((_, i) => empty[i])
    .map((list) => ({
      list,
      reason: `${list} saw nobody here: its main effect and every interaction with it cannot be estimated, so the estimate uses the other lists`,
    }));
  return { table: { sources, cells }, droppedLists };
}
