import { describe, expect, it } from 'vitest';
import { createRng } from '../../random/index.ts';
import { sampleMultinomial } from './sample-multinomial.ts';
import { meanAndVariance } from '../../../test/support/sampler-moments.ts';

describe('sampleMultinomial', () => {
  it('spreads all trials, in proportion to unnormalised weights, never to a zero weight', () => {
    const rng = createRng(41);
    const weights = [2, 0, 5, 3, 0];
    const out = new Int32Array(weights.length);
    const draws = Array.from({ length: 20_000 }, () => {
      sampleMultinomial(500, weights, out, rng.next);
      return Array.from(out);
    });
    expect(draws.every((d) => d.reduce((s, x) => s + x, 0) === 500)).toBe(true);
    expect(draws.every((d) => d[1] === 0 && d[4] === 0)).toBe(true);
    weights.forEach((w, k) => {
      const p = w / 10;
      const { mean, variance } = meanAndVariance(draws.map((d) => d[k] as number));
      expect(Math.abs(mean - 500 * p)).toBeLessThan(4 * Math.sqrt((500 * p * (1 - p)) / draws.length) + 1e-12);
      if (p > 0) expect(variance / (500 * p * (1 - p))).toBeCloseTo(1, 1);
    });
  });

  it('refuses weights that are all zero', () => {
    expect(() => sampleMultinomial(3, [0, 0], new Int32Array(2), createRng(1).next)).toThrow(/positive/);
  });
});

describe('sampleMultinomial in a given order', () => {
  it('gives the same distribution whatever order the categories are visited in', () => {
    const rng = createRng(42);
    const weights = [1, 6, 0, 3];
    const out = new Int32Array(4);
    const sums = [0, 0, 0, 0];
    const size = 20_000;
    for (let i = 0; i < size; i++) {
      sampleMultinomial(50, weights, out, rng.next, [1, 3, 0, 2]);
      expect(out[2]).toBe(0);
      out.forEach((x, k) => {
        sums[k] = (sums[k] as number) + x;
      });
    }
    weights.forEach((w, k) => {
      const p = w / 10;
      expect(Math.abs((sums[k] as number) / size - 50 * p)).toBeLessThan(
        4 * Math.sqrt((50 * p * (1 - p)) / size) + 1e-12,
      );
    });
  });
});
