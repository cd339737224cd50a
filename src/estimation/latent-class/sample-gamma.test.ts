import { describe, expect, it } from 'vitest';
import { createRng } from '../../random/index.ts';
import { sampleGamma, sampleLogGamma } from './sample-gamma.ts';
import { digamma, meanAndVariance } from '../../../test/support/sampler-moments.ts';

// Moments against theory, with tolerances of about four standard errors of the estimate (seeded, so
// never flaky): a wrong constant in Marsaglia–Tsang or in the boost below shape 1 moves them by more.
describe('sampleGamma', () => {
  it.each([0.5, 1, 2.5, 30])('has mean shape/rate and variance shape/rate² (shape %d, rate 2)', (shape) => {
    const rng = createRng(11, `gamma ${shape}`);
    const draws = Array.from({ length: 40_000 }, () => sampleGamma(shape, 2, rng));
    const { mean, variance } = meanAndVariance(draws);
    const sd = Math.sqrt(shape) / 2;
    expect(Math.abs(mean - shape / 2)).toBeLessThan((4 * sd) / Math.sqrt(draws.length));
    // var(s²) ≈ σ⁴ (κ − 1 + 2)/n with excess kurtosis 6/shape: about 4% at shape 0.5 for 40,000 draws
    expect(variance / (shape / 4)).toBeCloseTo(1, 1);
    expect(Math.min(...draws)).toBeGreaterThan(0);
  });

  it('keeps tiny shapes on the log scale: E[log G] = ψ(shape), finite where G underflows', () => {
    for (const shape of [0.05, 0.002]) {
      const rng = createRng(12, `log gamma ${shape}`);
      const logs = Array.from({ length: 40_000 }, () => sampleLogGamma(shape, rng));
      expect(logs.every(Number.isFinite)).toBe(true);
      const { mean, variance } = meanAndVariance(logs);
      // var(log G) = ψ'(shape) ≈ 1/shape²; four standard errors
      expect(Math.abs(mean - digamma(shape))).toBeLessThan((4 * Math.sqrt(variance)) / Math.sqrt(logs.length));
    }
  });

  it('refuses a shape or rate that is not positive', () => {
    const rng = createRng(1);
    expect(() => sampleGamma(0, 1, rng)).toThrow(/shape/);
    expect(() => sampleGamma(1, 0, rng)).toThrow(/rate/);
  });
});
