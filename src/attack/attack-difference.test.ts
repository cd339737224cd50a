import { describe, expect, it } from 'vitest';
import { attackDifference } from './attack-difference.ts';
import { parsePublishedTable } from './parse-published-table.ts';
import { summariseDifference } from './summarise-attack.ts';

const P = 'Published';
const csv = (id: string, header: string, rows: readonly (readonly (string | number)[])[]) =>
  parsePublishedTable(id, [header, ...rows.map((r) => r.join(','))].join('\n'));

// Truth per year: female, male. The correction delivery removes 3 female victims of 2024.
const truthBefore = [
  [60, 40],
  [70, 50],
  [75, 55],
  [64, 46],
  [80, 60],
];
const truthAfter = truthBefore.map(([f = 0, m = 0], i) => (i === 4 ? [f - 3, m] : [f, m]));

/** The two tables of one publication, each count published with the noise `noise(year, cell)`. */
function publication(truth: number[][], noise: (year: number, cell: 'female' | 'male' | 'total') => number) {
  return [
    csv(
      'victims-per-year',
      'Year,Victims,Status',
      truth.map(([f = 0, m = 0], i) => [2020 + i, f + m + noise(2020 + i, 'total'), P]),
    ),
    csv(
      'victims-by-sex',
      'Year,Sex,Victims,Status',
      truth.flatMap(([f = 0, m = 0], i) => [
        [2020 + i, 'Female', f + noise(2020 + i, 'female'), P],
        [2020 + i, 'Male', m + noise(2020 + i, 'male'), P],
      ]),
    ),
  ];
}

describe('attackDifference', () => {
  it('with exact counts, reveals that 3 records left the 2024 total and its female count', async () => {
    const report = await attackDifference(
      publication(truthBefore, () => 0),
      publication(truthAfter, () => 0),
      { maxNoise: 0, protection: 2 },
    );
    expect(report.compared).toBe(15);
    expect(report.changed).toBe(2);
    expect(report.revealed.map((d) => [d.tableId, d.row, d.column, d.low, d.high])).toEqual([
      ['victims-by-sex', { Year: '2024', Sex: 'Female' }, 'Victims', 3, 3],
      ['victims-per-year', { Year: '2024' }, 'Victims', 3, 3],
    ]);
    expect(summariseDifference(report)[0]).toMatch(/15 counts in both publications, 2 certainly changed, 2 revealed/);
  });

  it('with noise D = 3, fresh noise on the changed counts hides how many records changed', async () => {
    // Deterministic noise within ±3; an unchanged count keeps its noise (same records, same cell
    // key); the changed ones (2024 female and total) get new noise after the correction.
    const base = (year: number, cell: string) => ((year * 7 + cell.length * 3) % 7) - 3;
    const before = (year: number, cell: 'female' | 'male' | 'total') =>
      year === 2024 && cell !== 'male' ? (cell === 'female' ? -1 : 2) : base(year, cell);
    const after = (year: number, cell: 'female' | 'male' | 'total') =>
      year === 2024 && cell !== 'male' ? (cell === 'female' ? 3 : -2) : base(year, cell);
    const report = await attackDifference(publication(truthBefore, before), publication(truthAfter, after), {
      maxNoise: 3,
      protection: 2,
    });
    expect(report.compared).toBe(15);
    expect(report.before.relations.filter((r) => r.kind === 'sum')).toHaveLength(1);
    expect(report.revealed).toEqual([]);
    const total = report.cells.find((c) => c.tableId === 'victims-per-year' && c.row.Year === '2024');
    expect(total?.low).toBeLessThanOrEqual(3);
    expect(total?.high).toBeGreaterThanOrEqual(3);
    expect((total?.high ?? 0) - (total?.low ?? 0)).toBeGreaterThanOrEqual(4);
  });
});
