import { describe, expect, it } from 'vitest';
import { protectTables } from './protect-tables.ts';
import type { ProtectedCell, PublishedTable } from './table-types.ts';

const status = (cell: ProtectedCell | undefined): number | string | undefined =>
  cell === undefined ? undefined : 'value' in cell ? cell.value : cell.suppressed;

const statusByKey = (cells: readonly ProtectedCell[]) => new Map(cells.map((c) => [c.key.join('/'), status(c)]));

describe('protectTables: primary suppression', () => {
  const oneWay: PublishedTable = {
    id: 'victims-per-year',
    dimensions: ['year'],
    cells: [0, 1, 9, 10, 250].map((value, i) => ({ key: [String(2020 + i)], value })),
  };

  it('suppresses 0 < count < threshold and publishes zeros and counts at the threshold', () => {
    const [table] = protectTables([oneWay], { secondary: false });
    expect(table?.cells.map(status)).toEqual([0, 'threshold', 'threshold', 10, 250]);
    expect(table?.margins.map(status)).toEqual([270]);
    const [lower] = protectTables([oneWay], { secondary: false, threshold: 5 });
    expect(lower?.cells.map(status)).toEqual([0, 'threshold', 9, 10, 250]);
  });

  it('suppresses a margin below the threshold even when its cells are zero or suppressed', () => {
    const table: PublishedTable = {
      id: 't',
      dimensions: ['year', 'sex'],
      cells: [
        { key: ['2020', 'female'], value: 4 },
        { key: ['2020', 'male'], value: 3 },
        { key: ['2021', 'female'], value: 40 },
        { key: ['2021', 'male'], value: 0 },
      ],
    };
    const [protectedTable] = protectTables([table], { secondary: false });
    const margins = statusByKey(protectedTable?.margins ?? []);
    expect(margins.get('2020/*')).toBe('threshold');
    expect(margins.get('*/male')).toBe('threshold');
    expect(margins.get('2021/*')).toBe(40);
  });

  it('applies (n, k) dominance to magnitudes with contributors, and only when asked', () => {
    const table: PublishedTable = {
      id: 'sentence-months',
      dimensions: ['year'],
      cells: [
        { key: ['2020'], value: 100, contributors: [90, 5, 5] },
        { key: ['2021'], value: 100, contributors: [50, 30, 20] },
        { key: ['2022'], value: 100, contributors: [60, 30, 10] },
      ],
    };
    const [nk1] = protectTables([table], { secondary: false, dominance: { n: 1, k: 85 } });
    expect(nk1?.cells.map(status)).toEqual(['dominance', 100, 100]);
    const [nk2] = protectTables([table], { secondary: false, dominance: { n: 2, k: 85 } });
    expect(nk2?.cells.map(status)).toEqual(['dominance', 100, 'dominance']);
    const [none] = protectTables([table], { secondary: false });
    expect(none?.cells.map(status)).toEqual([100, 100, 100]);
  });

  it('publishes no margins when totals are "none"', () => {
    const [table] = protectTables([{ ...oneWay, totals: 'none' }]);
    expect(table?.margins).toEqual([]);
    expect(table?.cells.map(status)).toEqual([0, 'threshold', 'threshold', 10, 250]);
  });
});

describe('protectTables: secondary suppression', () => {
  it('hides a complementary cell in every row and column of a lone suppressed cell', () => {
    const table: PublishedTable = {
      id: 't',
      dimensions: ['year', 'source'],
      cells: [
        { key: ['2020', 'police'], value: 3 },
        { key: ['2020', 'csg'], value: 40 },
        { key: ['2020', 'vt'], value: 25 },
        { key: ['2021', 'police'], value: 30 },
        { key: ['2021', 'csg'], value: 50 },
        { key: ['2021', 'vt'], value: 12 },
      ],
    };
    const [protectedTable] = protectTables([table]);
    const cells = protectedTable?.cells ?? [];
    const hiddenIn = (index: number, value: string) =>
      cells.filter((c) => c.key[index] === value && !('value' in c)).length;
    expect(hiddenIn(0, '2020')).toBeGreaterThanOrEqual(2);
    expect(hiddenIn(1, 'police')).toBeGreaterThanOrEqual(2);
    // The margins stay published: the interior carries the protection.
    expect(protectedTable?.margins.every((m) => 'value' in m)).toBe(true);
  });

  it('gives a quantity two tables share the same status in both', () => {
    const bySex: PublishedTable = {
      id: 'by-sex',
      dimensions: ['year', 'sex'],
      cells: [
        { key: ['2020', 'female'], value: 5 },
        { key: ['2020', 'male'], value: 2 },
        { key: ['2021', 'female'], value: 60 },
        { key: ['2021', 'male'], value: 14 },
      ],
    };
    const perYear: PublishedTable = {
      id: 'per-year',
      dimensions: ['year'],
      cells: [
        { key: ['2020'], value: 7 },
        { key: ['2021'], value: 74 },
      ],
    };
    const [sexTable, yearTable] = protectTables([bySex, perYear]);
    const sexMargins = statusByKey(sexTable?.margins ?? []);
    const yearCells = statusByKey(yearTable?.cells ?? []);
    expect(yearCells.get('2020')).toBe('threshold');
    expect(sexMargins.get('2020/*')).toBe('threshold');
    expect(yearCells.get('2021')).toBe(sexMargins.get('2021/*'));
    expect(status(yearTable?.margins[0])).toBe(sexMargins.get('*/*'));
  });
});
