import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random/index.ts';
import { familyMixtureInterval } from './family-mixture-interval.ts';
import { normalCdf } from './normal-cdf.ts';
import { normalQuantile } from './normal-quantile.ts';
import { quantile } from './quantile.ts';

describe('normalCdf', () => {
  it('matches known values and inverts normalQuantile', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(-1)).toBeCloseTo(0.158655254, 7);
    expect(normalCdf(1.959963985)).toBeCloseTo(0.975, 7);
    expect(normalCdf(-3)).toBeCloseTo(0.001349898, 8);
    for (const p of [0.001, 0.025, 0.3, 0.5, 0.8, 0.975, 0.999]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 7);
  });
});

describe('familyMixtureInterval', () => {
  it('gives one family its own interval, and so do identical families', () => {
    const family = { total: 1000, lower: 800, upper: 1600 };
    for (const families of [[family], [family, family, family]]) {
      const { lower, upper } = familyMixtureInterval(families);
      expect(lower / 800).toBeCloseTo(1, 6);
      expect(upper / 1600).toBeCloseTo(1, 6);
    }
  });

  it('lies inside the span of the families’ limits, narrower than it when they disagree', () => {
    const families = [
      { total: 1500, lower: 1300, upper: 1800 },
      { total: 3000, lower: 1700, upper: 9000 },
      { total: 1400, lower: 1200, upper: 1900 },
    ];
    const { lower, upper } = familyMixtureInterval(families);
    expect(lower).toBeGreaterThan(1200);
    expect(upper).toBeLessThan(9000);
    // the far family moves the upper limit well beyond the others, without setting it alone
    expect(upper).toBeGreaterThan(1900);
  });

  it('is the 2.5% and 97.5% points of the mixture it describes (checked by drawing from it)', () => {
    const families = [
      { total: 1500, lower: 1300, upper: 1800 },
      { total: 3000, lower: 1700, upper: 9000 },
      { total: 1400, lower: 1200, upper: 1900 },
    ];
    const random = seededRandom(7);
    const z = normalQuantile(0.975);
    const draws: number[] = [];
    for (let i = 0; i < 300_000; i++) {
      const f = families[Math.floor(random() * families.length)] as (typeof families)[number];
      // a split normal on the log scale: each side a half normal with its own spread
      const g = Math.abs(normalQuantile(Math.min(Math.max(random(), 1e-12), 1 - 1e-12)));
      const side = random() < 0.5 ? -1 : 1;
      const spread = side < 0 ? Math.log(f.total / f.lower) / z : Math.log(f.upper / f.total) / z;
      draws.push(f.total * Math.exp(side * g * spread));
    }
    draws.sort((a, b) => a - b);
    const { lower, upper } = familyMixtureInterval(families);
    expect(quantile(draws, 0.025) / lower).toBeCloseTo(1, 2);
    expect(quantile(draws, 0.975) / upper).toBeCloseTo(1, 2);
  });
});
