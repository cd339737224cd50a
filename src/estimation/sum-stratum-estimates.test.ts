import { describe, expect, it } from 'vitest';
import { type StratumSum, sumStratumEstimates } from './sum-stratum-estimates.ts';

function ok(sum: StratumSum) {
  if (sum.status !== 'ok') throw new Error(sum.reason);
  return sum;
}

describe('sumStratumEstimates', () => {
  it('gives one stratum back when its interval is symmetric on the log scale of the unseen', () => {
    // unseen 400, interval 400·e^(±1.96·0.1)
    const s = {
      observed: 1000,
      nHat: 1400,
      lower: 1000 + 400 * Math.exp(-1.959964 * 0.1),
      upper: 1000 + 400 * Math.exp(1.959964 * 0.1),
    };
    const sum = ok(sumStratumEstimates([s]));
    expect(sum.nHat).toBe(1400);
    expect(sum.lower).toBeCloseTo(s.lower, 0);
    expect(sum.upper).toBeCloseTo(s.upper, 0);
  });

  it('adds the numbers, and two equal independent strata are relatively √2 less uncertain than one', () => {
    const s = {
      observed: 1000,
      nHat: 1400,
      lower: 1000 + 400 * Math.exp(-1.959964 * 0.1),
      upper: 1000 + 400 * Math.exp(1.959964 * 0.1),
    };
    const sum = ok(sumStratumEstimates([s, s]));
    expect(sum.observed).toBe(2000);
    expect(sum.nHat).toBe(2800);
    const sigma = Math.log((sum.upper - 2000) / 800) / 1.959964;
    expect(sigma).toBeCloseTo(0.1 / Math.SQRT2, 3);
  });

  it('never goes below the number seen, and a stratum with nothing unseen adds only its count', () => {
    const sum = ok(
      sumStratumEstimates([
        { observed: 10, nHat: 10, lower: 10, upper: 10 },
        { observed: 50, nHat: 80, lower: 52, upper: 200 },
      ]),
    );
    expect(sum.nHat).toBe(90);
    expect(sum.lower).toBeGreaterThanOrEqual(60);
    expect(sum.upper).toBeGreaterThan(90);
  });

  it('is not estimable when a stratum is not, and names that stratum and why instead of leaving it out', () => {
    const sum = sumStratumEstimates([
      { observed: 1000, nHat: 1400, lower: 1300, upper: 1600 },
      { observed: 12, notEstimable: 'only justice saw anyone' },
    ]);
    expect(sum).toEqual({
      status: 'not-estimable',
      observed: 1012,
      reason: '1 of 2 strata cannot be estimated, so neither can their sum',
      strata: [{ index: 1, observed: 12, reason: 'only justice saw anyone' }],
    });
  });

  it('applies the published rule itself: a stratum with N̂ above ten times its number seen is refused, not added', () => {
    const fine = { observed: 1000, nHat: 1400, lower: 1300, upper: 1600 };
    const runaway = { observed: 20, nHat: 20 * 10 + 1, lower: 90, upper: 5000 };
    const sum = sumStratumEstimates([fine, runaway]);
    expect(sum.status).toBe('not-estimable');
    if (sum.status !== 'not-estimable') return;
    expect(sum.strata).toEqual([
      {
        index: 1,
        observed: 20,
        reason:
          'the estimate is more than ten times the observed number: the lists overlap too little to say how many were missed',
      },
    ]);
    // exactly ten times is still a number
    expect(ok(sumStratumEstimates([fine, { ...runaway, nHat: 200 }])).nHat).toBe(1600);
  });
});
