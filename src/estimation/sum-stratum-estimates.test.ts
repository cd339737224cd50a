import { describe, expect, it } from 'vitest';
import { sumStratumEstimates } from './sum-stratum-estimates.ts';

describe('sumStratumEstimates', () => {
  it('gives one stratum back when its interval is symmetric on the log scale of the unseen', () => {
    // unseen 400, interval 400·e^(±1.96·0.1)
    const s = {
      observed: 1000,
      nHat: 1400,
      lower: 1000 + 400 * Math.exp(-1.959964 * 0.1),
      upper: 1000 + 400 * Math.exp(1.959964 * 0.1),
    };
    const sum = sumStratumEstimates([s]);
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
    const sum = sumStratumEstimates([s, s]);
    expect(sum.observed).toBe(2000);
    expect(sum.nHat).toBe(2800);
    const sigma = Math.log((sum.upper - 2000) / 800) / 1.959964;
    expect(sigma).toBeCloseTo(0.1 / Math.SQRT2, 3);
  });

  it('never goes below the number seen, and a stratum with nothing unseen adds only its count', () => {
    const sum = sumStratumEstimates([
      { observed: 10, nHat: 10, lower: 10, upper: 10 },
      { observed: 50, nHat: 80, lower: 52, upper: 200 },
    ]);
    expect(sum.nHat).toBe(90);
    expect(sum.lower).toBeGreaterThanOrEqual(60);
    expect(sum.upper).toBeGreaterThan(90);
  });
});
