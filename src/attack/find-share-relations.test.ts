import { describe, expect, it } from 'vitest';
import { attackPublication } from './attack-publication.ts';
import {
  attackedCell as cellOf,
  csvTable as csv,
  printedShare as share,
  published as P,
} from './attack-test-tables.ts';

describe('share relations, through the attack', () => {
  it("pins a withheld category from the other categories' shares of their group", async () => {
    const years = [
      [2020, 60, 30, 10],
      [2021, 70, 38, 12],
      [2022, 75, 40, 15],
      [2023, 64, 35, 11],
      [2024, 80, 46, 7],
    ];
    const rows = years.flatMap(([year, f = 0, m = 0, u = 0]) =>
      [
        ['Female', f],
        ['Male', m],
        ['Unknown', u],
      ].map(([sex, n]) =>
        year === 2024 && sex === 'Unknown'
          ? [year, sex, '', '', 'Withheld: count below the threshold']
          : [year as number, sex as string, n as number, share(n as number, f + m + u), P],
      ),
    );
    const report = await attackPublication([csv('victims-by-sex', 'Year,Sex,Victims,Share (%),Status', rows)], {
      maxNoise: 0,
      protection: 2,
    });
    expect(cellOf(report, 'victims-by-sex', { Year: '2024', Sex: 'Unknown' }, 'Victims')).toMatchObject({
      low: 7,
      high: 7,
    });
    expect(report.relations.map((r) => r.text)).toContainEqual(
      expect.stringContaining('Share (%) = 100 × Victims / (Victims summed over Sex)'),
    );
  });

  it('reveals a withheld count through a share of a published denominator in another table', async () => {
    const data = [
      [2019, 90, 15],
      [2020, 126, 22],
      [2021, 134, 30],
      [2022, 131, 19],
      [2023, 174, 41],
      [2024, 160, 21],
    ];
    const report = await attackPublication(
      [
        csv(
          'completeness',
          'Year,Registrations,Online (%),Status',
          data.map(([y, r = 1, o = 0]) => [y as number, r, share(o, r), P]),
        ),
        csv(
          'online',
          'Year,Online,Status',
          data.map(([y, , o]) =>
            y === 2024 ? [y, '', 'Withheld to protect another cell'] : [y as number, o as number, P],
          ),
        ),
      ],
      { maxNoise: 0, protection: 2 },
    );
    expect(cellOf(report, 'online', { Year: '2024' }, 'Online')).toMatchObject({ low: 21, high: 21, pinned: true });
  });
});
