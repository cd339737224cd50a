import type { CaptureTable } from './capture-table.ts';
import type { CovariateCaptureTable } from './covariate-model.ts';

/** One problem in a capture-table file, with where it is and what to do about it. */
export interface CaptureTableProblem {
  /** 1-based data row (the header is row 0); null for the file as a whole. */
  readonly row: number | null;
  readonly column: string | null;
  readonly message: string;
}

export type CaptureTableFromRows =
  | {
      readonly ok: true;
      readonly table: CaptureTable;
      /** With covariate columns: the same people by pattern and covariate values (`table` pools them). */
      readonly covariateTable?: CovariateCaptureTable;
    }
  | { readonly ok: false; readonly problems: readonly CaptureTableProblem[] };

/**
 * Reads a capture table from rows of a file with one 0/1 column per list (the header names the
 * lists) and a `count` column, one row per observed pattern. Reports every problem at once, each
 * saying what to fix, instead of stopping at the first. `covariates` names columns that hold a value
 * of each person (age band, sex; empty: not known) instead of a list: then a row is a pattern and
 * values, and the table also comes split by them.
 */
export function captureTableFromRows(
  header: readonly string[],
  rows: readonly { readonly row: number; readonly fields: Readonly<Record<string, unknown>> }[],
  covariates: readonly string[] = [],
): CaptureTableFromRows {
  const problems: CaptureTableProblem[] = [];
  const countColumn = header.find((name) => name.toLowerCase() === 'count');
  const lists = header.filter((name) => name !== countColumn && !covariates.includes(name));
  for (const covariate of covariates)
    if (!header.includes(covariate))
      problems.push({
        row: null,
        column: null,
        message: `there is no column "${covariate}" for the covariate asked for: the columns are ${header.join(', ')}`,
      });
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
  const split: { history: string; values: (string | null)[]; count: number }[] = [];
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
    const values = covariates.map((c) => String(fields[c] ?? '').trim() || null);
    const key = covariates.length > 0 ? `${history} ${JSON.stringify(values)}` : history;
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) {
      problems.push({
        row,
        column: null,
        message:
          covariates.length > 0
            ? `pattern ${history} with the same ${covariates.join(', ')} is also on row ${earlier}: give each once, with its total count`
            : `pattern ${history} is also on row ${earlier}: give each pattern once, with its total count`,
      });
      continue;
    }
    firstRowOf.set(key, row);
    cells.push({ history, count });
    split.push({ history, values, count });
  }
  if (problems.length === 0 && cells.every((cell) => cell.count === 0)) {
    problems.push({
      row: null,
      column: countColumn as string,
      message: 'every count is 0: there is nothing to estimate from',
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (covariates.length === 0) return { ok: true, table: { sources: lists, cells } };
  const pooled = new Map<string, number>();
  for (const c of cells) pooled.set(c.history, (pooled.get(c.history) ?? 0) + c.count);
  return {
    ok: true,
    table: { sources: lists, cells: [...pooled].map(([history, count]) => ({ history, count })) },
    covariateTable: { sources: lists, covariates, counts: split },
  };
}
