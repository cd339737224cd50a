import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../store/index.ts';
import { computeIndicator } from '../compute-indicators.ts';
import { openTestStore } from '../../../test/support/open-test-store.ts';
import { throughputTimes } from './throughput-times.ts';

// Police reports 0, 10, 20, 30 and 100 days after the incident, all reported in 2021.
const delays = [0, 10, 20, 30, 100];
let store: Store;
beforeAll(async () => {
  const day = (n: number) => new Date(Date.UTC(2021, 0, 1 + n)).toISOString().slice(0, 10);
  store = await openTestStore({
    registrations: delays.map((d, i) => ({
      source: 'police',
      registration_id: `P${i}`,
      registration_date: day(d),
      incident_date_from: day(0),
    })),
    events: delays.map((d, i) => ({ source: 'police', registration_id: `P${i}`, step: 'report', event_date: day(d) })),
  });
});
afterAll(() => store.close());

describe('throughput times', () => {
  it('gives the mean, the interpolated median and 80th percentile, and the share within the norm', async () => {
    const rows = await computeIndicator(store, throughputTimes, { from: 2021, to: 2021 });
    const stage = rows.find((r) => r.stage === 'incident_to_report');
    // sorted 0, 10, 20, 30, 100: P80 sits at rank 0.8 × 4 = 3.2, between 30 and 100 → 30 + 0.2 × 70 = 44
    expect(stage).toMatchObject({
      year: 2021,
      cases: 5,
      mean_days: 32,
      median_days: 20,
      norm_days: 183,
      within_norm: 5,
      share_within_norm: 1,
    });
    expect(stage?.p80_days).toBeCloseTo(44, 9);
  });

  it('takes a configured norm, counting a case exactly on the norm as within it', async () => {
    const rows = await computeIndicator(
      store,
      throughputTimes,
      { from: 2021, to: 2021 },
      { 'throughput-times': { norm_days: 20 } },
    );
    expect(rows.find((r) => r.stage === 'incident_to_report')).toMatchObject({
      norm_days: 20,
      within_norm: 3,
      share_within_norm: 0.6,
    });
  });

  it('counts a stage in the year it ended and leaves out stages that did not end', async () => {
    const rows = await computeIndicator(store, throughputTimes, { from: 2022, to: 2022 });
    expect(rows).toEqual([]);
  });
});
