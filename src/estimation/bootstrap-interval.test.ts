import { describe, expect, it } from 'vitest';
import { type BootstrapInterval, bootstrapInterval, largestCandidate } from './bootstrap-interval.ts';
import { selectLogLinearModel } from './select-log-linear-model.ts';
import { quantile } from './quantile.ts';
import { type CaptureHistory, toCaptureTable } from './capture-table.ts';
import { readReferenceTable } from '../../test/support/estimation-reference/read-reference-table.ts';
import { seededRandom } from '../random/index.ts';
import { samplePoisson } from './sample-poisson.ts';

const N = 2000;

/** N people on four lists; being on B is likelier for people on A (positive dependence A:B). */
function population(seed: number): CaptureHistory[] {
  const random = seededRandom(seed);
  const seen: CaptureHistory[] = [];
  for (let person = 0; person < N; person++) {
    const a = random() < 0.25;
    const b = random() < (a ? 0.4 : 0.2);
    const history = [a, b, random() < 0.2, random() < 0.15];
    if (history.some(Boolean)) seen.push(history);
  }
  return seen;
}

describe('bootstrapInterval', () => {
  it('gives the same interval for the same seed and a different one for another seed', () => {
    const table = readReferenceTable('Kosovo');
    const first = bootstrapInterval(table, { replicates: 60, seed: 7 });
    const again = bootstrapInterval(table, { replicates: 60, seed: 7 });
    const other = bootstrapInterval(table, { replicates: 60, seed: 8 });
    expect(again.estimates).toEqual(first.estimates);
    expect([again.lower, again.upper]).toEqual([first.lower, first.upper]);
    expect(other.estimates).not.toEqual(first.estimates);
    expect(first.lower).toBeLessThan(first.nHat);
    expect(first.upper).toBeGreaterThan(first.nHat);
    expect(first.chosenModels.reduce((s, m) => s + m.count, 0) + first.failed).toBe(60);
  });

  it('covers the true N in about 95% of simulated populations, counting model choice', () => {
    const populations = 30;
    let covered = 0;
    let modelChoiceVaried = 0;
    for (let seed = 1; seed <= populations; seed++) {
      const table = toCaptureTable(population(seed), ['A', 'B', 'C', 'D']);
      const interval = bootstrapInterval(table, { replicates: 99, seed });
      if (interval.lower <= N && N <= interval.upper) covered++;
      if (interval.chosenModels.length > 1) modelChoiceVaried++;
    }
    // 95% nominal; with 30 populations, 25 or fewer covered would be very unlikely (p < 0.02).
    expect(covered).toBeGreaterThanOrEqual(26);
    // The replicates do re-select: the chosen model is not the same in every replicate.
    expect(modelChoiceVaried).toBeGreaterThan(populations / 2);
  });

  it('drawn from the largest pairwise model or the seen counts, it also covers, and reaches models the chosen fit cannot generate', () => {
    for (const resample of ['largest', 'observed'] as const) {
      let covered = 0;
      for (let seed = 1; seed <= 30; seed++) {
        const table = toCaptureTable(population(seed), ['A', 'B', 'C', 'D']);
        const interval = bootstrapInterval(table, { replicates: 99, seed, resample });
        if (interval.lower <= N && N <= interval.upper) covered++;
      }
      expect(covered).toBeGreaterThanOrEqual(26);
    }
    // Two classes of visibility (30% 2.2× as visible, the rest 0.4×): every pair depends a little, and
    // AIC keeps few of them. Replicates drawn from that fit lack the pairs it left out; replicates
    // drawn from the largest model (or the seen counts) keep them, so their models and upper limit
    // are larger, around the same chosen N̂.
    const random = seededRandom(11);
    const seen: CaptureHistory[] = [];
    for (let person = 0; person < N; person++) {
      const visibility = random() < 0.3 ? 2.2 : 0.4;
      const history = [0.25, 0.2, 0.3, 0.15].map((p) => random() < p * visibility);
      if (history.some(Boolean)) seen.push(history);
    }
    const table = toCaptureTable(seen, ['A', 'B', 'C', 'D']);
    const meanPairs = (b: BootstrapInterval) =>
      b.chosenModels.reduce((s, m) => s + m.count * m.interactions.length, 0) /
      b.chosenModels.reduce((s, m) => s + m.count, 0);
    const fitted = bootstrapInterval(table, { replicates: 200, seed: 3 });
    for (const resample of ['largest', 'observed'] as const) {
      const other = bootstrapInterval(table, { replicates: 200, seed: 3, resample });
      expect(other.nHat).toBe(fitted.nHat);
      expect(meanPairs(other)).toBeGreaterThan(meanPairs(fitted));
      expect(other.upper).toBeGreaterThan(fitted.upper);
    }
  });

  it('with a fallback criterion, chooses by it where the first choice exceeds the bound, on the data and per replicate', () => {
    // HIV: AIC keeps c1×c2 on the data (N̂ 12,318 for 1,896 seen, within ten times) but in some replicates
    // chooses models above ten times their number seen; there the fallback takes BIC's choice
    const table = readReferenceTable('HIV');
    const fallback = { fallback: 'bic', maxTotalPerObserved: 10 } as const;
    const plain = bootstrapInterval(table, { replicates: 200, seed: 4, criterion: 'aic' });
    const rule = bootstrapInterval(table, { replicates: 200, seed: 4, criterion: 'aic', ...fallback });
    expect(plain.fellBack).toBe(0);
    expect(rule.criterion).toBe('aic');
    expect(rule.nHat).toBe(plain.nHat);
    expect(rule.fellBack).toBeGreaterThan(0);
    // the same replicates: each either as before or replaced by BIC's smaller choice within the bound
    const above = plain.estimates.filter((n, r) => n > 10 * 1896 && rule.estimates[r] !== n).length;
    expect(above).toBe(rule.fellBack);
    for (const [r, n] of rule.estimates.entries()) {
      if (n !== plain.estimates[r]) expect(n).toBeLessThan(plain.estimates[r] as number);
    }
    expect(rule.upper).toBeLessThan(plain.upper);
    // NewOrl_5: AIC's choice on the data exceeds ten times the 185 seen, BIC's (independence) does not
    const newOrleans = readReferenceTable('NewOrl_5');
    const aic = bootstrapInterval(newOrleans, { replicates: 20, seed: 1, criterion: 'aic' });
    const withFallback = bootstrapInterval(newOrleans, { replicates: 20, seed: 1, criterion: 'aic', ...fallback });
    expect(aic.nHat).toBeGreaterThan(1850);
    expect(withFallback).toMatchObject({ criterion: 'bic', model: [] });
    expect(withFallback.nHat).toBeLessThan(1850);
  });

  it('with a bound, the largest-model source is the largest candidate within it (New Orleans, five lists)', () => {
    const table = readReferenceTable('NewOrl_5');
    const { candidates } = selectLogLinearModel(table, { criterion: 'bic', profileInterval: false });
    const unbounded = largestCandidate(candidates);
    const bounded = largestCandidate(candidates, 10 * 185);
    expect(unbounded?.nHat).toBeGreaterThan(10 * 185);
    expect(bounded?.nHat).toBeLessThanOrEqual(10 * 185);
    // the largest within the bound: no estimable candidate with more pairs is within it
    for (const c of candidates)
      if (c.status === 'ok' && c.nHat !== null && c.pairs.length > (bounded?.pairs.length ?? 0))
        expect(c.nHat).toBeGreaterThan(10 * 185);
    const from = (maxTotalPerObserved?: number) =>
      bootstrapInterval(table, {
        replicates: 50,
        seed: 2,
        criterion: 'bic',
        resample: 'largest',
        ...(maxTotalPerObserved ? { maxTotalPerObserved } : {}),
      });
    expect(from(10).upper).toBeLessThan(from().upper);
  });

  it('refuses bad options with what to fix', () => {
    const table = readReferenceTable('Kosovo');
    expect(() => bootstrapInterval(table, { replicates: 1, seed: 1 })).toThrow(/replicates/);
    expect(() => bootstrapInterval(table, { seed: 1.5 })).toThrow(/seed/);
    expect(() => bootstrapInterval(table, { seed: 1, level: 95 })).toThrow(/level/);
  });
});

describe('samplePoisson and quantile', () => {
  it('draws with the right mean and variance, small and large means', () => {
    const random = seededRandom(3);
    for (const mean of [0.3, 4, 25, 900]) {
      const draws = Array.from({ length: 20_000 }, () => samplePoisson(mean, random));
      const average = draws.reduce((s, x) => s + x, 0) / draws.length;
      const variance = draws.reduce((s, x) => s + (x - average) ** 2, 0) / (draws.length - 1);
      // Standard error of the mean is sqrt(mean / 20000): allow five of them.
      expect(Math.abs(average - mean)).toBeLessThan(5 * Math.sqrt(mean / 20_000));
      expect(Math.abs(variance / mean - 1)).toBeLessThan(0.05);
      expect(draws.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
    }
  });

  it('interpolates like R quantile(type = 7)', () => {
    // R: quantile(c(1, 2, 4, 8, 16), c(0.025, 0.975)) = 1.1, 15.2
    expect(quantile([1, 2, 4, 8, 16], 0.025)).toBeCloseTo(1.1, 12);
    expect(quantile([1, 2, 4, 8, 16], 0.975)).toBeCloseTo(15.2, 12);
  });
});
