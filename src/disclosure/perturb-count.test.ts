import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxNoise, noiseDistribution, perturbCount } from './perturb-count.ts';

describe('perturbCount', () => {
  it('keeps zeros and never makes a count zero or moves it further than the largest noise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (v, key) => {
          const published = perturbCount(v, key);
          if (v === 0) expect(published).toBe(0);
          else expect(published).toBeGreaterThanOrEqual(1);
          expect(Math.abs(published - v)).toBeLessThanOrEqual(maxNoise);
          expect(perturbCount(v, key)).toBe(published);
        },
      ),
    );
  });

  it('is unbiased for counts of 4 or more, with the documented variance, and reaches every noise value', () => {
    const d = noiseDistribution(25);
    const mean = d.reduce((s, n) => s + n.noise * n.probability, 0);
    const variance = d.reduce((s, n) => s + n.noise ** 2 * n.probability, 0);
    expect(mean).toBeCloseTo(0, 12);
    expect(variance).toBeCloseTo(2.1, 12);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(perturbCount(25, i / 1000) - 25);
    expect([...seen].sort((a, b) => a - b)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
  });

  it('draws the noise with the table’s probabilities over uniform cell keys', () => {
    const n = 100_000;
    const counts = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const e = perturbCount(50, (i + 0.5) / n) - 50;
      counts.set(e, (counts.get(e) ?? 0) + 1);
    }
    for (const { noise, probability } of noiseDistribution(50))
      expect((counts.get(noise) ?? 0) / n).toBeCloseTo(probability, 3);
  });

  it('refuses what is not a count or not a cell key', () => {
    expect(() => perturbCount(2.5, 0.3)).toThrow(/whole number/);
    expect(() => perturbCount(3, 1)).toThrow(/cell key/);
  });
});
