import { describe, expect, it } from 'vitest';
import { toCaptureTable } from './capture-table.ts';
import { EstimationInputError } from './estimation-input-error.ts';
import { toStratifiedCaptureTables } from './to-stratified-capture-tables.ts';

describe('toCaptureTable', () => {
  it('counts boolean and bitmask histories alike (bit i is source i)', () => {
    const table = toCaptureTable([[true, false, true], 0b101, [false, true, false], 0b010, 0b010], ['P', 'J', 'Z']);
    expect(table.sources).toEqual(['P', 'J', 'Z']);
    expect(table.cells).toEqual([
      { history: '101', count: 2 },
      { history: '010', count: 3 },
    ]);
  });

  it('keeps the total number of people', () => {
    const histories = Array.from({ length: 100 }, (_, i) => (i % 7) + 1);
    const table = toCaptureTable(histories, ['A', 'B', 'C']);
    expect(table.cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(100);
  });

  it('rejects a person seen by no source and malformed histories', () => {
    expect(() => toCaptureTable([0b000], ['A', 'B', 'C'])).toThrow(EstimationInputError);
    expect(() => toCaptureTable([[true, false]], ['A', 'B', 'C'])).toThrow(/one entry per source/);
    expect(() => toCaptureTable([8], ['A', 'B', 'C'])).toThrow(/bitmask/);
    expect(() => toCaptureTable([1], ['A', 'A'])).toThrow(/unique/);
  });
});

describe('toStratifiedCaptureTables', () => {
  it('gives one table per stratum, sorted', () => {
    const strata = toStratifiedCaptureTables(
      [
        { stratum: '12-17', history: 0b01 },
        { stratum: '0-11', history: 0b11 },
        { stratum: '12-17', history: 0b01 },
      ],
      ['A', 'B'],
    );
    expect(strata.map((s) => s.stratum)).toEqual(['0-11', '12-17']);
    expect(strata[1]?.table.cells).toEqual([{ history: '10', count: 2 }]);
  });
});
