import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../store/index.ts';
import { computeIndicator } from '../compute-indicators.ts';
import { openTestStore } from '../../../test/support/open-test-store.ts';
import { werkvoorraadAge } from '../werkvoorraad-age/werkvoorraad-age.ts';
import { werkvoorraad } from './werkvoorraad.ts';

let store: Store;
beforeAll(async () => {
  const om = (id: string, inflow: string, decided?: string) => [
    { source: 'om', registration_id: id, step: 'om_inflow', event_date: inflow },
    ...(decided
      ? [{ source: 'om', registration_id: id, step: 'om_decision', event_date: decided, om_decision: 'summons' }]
      : []),
  ];
  store = await openTestStore({
    registrations: ['A', 'B', 'C', 'D', 'E'].map((id) => ({
      source: 'om',
      registration_id: id,
      registration_date: '2019-01-01',
    })),
    events: [
      ...om('A', '2019-12-15', '2020-02-01'), // open at the end of 2019, closed in 2020-H1
      ...om('B', '2020-06-30', '2020-06-30'), // in and out on the same day: never in a stock
      ...om('C', '2020-06-30'), // opened on the reference date: in the stock that day, 0 days old
      ...om('D', '2020-01-10', '2020-12-31'), // closed on the reference date: not in that stock
      ...om('E', '2019-03-01'), // never decided: ages through every half-year
    ],
  });
});
afterAll(() => store.close());

describe('werkvoorraad (work stock) at half-year ends', () => {
  it('counts open cases on 30 June and 31 December, with inflow and outflow in between', async () => {
    const rows = (await computeIndicator(store, werkvoorraad, { from: 2020, to: 2020 })).filter(
      (r) => r.source === 'om',
    );
    expect(rows.map((r) => r.half_year_end)).toEqual(['2020-06-30', '2020-12-31']);
    expect(rows[0]).toMatchObject({ stock_start: 2, inflow: 3, outflow: 2, stock_end: 3 }); // A, E → E, C, D
    expect(rows[1]).toMatchObject({ stock_start: 3, inflow: 0, outflow: 1, stock_end: 2 }); // D leaves → E, C
    expect(rows[1]?.mean_age_days).toBeCloseTo((671 + 184) / 2, 9);
    for (const r of rows) expect(r.stock_end).toBe(Number(r.stock_start) + Number(r.inflow) - Number(r.outflow));
  });

  it('bands the age of the stock: a case opened on the reference date is 0 days old', async () => {
    const rows = (await computeIndicator(store, werkvoorraadAge, { from: 2020, to: 2020 })).filter(
      (r) => r.source === 'om',
    );
    expect(
      rows
        .filter((r) => r.half_year_end === '2020-06-30')
        .map(({ source, half_year_end, age_band, cases }) => ({ source, half_year_end, age_band, cases })),
    ).toEqual([
      { source: 'om', half_year_end: '2020-06-30', age_band: '0-3m', cases: 1 },
      { source: 'om', half_year_end: '2020-06-30', age_band: '3-6m', cases: 1 },
      { source: 'om', half_year_end: '2020-06-30', age_band: '>=12m', cases: 1 },
    ]);
  });
});
