import { describe, expect, it } from 'vitest';
import { attackPublication } from './attack-publication.ts';
import { parsePublishedTable } from './parse-published-table.ts';

const csv = (id: string, header: string, rows: readonly (readonly (string | number)[])[]) =>
  parsePublishedTable(id, [header, ...rows.map((r) => r.join(','))].join('\n'));

describe('repairing contradictory relations', () => {
  it('drops an equality that held on every checkable row but contradicts a withheld status, and says so', async () => {
    // Victims and cases agree on the four checkable years by coincidence; in 2024 cases are below
    // the threshold while victims are 50, so 'victims = cases' cannot hold.
    const years = [
      [2020, 41, 41],
      [2021, 37, 37],
      [2022, 45, 45],
      [2023, 52, 52],
    ];
    const report = await attackPublication(
      [
        csv('victims', 'Year,Victims,Status', [
          ...years.map(([y, v]) => [y as number, v as number, 'Published']),
          [2024, 50, 'Published'],
        ]),
        csv('cases', 'Year,Cases,Status', [
          ...years.map(([y, , c]) => [y as number, c as number, 'Published']),
          [2024, '', 'Withheld: count below the threshold'],
        ]),
      ],
      { maxNoise: 0, protection: 2 },
    );
    expect(report.dropped).toEqual([expect.stringMatching(/^cases: Cases = victims: Victims/)]);
    expect(report.cells).toEqual([expect.objectContaining({ tableId: 'cases', low: 1, high: 9, breached: false })]);
  });
});
