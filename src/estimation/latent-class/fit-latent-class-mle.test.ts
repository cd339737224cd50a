import { describe, expect, it } from 'vitest';
import { createRng } from '../../random/index.ts';
import { type CaptureTable, toCaptureTable } from '../capture-table.ts';
import { fitLogLinear } from '../fit-log-linear.ts';
import { seenCellsAic } from '../seen-cells-aic.ts';
import { bestLatentClassMle, fitLatentClassMle } from './fit-latent-class-mle.ts';

/** N people in classes (share, capture probability per list), lists independent within a class. */
function simulate(seed: number, n: number, classes: readonly { share: number; capture: number[] }[]): CaptureTable {
  const rng = createRng(seed, 'latent-class mle test');
  const histories: number[] = [];
  for (let i = 0; i < n; i++) {
    const u = rng.next();
    const person =
      classes.find((_, c) => classes.slice(0, c + 1).reduce((sum, x) => sum + x.share, 0) > u) ?? classes.at(-1);
    const mask = (person?.capture ?? []).reduce((m, p, j) => (rng.next() < p ? m | (1 << j) : m), 0);
    if (mask > 0) histories.push(mask);
  }
  return toCaptureTable(histories, ['A', 'B', 'C', 'D', 'E'].slice(0, classes[0]?.capture.length));
}

const fewVisible = [
  { share: 0.1, capture: [0.75, 0.6, 0.9, 0.45, 0.75] },
  { share: 0.9, capture: [0.125, 0.1, 0.15, 0.075, 0.125] },
];

describe('fitLatentClassMle', () => {
  it('with one class is the independence model: the same N̂ and the same likelihood of the seen cells', () => {
    const table = simulate(3, 3000, fewVisible);
    const one = fitLatentClassMle(table, { classes: 1, starts: 2, tolerance: 1e-13, maxIterations: 100_000 });
    const independence = fitLogLinear(table, { interactions: [] }, { profileInterval: false });
    if (independence.status !== 'ok') throw new Error(independence.message);
    expect(one.nHat).toBeCloseTo(independence.nHat, 4);
    expect(one.aic).toBeCloseTo(seenCellsAic(independence), 4);
    expect(one.parameters).toBe(5);
  });

  it('recovers two classes and N from a large table drawn from them', () => {
    const n = 40_000;
    const fit = fitLatentClassMle(simulate(1, n, fewVisible), { classes: 2 });
    expect(fit.converged).toBe(true);
    const visible = (fit.shares[0] as number) < (fit.shares[1] as number) ? 0 : 1;
    expect(fit.shares[visible]).toBeGreaterThan(0.08);
    expect(fit.shares[visible]).toBeLessThan(0.12);
    const probabilities = fit.probabilities[visible] as number[];
    for (const [j, p] of (fewVisible[0]?.capture ?? []).entries())
      expect(Math.abs((probabilities[j] as number) - p)).toBeLessThan(0.05);
    expect(Math.abs(fit.nHat / n - 1)).toBeLessThan(0.05);
  });

  it('reports the log-likelihood of its own parameters, and more classes never fit worse', () => {
    const table = simulate(2, 2000, fewVisible);
    const two = fitLatentClassMle(table, { classes: 2 });
    const three = fitLatentClassMle(table, { classes: 3 });
    const probability = (bits: number) =>
      two.shares.reduce((sum, w, c) => {
        const p = two.probabilities[c] as number[];
        return sum + w * p.reduce((v, q, j) => v * ((bits >> j) & 1 ? q : 1 - q), 1);
      }, 0);
    const unseen = probability(0);
    const logLik = table.cells.reduce(
      (sum, cell) =>
        sum +
        cell.count * Math.log(probability(Number.parseInt([...cell.history].reverse().join(''), 2)) / (1 - unseen)),
      0,
    );
    expect(two.logLik).toBeCloseTo(logLik, 6);
    expect(two.nHat).toBeCloseTo(table.cells.reduce((s, c) => s + c.count, 0) / (1 - unseen), 6);
    expect(three.logLik).toBeGreaterThanOrEqual(two.logLik - 1e-6);
    expect(two.parameters).toBe(11);
    expect(two.aic).toBeCloseTo(-2 * two.logLik + 22, 9);
  });

  it('stays finite with more classes than a small table needs (a class whose share runs to nothing)', () => {
    const small = simulate(6, 120, fewVisible);
    for (const classes of [3, 4, 5]) {
      const fit = fitLatentClassMle(small, { classes, maxIterations: 20_000, tolerance: 1e-12 });
      expect(Number.isFinite(fit.logLik)).toBe(true);
      expect(Number.isFinite(fit.nHat)).toBe(true);
      expect(fit.shares.every(Number.isFinite)).toBe(true);
    }
  });

  it('is the same for the same seed', () => {
    const table = simulate(4, 1500, fewVisible);
    expect(fitLatentClassMle(table, { classes: 2, seed: 7 })).toEqual(
      fitLatentClassMle(table, { classes: 2, seed: 7 }),
    );
  });
});

describe('bestLatentClassMle', () => {
  it('tries two classes with four lists, two and three with five, none with three', () => {
    const five = simulate(5, 2000, fewVisible);
    const four = toCaptureTable(
      five.cells
        .flatMap((c) => Array.from({ length: c.count }, () => c.history.slice(0, 4)))
        .filter((h) => h.includes('1'))
        .map((h) => [...h].map((b) => b === '1')),
      ['A', 'B', 'C', 'D'],
    );
    expect(bestLatentClassMle(four)?.classes).toBe(2);
    expect([2, 3]).toContain(bestLatentClassMle(five)?.classes);
    expect(bestLatentClassMle(toCaptureTable([1, 2, 3, 4, 5, 6, 7], ['A', 'B', 'C']))).toBeNull();
  });
});
