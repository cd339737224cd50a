import { describe, expect, it } from 'vitest';
import { createRng } from '../../random/index.ts';
import { logGamma } from '../log-gamma.ts';
import { sampleBinomial } from './sample-binomial.ts';
import { meanAndVariance } from '../../../test/support/sampler-moments.ts';

describe('sampleBinomial', () => {
  it.each([
    [5, 0.3],
    [100, 0.05],
    [1000, 0.3],
    [10_000, 0.9],
  ])('has mean np and variance np(1 − p) (n = %d, p = %d)', (n, p) => {
    const rng = createRng(31, `binomial ${n} ${p}`);
    const draws = Array.from({ length: 40_000 }, () => sampleBinomial(n, p, rng.next));
    const { mean, variance } = meanAndVariance(draws);
    expect(Math.abs(mean - n * p)).toBeLessThan(4 * Math.sqrt((n * p * (1 - p)) / draws.length));
    expect(variance / (n * p * (1 - p))).toBeCloseTo(1, 1);
    expect(draws.every((k) => Number.isInteger(k) && k >= 0 && k <= n)).toBe(true);
  });

  it('follows the binomial probabilities in the rejection range (chi-square, n = 40, p = 0.35)', () => {
    const [n, p, size] = [40, 0.35, 100_000];
    const rng = createRng(32);
    const counts = new Array<number>(n + 1).fill(0);
    for (let i = 0; i < size; i++) {
      const k = sampleBinomial(n, p, rng.next);
      counts[k] = (counts[k] as number) + 1;
    }
    let chiSquare = 0;
    let bins = 0;
    for (let k = 0; k <= n; k++) {
      const expected =
        size *
        Math.exp(logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log(1 - p));
      if (expected < 5) continue;
      chiSquare += ((counts[k] as number) - expected) ** 2 / expected;
      bins++;
    }
    // χ² with about 25 degrees of freedom: 99.9% quantile 52.6
    expect(bins).toBeGreaterThan(20);
    expect(chiSquare).toBeLessThan(52.6);
  });

  it('handles the edges', () => {
    const rng = createRng(33);
    expect([sampleBinomial(0, 0.5, rng.next), sampleBinomial(7, 0, rng.next), sampleBinomial(7, 1, rng.next)]).toEqual([
      0, 0, 7,
    ]);
    expect(() => sampleBinomial(2.5, 0.5, rng.next)).toThrow();
    expect(() => sampleBinomial(3, 1.5, rng.next)).toThrow();
  });
});
