import { describe, expect, it } from 'vitest';
import { captureTablesBy } from './capture-tables-by.ts';

const rows = [
  { year: 2021, sex: 'F', history: '10', count: 3 },
  { year: 2021, sex: 'M', history: '10', count: 2 },
  { year: 2021, sex: 'M', history: '11', count: 1 },
  { year: 2020, sex: 'F', history: '01', count: 4 },
  { year: 2020, sex: 'F', history: '11', count: 0 },
];

describe('captureTablesBy', () => {
  it('sums the strata it is not asked to keep, one table per key, in key order', () => {
    expect(captureTablesBy(rows, ['A', 'B'], ['year'])).toEqual([
      { key: { year: 2020 }, table: { sources: ['A', 'B'], cells: [{ history: '01', count: 4 }] } },
      {
        key: { year: 2021 },
        table: {
          sources: ['A', 'B'],
          cells: [
            { history: '11', count: 1 },
            { history: '10', count: 5 },
          ],
        },
      },
    ]);
  });

  it('gives one table for no keys, and keeps every count', () => {
    const [all, more] = captureTablesBy(rows, ['A', 'B'], []);
    expect(more).toBeUndefined();
    expect(all?.table.cells.reduce((s, c) => s + c.count, 0)).toBe(10);
    expect(captureTablesBy(rows, ['A', 'B'], ['year', 'sex']).map((t) => t.key)).toEqual([
      { year: 2020, sex: 'F' },
      { year: 2021, sex: 'F' },
      { year: 2021, sex: 'M' },
    ]);
  });
});
