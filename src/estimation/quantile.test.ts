import { describe, expect, it } from 'vitest';
import { distributionQuantile, quantile } from './quantile.ts';

describe('quantile', () => {
  it('interpolates between order statistics like R quantile(type = 7)', () => {
    // R: quantile(c(1, 2, 4, 8, 16), c(0, 0.5, 0.9, 1)) = 1, 4, 12.8, 16
    expect([0, 0.5, 0.9, 1].map((p) => quantile([1, 2, 4, 8, 16], p))).toEqual([1, 4, 12.8, 16]);
  });
});

describe('distributionQuantile', () => {
  it('is the smallest value whose cumulative probability reaches p', () => {
    const values = [10, 20, 30, 40];
    const probability = [0.1, 0.4, 0.3, 0.2];
    expect([0.05, 0.1, 0.11, 0.5, 0.8, 0.81, 1].map((p) => distributionQuantile(values, probability, p))).toEqual([
      10, 10, 20, 20, 30, 40, 40,
    ]);
  });

  it('gives the last value when rounding leaves the total just under p', () => {
    expect(distributionQuantile(Float64Array.of(1, 2), Float64Array.of(0.5, 0.4999999), 1)).toBe(2);
  });
});
