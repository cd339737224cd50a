import { describe, expect, it } from 'vitest';
import { attackPublication } from './attack-publication.ts';
import {
  attackedCell as cellOf,
  csvTable as csv,
  published as P,
  victimsPerYear as perYear,
} from './attack-test-tables.ts';

describe('attackPublication with noisy counts (D > 0)', () => {
  // Truth per year: female, male, total; and the noise on each published count.
  const publish = (year2024: { female: [number, number]; male: number; total: [number, number] }) => {
    const years: { female: [number, number]; male: [number, number]; total: [number, number] }[] = [
      { female: [40, 1], male: [30, -1], total: [70, 0] },
      { female: [50, 2], male: [25, -1], total: [75, 0] },
      { female: [45, 0], male: [35, 1], total: [80, 2] },
      { female: [55, -1], male: [20, 2], total: [75, -1] },
    ];
    const bySex = years.flatMap(({ female, male }, i) => [
      [2020 + i, 'Female', female[0] + female[1], P],
      [2020 + i, 'Male', male[0] + male[1], P],
    ]);
    bySex.push(
      [2024, 'Female', year2024.female[0] + year2024.female[1], P],
      [2024, 'Male', '', 'Withheld: count below the threshold'],
    );
    const totals = [...years.map(({ total }) => total[0] + total[1]), year2024.total[0] + year2024.total[1]];
    return [perYear(totals), csv('victims-by-sex', 'Year,Sex,Victims,Status', bySex)];
  };

  it('pins a small count when the noise on both published counts of a two-cell sum is at its extreme', async () => {
    // Truth 2024: 40 female + 1 male = 41; published female 40 + 2, total 41 − 2.
    const report = await attackPublication(publish({ female: [40, 2], male: 1, total: [41, -2] }), {
      maxNoise: 2,
      protection: 2,
    });
    expect(cellOf(report, 'victims-by-sex', { Year: '2024', Sex: 'Male' }, 'Victims')).toMatchObject({
      low: 1,
      high: 1,
    });
    expect(cellOf(report, 'victims-by-sex', { Year: '2024', Sex: 'Female' }, 'Victims')).toMatchObject({
      low: 40,
      high: 40,
    });
  });

  it('places no count within the protection when the noise is not at its extremes', async () => {
    // Truth 2024: 40 female + 5 male = 45; published female 40 + 0, total 45 + 1.
    const report = await attackPublication(publish({ female: [40, 0], male: 5, total: [45, 1] }), {
      maxNoise: 2,
      protection: 2,
    });
    expect(report.relations.filter((r) => r.kind === 'sum')).toHaveLength(1);
    expect(report.cells.filter((c) => c.breached)).toEqual([]);
    expect(cellOf(report, 'victims-by-sex', { Year: '2024', Sex: 'Male' }, 'Victims')).toMatchObject({
      low: 2,
      high: 10,
    });
  });
});
