import { describe, expect, it } from 'vitest';
import { createRng } from '../../random/index.ts';
import { sampleNegativeBinomial } from './sample-negative-binomial.ts';
import { meanAndVariance } from '../../../test/support/sampler-moments.ts';

describe('sampleNegativeBinomial', () => {
  it.each([
    [2, 0.3],
    [4400, 0.45],
    [4400, 0.98],
  ])('counts failures: mean r(1 − p)/p and variance r(1 − p)/p² (r = %d, p = %d)', (size, p) => {
    const rng = createRng(51, `nb ${size} ${p}`);
    const draws = Array.from({ length: 40_000 }, () => sampleNegativeBinomial(size, p, rng));
    const { mean, variance } = meanAndVariance(draws);
    const expectedVariance = (size * (1 - p)) / (p * p);
    expect(Math.abs(mean - (size * (1 - p)) / p)).toBeLessThan(4 * Math.sqrt(expectedVariance / draws.length));
    expect(variance / expectedVariance).toBeCloseTo(1, 1);
    expect(draws.every((k) => Number.isInteger(k) && k >= 0)).toBe(true);
  });

  it('gives 0 when every trial succeeds, and refuses p = 0', () => {
    const rng = createRng(52);
    expect(sampleNegativeBinomial(10, 1, rng)).toBe(0);
    expect(() => sampleNegativeBinomial(10, 0, rng)).toThrow();
  });
});
