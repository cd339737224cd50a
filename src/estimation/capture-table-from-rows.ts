import type { CaptureTable } from './capture-table.ts';

/** One problem in a capture-table file, with where it is and what to do about it. */
export interface CaptureTableProblem {
  /** 1-based data row (the header is row 0); null for the file as a whole. */
  readonly row: number | null;
  readonly column: string | null;
  readonly message: string;
}

export type CaptureTableFromRows =
  | { readonly ok: true; readonly table: CaptureTable }
  | { readonly ok: false; readonly problems: readonly CaptureTableProblem[] };

/**
 * Reads a capture table from rows of a file with one 0/1 column per list (the header names the
 * lists) and a `count` column, one row per observed pattern. Reports every problem at once, each
 * saying what to fix, instead of stopping at the first.
 */
export function captureTableFromRows(
  header: readonly string[],
  rows: readonly { readonly row: number; readonly fields: Readonly<Record<string, unknown>> }[],
): CaptureTableFromRows {
  const problems: CaptureTableProblem[] = [];
  const countColumn = header.find((name) => name.toLowerCase() === 'count');
  const lists = header.filter((name) => name !== countColumn);
  if (!countColumn) {
    problems.push({
      row: null,
      column: null,
      message: 'there is no "count" column: add one with the number of people seen with each pattern',
    });
  }
  if (lists.length < 2) {
    problems.push({
      row: null,
      column: null,
      message: `found ${lists.length} list column(s) (${lists.join(', ') || 'none'}): give one 0/1 column per list, at least two lists`,
    });
  }
  if (lists.length > 16) {
    problems.push({
      row: null,
      column: null,
      message: `found ${lists.length} list columns: at most 16 lists are supported; merge some lists`,
    });
  }
  const duplicates = lists.filter((name, i) => lists.indexOf(name) !== i);
  if (duplicates.length > 0)
    problems.push({
      row: null,
      column: null,
      message: `list columns named twice: ${duplicates.join(', ')}; give each list its own name`,
    });
  if (rows.length === 0)
    problems.push({ row: null, column: null, message: 'the file has no data rows: give one row per observed pattern' });
  if (problems.length > 0) return { ok: false, problems };

  const firstRowOf = new Map<string, number>();
  const cells: { history: string; count: number }[] = [];
  for (const { row, fields } of rows) {
    let history = '';
    let valid = true;
    for (const list of lists) {
      const value = String(fields[list] ?? '').trim();
      if (value !== '0' && value !== '1') {
        problems.push({
          row,
          column: list,
          message: `"${value}" is not 0 or 1: write 1 if the pattern includes list ${list}, else 0`,
        });
        valid = false;
      }
      history += value === '1' ? '1' : '0';
    }
    const countText = String(fields[countColumn as string] ?? '').trim();
    const count = Number(countText);
    if (countText === '' || !Number.isInteger(count) || count < 0) {
      problems.push({
        row,
        column: countColumn as string,
        message: `"${countText}" is not a whole number of people (0 or more)`,
      });
      valid = false;
    }
    if (!valid) continue;
    if (!history.includes('1')) {
      problems.push({
        row,
        column: null,
        message: 'the pattern seen by no list is what is estimated and cannot be given: remove this row',
      });
      continue;
    }
    const earlier = firstRowOf.get(history);
    if (earlier !== undefined) {
      problems.push({
        row,
        column: null,
        message: `pattern ${history} is also on row ${earlier}: give each pattern once, with its total count`,
      });
      continue;
    }
    firstRowOf.set(history, row);
    cells.push({ history, count });
  }
  if (problems.length === 0 && cells.every((cell) => cell.count === 0)) {
    problems.push({
      row: null,
      column: countColumn as string,
      message: 'every count is 0: there is nothing to estimate from',
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, table: { sources: lists, cells } };
}
