import { describe, expect, it } from 'vitest';
import { createRng } from '../../random/index.ts';
import { sampleBeta, sampleBetaLogs } from './sample-beta.ts';
import { digamma, meanAndVariance } from '../../../test/support/sampler-moments.ts';

describe('sampleBeta', () => {
  it.each([
    [1, 1],
    [2, 5],
    [0.3, 0.3],
    [40, 3000],
  ])('has mean a/(a+b) and variance ab/((a+b)²(a+b+1)) for Beta(%d, %d)', (a, b) => {
    const rng = createRng(21, `beta ${a} ${b}`);
    const draws = Array.from({ length: 40_000 }, () => sampleBeta(a, b, rng));
    const { mean, variance } = meanAndVariance(draws);
    const expectedVariance = (a * b) / ((a + b) ** 2 * (a + b + 1));
    expect(Math.abs(mean - a / (a + b))).toBeLessThan(4 * Math.sqrt(expectedVariance / draws.length));
    expect(variance / expectedVariance).toBeCloseTo(1, 1);
    expect(draws.every((v) => v >= 0 && v <= 1)).toBe(true);
  });

  it('gives finite log V and log(1 − V) when V is next to 1: E[log(1 − V)] = ψ(b) − ψ(a + b)', () => {
    // The stick-breaking weight of a class nobody is in, with a small concentration: Beta(1, 0.001).
    const rng = createRng(22);
    const draws = Array.from({ length: 40_000 }, () => sampleBetaLogs(1, 0.001, rng));
    expect(draws.every((d) => Number.isFinite(d.log) && Number.isFinite(d.log1m))).toBe(true);
    const { mean, variance } = meanAndVariance(draws.map((d) => d.log1m));
    expect(Math.abs(mean - (digamma(0.001) - digamma(1.001)))).toBeLessThan(4 * Math.sqrt(variance / draws.length));
  });
});

describe('sampleBeta with a shape of 1 (drawn by inversion)', () => {
  it.each([
    [1, 1],
    [1, 250],
    [40, 1],
  ])('has the Beta(%d, %d) mean and variance', (a, b) => {
    const rng = createRng(23, `beta ${a} ${b}`);
    const draws = Array.from({ length: 40_000 }, () => sampleBeta(a, b, rng));
    const { mean, variance } = meanAndVariance(draws);
    const expectedVariance = (a * b) / ((a + b) ** 2 * (a + b + 1));
    expect(Math.abs(mean - a / (a + b))).toBeLessThan(4 * Math.sqrt(expectedVariance / draws.length));
    expect(variance / expectedVariance).toBeCloseTo(1, 1);
  });
});
