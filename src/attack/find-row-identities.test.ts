import { describe, expect, it } from 'vitest';
import { attackPublication } from './attack-publication.ts';
import { attackedCell as cellOf, csvTable as csv, published as P } from './attack-test-tables.ts';
import { isStartEndPair } from './find-period-links.ts';
import { inSpan } from './find-row-identities.ts';

describe('row identities and period links', () => {
  it('pins a withheld flow of a work stock from stock at start + inflow − outflow = stock at end', async () => {
    const rows: (string | number)[][] = [];
    for (const [source, start0, flows] of [
      [
        'Police',
        20,
        [
          [12, 9],
          [15, 11],
          [8, 14],
          [12, 15],
          [16, 10],
          [9, 12],
        ],
      ],
      [
        'Courts',
        31,
        [
          [10, 7],
          [6, 12],
          [14, 9],
          [11, 11],
          [7, 13],
          [12, 8],
        ],
      ],
    ] as const) {
      let start: number = start0;
      flows.forEach(([inflow, outflow], i) => {
        const end = start + inflow - outflow;
        const period = ['2022-06-30', '2022-12-31', '2023-06-30', '2023-12-31', '2024-06-30', '2024-12-31'][i];
        const hidden = source === 'Police' && i === 3;
        rows.push([
          source,
          period ?? '',
          start,
          inflow,
          hidden ? '' : outflow,
          end,
          hidden ? 'Withheld to protect another cell' : P,
        ]);
        start = end;
      });
    }
    const report = await attackPublication(
      [csv('werkvoorraad', 'Source,Half-year end,Stock at start,Inflow,Outflow,Stock at end,Status', rows)],
      { maxNoise: 0, protection: 2 },
    );
    expect(
      cellOf(report, 'werkvoorraad', { Source: 'Police', 'Half-year end': '2023-12-31' }, 'Outflow'),
    ).toMatchObject({
      low: 15,
      high: 15,
    });
    expect(report.relations.map((r) => r.kind)).toEqual(expect.arrayContaining(['identity', 'period']));
  });

  it('an identity that follows from those found is not a new one', () => {
    const basis = [
      [1, 1, -1, -1],
      [1, -1, 0, 0],
    ];
    expect(inSpan([2, 0, -1, -1], basis)).toBe(true);
    expect(inSpan([0, 0, 1, -1], basis)).toBe(false);
  });

  it('headers that read as the start and the end of the same stock', () => {
    expect(isStartEndPair('Stock at start', 'Stock at end')).toBe(true);
    expect(isStartEndPair('Stock at end', 'Stock at start')).toBe(false);
    expect(isStartEndPair('Cases at start', 'Stock at end')).toBe(false);
  });
});
