import { describe, expect, it } from 'vitest';
import { createRng } from '../../random/index.ts';
import { type CaptureTable, toCaptureTable } from '../capture-table.ts';
import { EstimationInputError } from '../estimation-input-error.ts';
import { logGamma } from '../log-gamma.ts';
import { estimateLatentClass } from './estimate-latent-class.ts';

/** N people, each seen by list j with probability p[j], independently. */
function independentTable(seed: number, n: number, p: readonly number[]): CaptureTable {
  const rng = createRng(seed, 'independent lists');
  const histories: number[] = [];
  for (let i = 0; i < n; i++) {
    const mask = p.reduce((m, pj, j) => (rng.next() < pj ? m | (1 << j) : m), 0);
    if (mask > 0) histories.push(mask);
  }
  return toCaptureTable(
    histories,
    p.map((_, j) => `list${j + 1}`),
  );
}

/**
 * With one class the model is independence (M_t) with λ_j ~ Beta(1, 1) and p(N) ∝ 1/N; integrating the
 * λ_j gives p(N | data) ∝ (1/N) · N!/(N − n)! · Π_j B(n_j + 1, N − n_j + 1), summed here exactly.
 */
function exactOneClassPosterior(table: CaptureTable): { mean: number; sd: number } {
  const n = table.cells.reduce((s, c) => s + c.count, 0);
  const perList = table.sources.map((_, j) =>
    table.cells.reduce((s, c) => s + (c.history[j] === '1' ? c.count : 0), 0),
  );
  const logPosterior = (N: number) =>
    -Math.log(N) +
    logGamma(N + 1) -
    logGamma(N - n + 1) +
    perList.reduce((s, nj) => s + logGamma(N - nj + 1) - logGamma(N + 2), 0);
  const grid = Array.from({ length: 20 * n }, (_, i) => n + i);
  const logs = grid.map(logPosterior);
  const top = Math.max(...logs);
  const weights = logs.map((l) => Math.exp(l - top));
  const total = weights.reduce((s, w) => s + w, 0);
  const mean = grid.reduce((s, N, i) => s + N * (weights[i] as number), 0) / total;
  const variance = grid.reduce((s, N, i) => s + (N - mean) ** 2 * (weights[i] as number), 0) / total;
  return { mean, sd: Math.sqrt(variance) };
}

describe('estimateLatentClass', () => {
  const table = independentTable(1, 2000, [0.3, 0.25, 0.35, 0.2]);
  const short = { chains: 2, burnIn: 200, iterations: 1000, thinning: 5 } as const;

  it('gives the same draws for the same seed, other draws for another seed', () => {
    const a = estimateLatentClass(table, { seed: 7, ...short });
    const b = estimateLatentClass(table, { seed: 7, ...short });
    const c = estimateLatentClass(table, { seed: 8, ...short });
    expect(b.draws).toEqual(a.draws);
    expect(b.mean).toBe(a.mean);
    expect(c.draws).not.toEqual(a.draws);
    expect(a.draws[0]).not.toEqual(a.draws[1]); // chains are independent streams
    expect(a.draws.map((d) => d.length)).toEqual([200, 200]);
    expect(a.draws.flat().every((N) => Number.isInteger(N) && N >= a.observed)).toBe(true);
  });

  it('samples the exact posterior of N when there is one class (independence, summed exactly)', () => {
    // The Gibbs steps for λ, the unseen (negative binomial) and their classes against a posterior
    // computed without sampling; 4 × 4,000 draws put the mean within a few percent of a posterior sd.
    const exact = exactOneClassPosterior(table);
    const result = estimateLatentClass(table, {
      seed: 3,
      chains: 4,
      burnIn: 500,
      iterations: 4000,
      maxClasses: 1,
      thinning: 1,
    });
    const draws = result.draws.flat();
    const sd = Math.sqrt(draws.reduce((s, N) => s + (N - result.mean) ** 2, 0) / (draws.length - 1));
    const monteCarloError = exact.sd / Math.sqrt(result.diagnostics.ess);
    expect(Math.abs(result.mean - exact.mean)).toBeLessThan(4 * monteCarloError);
    expect(sd / exact.sd).toBeGreaterThan(0.9);
    expect(sd / exact.sd).toBeLessThan(1.1);
    expect(result.occupiedClasses).toEqual({ mean: 1, max: 1 });
  });

  it('summarises the pooled draws: median and the 2.5% and 97.5% percentiles', () => {
    const result = estimateLatentClass(table, { seed: 2, ...short });
    const sorted = result.draws.flat().sort((x, y) => x - y);
    const below = (x: number) => sorted.filter((N) => N < x).length / sorted.length;
    expect(below(result.median)).toBeLessThanOrEqual(0.5);
    expect(below(result.median + 1)).toBeGreaterThanOrEqual(0.5);
    expect(below(result.interval.lower)).toBeLessThanOrEqual(0.025);
    expect(below(result.interval.upper + 1)).toBeGreaterThanOrEqual(0.975);
    expect(result.mean).toBeCloseTo(sorted.reduce((s, N) => s + N, 0) / sorted.length, 9);
    expect(result.settings).toMatchObject({ maxClasses: 10, alphaPrior: { shape: 0.25, rate: 0.25 } });
  });

  it('says when the chains have not converged, and why', () => {
    const result = estimateLatentClass(table, { seed: 1, chains: 4, burnIn: 0, iterations: 40, thinning: 1 });
    expect(result.diagnostics.converged).toBe(false);
    expect(result.diagnostics.message).toMatch(/not converged .*R-hat .*effective sample size/);
  });

  it('reports progress over all chains, ending at the total', () => {
    const calls: [number, number][] = [];
    estimateLatentClass(table, {
      seed: 1,
      chains: 2,
      burnIn: 500,
      iterations: 1500,
      thinning: 5,
      onProgress: (d, t) => calls.push([d, t]),
    });
    expect(calls.at(-1)).toEqual([4000, 4000]);
    expect(calls.every(([, total]) => total === 4000)).toBe(true);
    expect(calls.map(([done]) => done)).toEqual([...calls.map(([done]) => done)].sort((x, y) => x - y));
  });

  it('refuses input it cannot use, saying what to fix', () => {
    const twoLists: CaptureTable = { sources: ['a', 'b'], cells: [{ history: '11', count: 3 }] };
    expect(() => estimateLatentClass(twoLists, { seed: 1 })).toThrow(/at least three lists/);
    const fractional: CaptureTable = { sources: ['a', 'b', 'c'], cells: [{ history: '110', count: 2.5 }] };
    expect(() => estimateLatentClass(fractional, { seed: 1 })).toThrow(/whole numbers/);
    const empty: CaptureTable = { sources: ['a', 'b', 'c'], cells: [] };
    expect(() => estimateLatentClass(empty, { seed: 1 })).toThrow(/no one was observed/);
    expect(() => estimateLatentClass(table, { seed: 1, chains: 0 })).toThrow(EstimationInputError);
    expect(() => estimateLatentClass(table, { seed: 1, thinning: 1.5 })).toThrow(/thinning/);
    expect(() => estimateLatentClass(table, { seed: 1, iterations: 30, thinning: 10 })).toThrow(/at least 4 draws/);
    expect(() => estimateLatentClass(table, { seed: Number.NaN })).toThrow(/seed/);
  });
});
