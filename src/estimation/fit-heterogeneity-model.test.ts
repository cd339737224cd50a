import { describe, expect, it } from 'vitest';
import { type CaptureHistory, toCaptureTable } from './capture-table.ts';
import { fitHeterogeneityModel, heterogeneityTerm } from './fit-heterogeneity-model.ts';
import { fitLogLinear, type LogLinearFit, type LogLinearFitOk } from './fit-log-linear.ts';
import { heterogeneityReferenceFits } from '../../test/support/estimation-reference/r-heterogeneity-fits.ts';
import { readReferenceTable } from '../../test/support/estimation-reference/read-reference-table.ts';
import { seededRandom } from '../random/index.ts';

function ok(fit: LogLinearFit): LogLinearFitOk {
  if (fit.status !== 'ok') throw new Error(`${fit.status}: ${fit.message}`);
  return fit;
}

const lists = ['A', 'B', 'C', 'D'];
const pairs: [number, number][] = [
  [0, 1],
  [0, 2],
  [0, 3],
  [1, 2],
  [1, 3],
  [2, 3],
];

describe('fitHeterogeneityModel', () => {
  it('recovers the unseen cell exactly from a table that follows the model', () => {
    // log m = u + Σ a_i h_i + Σ b_ij h_i h_j + λ C(s, 3): expected counts, no noise.
    const u = Math.log(3000);
    const a = [-1.2, -2, -1.6, -2.4];
    const b = [0.8, 0.1, 1.5, 0.4, 0.2, 0.6];
    const lambda = 0.7;
    const cells = [];
    for (let mask = 1; mask < 16; mask++) {
      const h = lists.map((_, i) => (mask >> i) & 1);
      const s = h.reduce((x, y) => x + y, 0);
      let eta = u + h.reduce((x, hi, i) => x + hi * (a[i] as number), 0);
      pairs.forEach(([i, j], p) => {
        eta += (h[i] as number) * (h[j] as number) * (b[p] as number);
      });
      eta += (lambda * s * (s - 1) * (s - 2)) / 6;
      cells.push({ history: h.join(''), count: Math.exp(eta) });
    }
    const { fit, dropped } = fitHeterogeneityModel({ sources: lists, cells });
    const result = ok(fit);
    expect(dropped).toEqual([]);
    expect(result.interactions).toEqual(['A:B', 'A:C', 'A:D', 'B:C', 'B:D', 'C:D', heterogeneityTerm]);
    expect(result.unobserved.estimate).toBeCloseTo(3000, 4);
    expect(result.coefficients.find((c) => c.term === heterogeneityTerm)?.estimate).toBeCloseTo(lambda, 6);
    expect(result.deviance).toBeLessThan(1e-8);
    expect(result.df).toBe(3);
  });

  it('on children who differ in visibility, covers N in about 95% of populations, with wider intervals than the pairwise model', () => {
    // Rasch-type heterogeneity: a latent visibility shared by all four lists (N = 5000 each time).
    const N = 5000;
    const intercepts = [-1.2, -2.2, -2.0, -2.6];
    let covered = 0;
    let width = 0;
    let pairwiseWidth = 0;
    const replicates = 30;
    for (let seed = 1; seed <= replicates; seed++) {
      const random = seededRandom(seed);
      const seen: CaptureHistory[] = [];
      for (let child = 0; child < N; child++) {
        const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
        const h = intercepts.map((c) => random() < 1 / (1 + Math.exp(-(c + 1.1 * z))));
        if (h.some(Boolean)) seen.push(h);
      }
      const table = toCaptureTable(seen, lists);
      const fit = ok(fitHeterogeneityModel(table).fit);
      const pairwise = ok(fitLogLinear(table, { interactions: pairs }));
      if (fit.interval.lower <= N && N <= fit.interval.upper) covered++;
      width += fit.interval.upper - fit.interval.lower;
      pairwiseWidth += pairwise.interval.upper - pairwise.interval.lower;
    }
    // With true coverage 95%, fewer than 26 of 30 happens with probability below 3%.
    expect(covered).toBeGreaterThanOrEqual(26);
    // The price of not assuming the heterogeneity away: the data pin N down less.
    expect(width).toBeGreaterThan(1.5 * pairwiseWidth);
  });

  it('has no three-way term with three lists, and names the terms it drops', () => {
    const three = fitHeterogeneityModel(
      toCaptureTable(
        [
          [true, false, false],
          [false, true, false],
          [true, true, false],
          [false, false, true],
          [true, false, true],
        ],
        ['A', 'B', 'C'],
      ),
    );
    expect(three.fit.interactions).not.toContain(heterogeneityTerm);
    // Nobody on both C and D: no model with C:D has an estimate.
    const histories: CaptureHistory[] = [];
    for (let i = 0; i < 40; i++)
      histories.push(
        [true, false, false, false],
        [false, true, false, false],
        [true, true, false, false],
        [true, false, true, false],
        [false, true, true, false],
        [true, false, false, true],
        [false, true, false, true],
        [true, true, true, false],
        [true, true, false, true],
        [false, false, true, false],
        [false, false, false, true],
      );
    const { fit, dropped } = fitHeterogeneityModel(toCaptureTable(histories, lists));
    expect(fit.status).toBe('ok');
    expect(dropped.map((d) => d.term)).toContain('C:D');
    expect(fit.interactions).not.toContain('C:D');
  });
});

// R 4.2.2's glm(family = poisson, epsilon = 1e-13) on the same design matrix: main effects, the pairs Zicht keeps and
// the column choose(s, 3), built column by column in test/support/estimation-reference/r-reference-fits.R, which also
// checks that each pair Zicht drops does run off to the boundary with it back. Both converge far below 1e-8.
describe('fitHeterogeneityModel against R glm on the same design', () => {
  const relative = (actual: number, expected: number) =>
    Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
  it.each(
    heterogeneityReferenceFits.map((reference) => ({
      reference,
      name: `${reference.table}${reference.dropped.length > 0 ? ` without ${reference.dropped.join(', ')}` : ''}`,
    })),
  )('$name', ({ reference }) => {
    const { fit, dropped } = fitHeterogeneityModel(readReferenceTable(reference.table));
    const result = ok(fit);
    expect(dropped.map((d) => d.term)).toEqual(reference.dropped);
    expect(result.coefficients.map((c) => c.term)).toEqual(reference.terms);
    result.coefficients.forEach((c, j) => {
      expect(Math.abs(c.estimate - (reference.estimates[j] as number)), c.term).toBeLessThan(1e-8);
      expect(relative(c.se, reference.se[j] as number), c.term).toBeLessThan(1e-8);
    });
    expect(Math.abs(result.deviance - reference.deviance)).toBeLessThan(1e-8);
    expect(result.df).toBe(reference.df);
    expect(relative(result.nHat, reference.nHat)).toBeLessThan(1e-8);
    expect(result.fitted.map((f) => f.history)).toEqual(reference.histories);
    for (const [i, f] of result.fitted.entries())
      expect(relative(f.fitted, reference.fitted[i] as number), f.history).toBeLessThan(1e-8);
  });
});
