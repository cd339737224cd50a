import { describe, expect, it } from 'vitest';
import { attackPublication } from './attack-publication.ts';
import {
  attackedCell as cellOf,
  csvTable as csv,
  published as P,
  victimsPerYear as perYear,
} from './attack-test-tables.ts';
import { summariseAttack } from './summarise-attack.ts';

describe('attackPublication with exact counts (D = 0)', () => {
  const bySex = (rows2024: readonly (readonly (string | number)[])[]) =>
    csv('victims-by-sex', 'Year,Sex,Victims,Status', [
      ...[
        [2020, 60, 30, 10],
        [2021, 70, 38, 12],
        [2022, 75, 40, 15],
        [2023, 64, 35, 11],
      ].flatMap(([year, f, m, u]) => [
        [year as number, 'Female', f as number, P],
        [year as number, 'Male', m as number, P],
        [year as number, 'Unknown', u as number, P],
      ]),
      ...rows2024,
    ]);

  it('pins a cell withheld alone in a row whose total is published in another table', async () => {
    const report = await attackPublication(
      [
        perYear([100, 120, 130, 110, 140]),
        bySex([
          [2024, 'Female', 80, P],
          [2024, 'Male', '', 'Withheld: one contributor dominates'],
          [2024, 'Unknown', 14, P],
        ]),
      ],
      { maxNoise: 0, protection: 2 },
    );
    const male = cellOf(report, 'victims-by-sex', { Year: '2024', Sex: 'Male' }, 'Victims');
    expect([male.low, male.high, male.pinned, male.breached]).toEqual([46, 46, true, true]);
    expect(report.relations.map((r) => r.text)).toContainEqual(
      expect.stringMatching(
        /^victims-by-sex: Victims summed over Sex = victims-per-year: Victims \(by Year; holds on 4/,
      ),
    );
    expect(summariseAttack(report).join('\n')).toMatch(/1 breached .* 1 of them exactly/);
  });

  it('does not pin cells withheld in pairs along both a row and a column', async () => {
    const truth = [
      [40, 30, 52, 44, 38],
      [35, 47, 29, 51, 33],
      [58, 26, 41, 37, 45],
      [4, 30, 48, 39, 27],
      [25, 33, 36, 42, 50],
    ];
    const withheld = new Map([
      ['3,0', 'Withheld: count below the threshold'],
      ['3,1', 'Withheld to protect another cell'],
      ['4,0', 'Withheld to protect another cell'],
      ['4,1', 'Withheld to protect another cell'],
    ]);
    const cells = truth.flatMap((row, r) =>
      row.map((n, a) => {
        const status = withheld.get(`${r},${a}`);
        return [`R${r + 1}`, `A${a + 1}`, status ? '' : n, status ?? P];
      }),
    );
    const report = await attackPublication(
      [
        csv('cases', 'Region,Age,Cases,Status', cells),
        csv(
          'cases-by-region',
          'Region,Cases,Status',
          truth.map((row, r) => [`R${r + 1}`, row.reduce((s, n) => s + n), P]),
        ),
        csv(
          'cases-by-age',
          'Age,Cases,Status',
          [0, 1, 2, 3, 4].map((a) => [`A${a + 1}`, truth.reduce((s, row) => s + (row[a] ?? 0), 0), P]),
        ),
      ],
      { maxNoise: 0, protection: 2 },
    );
    expect(report.relations.filter((r) => r.kind === 'sum').length).toBe(2);
    expect(report.cells).toHaveLength(4);
    for (const cell of report.cells)
      expect([cell.tableId, cell.high - cell.low, cell.breached]).toEqual(['cases', 8, false]);
    expect(cellOf(report, 'cases', { Region: 'R4', Age: 'A1' }, 'Cases')).toMatchObject({ low: 1, high: 9 });
  });

  it('rejects a sum that fails on one checkable row (overlapping sources), and pins nothing with it', async () => {
    const report = await attackPublication(
      [
        perYear([100, 120, 130, 110, 140]),
        csv('victims-by-source', 'Year,Source,Victims,Status', [
          ...[
            [2020, 60, 40],
            [2021, 70, 50],
            [2022, 75, 60],
            [2023, 64, 46],
          ].flatMap(([y, a, b]) => [
            [y as number, 'Police', a as number, P],
            [y as number, 'Help service', b as number, P],
          ]),
          [2024, 'Police', 80, P],
          [2024, 'Help service', '', 'Withheld to protect another cell'],
        ]),
      ],
      { maxNoise: 0, protection: 2 },
    );
    expect(report.relations.filter((r) => r.text.includes('victims-per-year'))).toEqual([]);
    expect(cellOf(report, 'victims-by-source', { Year: '2024', Source: 'Help service' }, 'Victims').high).toBe(
      Number.POSITIVE_INFINITY,
    );
  });
});
