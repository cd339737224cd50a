import { describe, expect, it } from 'vitest';
import { createRng } from '../../random/index.ts';
import { bulkEffectiveSampleSize, effectiveSampleSizeOf } from './effective-sample-size.ts';
import { rankNormalise, splitChains } from './rank-normalise.ts';
import { potentialScaleReduction, splitRHat } from './split-r-hat.ts';

/** AR(1) chains with autocorrelation rho, chain c shifted and scaled; rounded to whole numbers when asked (ties). */
function ar1Chains(
  seed: number,
  chains: number,
  length: number,
  rho: number,
  shift: (c: number) => number,
  scale: (c: number) => number,
  round = false,
): number[][] {
  const rng = createRng(seed, 'diagnostics');
  return Array.from({ length: chains }, (_, c) => {
    let x = rng.normal();
    return Array.from({ length }, () => {
      x = rho * x + Math.sqrt(1 - rho * rho) * rng.normal();
      const value = shift(c) + scale(c) * x;
      return round ? Math.round(value) : value;
    });
  });
}

// Reference: R's posterior 1.4.0 (Debian r-cran-posterior) on exactly these chains, written as a CSV of
// iterations × chains: `x <- as.matrix(read.csv(f, header = FALSE)); rhat(x); ess_bulk(x)`.
const reference = [
  {
    name: 'one chain shifted',
    chains: () =>
      ar1Chains(
        1,
        4,
        200,
        0.7,
        (c) => (c === 2 ? 0.3 : 0),
        () => 1,
      ),
    rHat: 1.03491602489,
    ess: 113.076781279363,
  },
  {
    name: 'whole numbers with ties',
    chains: () =>
      ar1Chains(
        2,
        4,
        250,
        0.9,
        () => 10_000,
        () => 4,
        true,
      ),
    rHat: 1.043339900222,
    ess: 90.87570506997,
  },
  {
    name: 'one chain twice as wide',
    chains: () =>
      ar1Chains(
        3,
        3,
        300,
        0.2,
        () => 0,
        (c) => (c === 0 ? 2 : 1),
      ),
    rHat: 1.069621397094,
    ess: 622.532357663393,
  },
];

describe('splitRHat and bulkEffectiveSampleSize', () => {
  it.each(reference)('agree with R posterior::rhat and ess_bulk ($name)', ({ chains, rHat, ess }) => {
    const draws = chains();
    expect(splitRHat(draws)).toBeCloseTo(rHat, 9);
    expect(bulkEffectiveSampleSize(draws)).toBeCloseTo(ess, 6);
  });

  it('see agreeing chains as converged and independent draws as fully effective', () => {
    const draws = ar1Chains(
      4,
      4,
      1000,
      0,
      () => 0,
      () => 1,
    );
    expect(splitRHat(draws)).toBeLessThan(1.01);
    expect(bulkEffectiveSampleSize(draws)).toBeGreaterThan(3600);
    expect(bulkEffectiveSampleSize(draws)).toBeLessThan(4400);
  });

  it('count autocorrelated draws as fewer: ESS ≈ S(1 − ρ)/(1 + ρ)', () => {
    const draws = ar1Chains(
      5,
      4,
      5000,
      0.9,
      () => 0,
      () => 1,
    );
    const expected = (20_000 * 0.1) / 1.9;
    expect(bulkEffectiveSampleSize(draws) / expected).toBeGreaterThan(0.8);
    expect(bulkEffectiveSampleSize(draws) / expected).toBeLessThan(1.25);
  });

  it('catch a single chain that drifts, which only splitting can see', () => {
    const rng = createRng(6);
    const drifting = [Array.from({ length: 400 }, (_, i) => i / 100 + rng.normal())];
    expect(potentialScaleReduction(drifting.map((chain) => [...chain]))).toBeNaN(); // one chain: no between-chain variance
    expect(splitRHat(drifting)).toBeGreaterThan(1.1);
  });

  it('catch chains that agree on the location but not the spread (the folded part)', () => {
    const draws = ar1Chains(
      7,
      4,
      1000,
      0,
      () => 0,
      (c) => (c === 0 ? 3 : 1),
    );
    const split = splitChains(draws);
    expect(potentialScaleReduction(rankNormalise(split))).toBeLessThan(1.01);
    expect(splitRHat(draws)).toBeGreaterThan(1.05);
  });
});

describe('potentialScaleReduction', () => {
  it('is √(((n − 1)/n · W + B/n) / W)', () => {
    // means 2.5 and 3.5, W = 5/3, B/n = 0.5: √((0.75 · 5/3 + 0.5) / (5/3)) = √1.05
    expect(
      potentialScaleReduction([
        [1, 2, 3, 4],
        [2, 3, 4, 5],
      ]),
    ).toBeCloseTo(Math.sqrt(1.05), 12);
  });
});

describe('rankNormalise', () => {
  it('gives tied draws the normal score of their average rank, pooled over chains', () => {
    const [a, b] = rankNormalise([
      [5, 1],
      [5, 9],
    ]);
    // ranks 2.5, 1 / 2.5, 4 of S = 4: Φ⁻¹((r − 3/8) / 4.25)
    expect(a?.[0]).toBe(b?.[0]);
    expect(a?.[1]).toBeCloseTo(-1.049131397963971, 8); // R: qnorm(0.625 / 4.25)
    expect(b?.[1]).toBeCloseTo(1.049131397963971, 8);
  });
});

describe('effectiveSampleSizeOf', () => {
  it('is NaN for chains without variance', () => {
    expect(
      effectiveSampleSizeOf([
        [1, 1, 1, 1, 1, 1],
        [1, 1, 1, 1, 1, 1],
      ]),
    ).toBeNaN();
  });
});
